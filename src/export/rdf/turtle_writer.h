#pragma once
#include <ostream>

#include "export/iri.h"
#include "export/rdf/rdf_triples.h"
#include "graph/knowledge_graph.h"

namespace diplograph {

// Writes the graph as Turtle through Serd: a generated-file comment, the prefixes of
// rdf::prefixes_for(iris), then the triples of rdf::rdf_triples abbreviated by subject and
// predicate. Deterministic: the same graph gives byte-identical output.
// Throws std::runtime_error if Serd or the stream fails.
void write_turtle(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
// The same from the graph's subjects already listed, so that one rdf::SubjectTriples can
// serve both RDF writers (it is read-only: they may run at the same time).
void write_turtle_from(const rdf::SubjectTriples& subjects, const IriScheme& iris,
                       std::ostream& out);

}  // namespace diplograph
