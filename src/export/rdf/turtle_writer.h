#pragma once
#include <ostream>

#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph {

// Writes the graph as Turtle through Serd: a generated-file comment, the prefixes of
// rdf::prefixes_for(iris), then the triples of rdf::rdf_triples abbreviated by subject and
// predicate. Deterministic: the same graph gives byte-identical output.
// Throws std::runtime_error if Serd or the stream fails.
void write_turtle(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);

}  // namespace diplograph
