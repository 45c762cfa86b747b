#pragma once
#include <filesystem>

#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph {

// Writes the RDF exports of `graph` into `directory`: graph.ttl (Turtle through Serd,
// prefixes declared, abbreviated) and graph.nt (N-Triples, one triple a line, sorted),
// each atomically. Deterministic: the same graph gives byte-identical files.
void write_rdf_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                       const std::filesystem::path& directory);

}  // namespace diplograph
