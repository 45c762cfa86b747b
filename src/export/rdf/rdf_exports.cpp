#include "export/rdf/rdf_exports.h"

#include "export/atomic_file.h"
#include "export/rdf/ntriples_writer.h"
#include "export/rdf/turtle_writer.h"

namespace diplograph {

void write_rdf_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                       const std::filesystem::path& directory) {
  write_file_atomically(directory / "graph.ttl",
                        [&](std::ostream& out) { write_turtle(graph, iris, out); });
  write_file_atomically(directory / "graph.nt",
                        [&](std::ostream& out) { write_ntriples(graph, iris, out); });
}

}  // namespace diplograph
