#pragma once
#include <filesystem>

#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph {

// Writes the property-graph exports of `graph` into `directory`: graph.graphml (for
// Neo4j APOC and Gephi), graph.gexf (Gephi, dynamic), graph.dot (Graphviz) and neo4j/
// (bulk-import CSVs and import.cypher), each file atomically. Deterministic: the same graph
// gives byte-identical files. Throws std::system_error / std::runtime_error when a file
// cannot be written; files already written stay complete.
void write_property_graph_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                                  const std::filesystem::path& directory);

}  // namespace diplograph
