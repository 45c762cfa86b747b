#include "export/rdf/rdf_exports.h"

#include "export/atomic_file.h"
#include "export/rdf/rdf_pass.h"

namespace diplograph {

void write_rdf_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                       const std::filesystem::path& directory) {
  // One pass writes both files: graph.nt is written while graph.ttl is open.
  const rdf::SubjectTriples subjects(graph, iris);
  write_file_atomically(directory / "graph.ttl", [&](std::ostream& turtle) {
    write_file_atomically(directory / "graph.nt", [&](std::ostream& ntriples) {
      rdf::write_rdf(subjects, iris, {.ntriples = &ntriples, .turtle = &turtle});
    });
  });
}

}  // namespace diplograph
