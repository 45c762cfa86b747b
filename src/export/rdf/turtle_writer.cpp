#include "export/rdf/turtle_writer.h"

#include "export/rdf/rdf_pass.h"

namespace diplograph {

void write_turtle(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  const rdf::SubjectTriples subjects(graph, iris);
  write_turtle_from(subjects, iris, out);
}

void write_turtle_from(const rdf::SubjectTriples& subjects, const IriScheme& iris,
                       std::ostream& out) {
  rdf::write_rdf(subjects, iris, {.turtle = &out});
}

}  // namespace diplograph
