#pragma once
#include <filesystem>
#include <functional>
#include <ostream>
#include <vector>

#include "export/export_file.h"
#include "export/export_selection.h"
#include "export/export_view.h"
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

// The files write_property_graph_exports writes, largest first, with paths relative to the
// export directory, for a caller that writes them concurrently (into a StagedExportSet).
// Only the formats `selection` includes (graphml, gexf, dot, neo4j). The writers read
// `shared`, the run's export view, when given (it must outlive them), else one view they
// share. `graph` and `iris` must outlive the returned writers.
std::vector<ExportFile> property_graph_export_files(
    const KnowledgeGraph& graph, const IriScheme& iris,
    const ExportSelection& selection = ExportSelection::all(),
    const SharedExportView* shared = nullptr);

}  // namespace diplograph
