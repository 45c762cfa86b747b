#include "export/property_graph/property_graph_exports.h"

#include <functional>
#include <memory>

#include "export/atomic_file.h"
#include "export/property_graph/dot_writer.h"
#include "export/property_graph/gexf_writer.h"
#include "export/property_graph/graphml_writer.h"
#include "export/property_graph/neo4j_csv_files.h"
#include "export/property_graph/neo4j_import_cypher.h"

namespace diplograph {

std::vector<ExportFile> property_graph_export_files(const KnowledgeGraph& graph,
                                                    const IriScheme& iris,
                                                    const ExportSelection& selection,
                                                    const SharedExportView* shared) {
  using namespace property_graph;
  const std::filesystem::path neo4j = "neo4j";

  // Each writer reads the run's export view: the caller's, or one these files share.
  std::shared_ptr<SharedExportView> own;
  if (shared == nullptr) {
    own = std::make_shared<SharedExportView>(graph, iris);
    shared = own.get();
  }
  using Writer = void (*)(const ExportView&, std::ostream&);
  std::vector<ExportFile> files;
  const auto add = [&](std::filesystem::path path, Writer writer) {
    const ExportKind kind = path.parent_path() == neo4j   ? ExportKind::neo4j
                            : path.extension() == ".gexf" ? ExportKind::gexf
                                                          : ExportKind::graphml;
    if (!selection.includes(kind)) return;
    files.push_back({std::move(path),
                     [shared, own, writer](std::ostream& out) { writer(shared->get(), out); }});
  };
  add("graph.gexf", write_gexf);
  add("graph.graphml", write_graphml);
  add(neo4j / kMentionsCsv, write_mentions_csv);
  add(neo4j / kEventsCsv, write_events_csv);
  add(neo4j / kParticipantsCsv, write_participants_csv);
  add(neo4j / kActorRelationsCsv, write_actor_relations_csv);
  if (selection.includes(ExportKind::dot))
    files.push_back({"graph.dot", [&graph](std::ostream& out) { write_dot(graph, out); }});
  add(neo4j / kActorsCsv, write_actors_csv);
  add(neo4j / kDocumentsCsv, write_documents_csv);
  if (selection.includes(ExportKind::neo4j))
    files.push_back({neo4j / "import.cypher", [](std::ostream& out) { write_import_cypher(out); }});
  return files;
}

void write_property_graph_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                                  const std::filesystem::path& directory) {
  // The file is replaced only once it is complete.
  std::filesystem::create_directories(directory / "neo4j");
  for (const ExportFile& file : property_graph_export_files(graph, iris))
    write_file_atomically(directory / file.path, file.write);
}

}  // namespace diplograph
