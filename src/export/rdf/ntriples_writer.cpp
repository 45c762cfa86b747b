#include "export/rdf/ntriples_writer.h"

#include "export/rdf/rdf_pass.h"

namespace diplograph {

void write_ntriples(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  const rdf::SubjectTriples subjects(graph, iris);
  write_ntriples_from(subjects, iris, out);
}

void write_ntriples_from(const rdf::SubjectTriples& subjects, const IriScheme& iris,
                         std::ostream& out) {
  rdf::write_rdf(subjects, iris, {.ntriples = &out});
}

}  // namespace diplograph
