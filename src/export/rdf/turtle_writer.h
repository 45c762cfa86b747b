#pragma once
#include <ostream>

#include "export/iri.h"
#include "export/rdf/rdf_triples.h"
#include "graph/knowledge_graph.h"

namespace diplograph {

// Writes the graph as Turtle through Serd: a generated-file comment, the prefixes of
// rdf::prefixes_for(iris), then each subject's statements abbreviated by predicate, the
// subjects in N-Triples line order. Deterministic: the same graph gives byte-identical output.
// Throws std::runtime_error if Serd or the stream fails.
void write_turtle(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
// The same from the graph's subjects already listed (rdf::write_rdf writes both RDF files
// in one pass).
void write_turtle_from(const rdf::SubjectTriples& subjects, const IriScheme& iris,
                       std::ostream& out);

}  // namespace diplograph
