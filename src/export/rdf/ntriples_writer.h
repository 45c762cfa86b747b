#pragma once
#include <ostream>

#include "export/iri.h"
#include "export/rdf/rdf_triples.h"
#include "graph/knowledge_graph.h"

namespace diplograph {

// Writes the graph as N-Triples through Serd: one triple a line, the lines sorted by byte
// value and unique, no comments. That is what bulk loaders and `LC_ALL=C sort -u` / `comm`
// pipelines want: two exports concatenate and re-sort into their union.
// Deterministic; throws std::runtime_error if Serd or the stream fails.
void write_ntriples(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
// The same from the graph's subjects already listed (rdf::write_rdf writes both RDF files
// in one pass).
void write_ntriples_from(const rdf::SubjectTriples& subjects, const IriScheme& iris,
                         std::ostream& out);

}  // namespace diplograph
