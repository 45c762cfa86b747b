#include "export/property_graph/property_graph_exports.h"

#include <functional>
#include <string_view>

#include "export/atomic_file.h"
#include "export/property_graph/dot_writer.h"
#include "export/property_graph/gexf_writer.h"
#include "export/property_graph/graphml_writer.h"
#include "export/property_graph/neo4j_csv_files.h"
#include "export/property_graph/neo4j_import_cypher.h"

namespace diplograph {

void write_property_graph_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                                  const std::filesystem::path& directory) {
  using namespace property_graph;
  const std::filesystem::path neo4j = directory / "neo4j";
  std::filesystem::create_directories(neo4j);

  // Each writer takes (graph, iris, out); the file is replaced only once it is complete.
  using Writer = void (*)(const KnowledgeGraph&, const IriScheme&, std::ostream&);
  const auto write = [&](const std::filesystem::path& path, Writer writer) {
    write_file_atomically(path, [&](std::ostream& out) { writer(graph, iris, out); });
  };
  write(directory / "graph.graphml", write_graphml);
  write(directory / "graph.gexf", write_gexf);
  write_file_atomically(directory / "graph.dot", [&](std::ostream& out) { write_dot(graph, out); });

  const std::pair<std::string_view, Writer> csv_files[] = {
      {kActorsCsv, write_actors_csv},
      {kEventsCsv, write_events_csv},
      {kDocumentsCsv, write_documents_csv},
      {kParticipantsCsv, write_participants_csv},
      {kActorRelationsCsv, write_actor_relations_csv},
      {kMentionsCsv, write_mentions_csv},
  };
  for (const auto& [name, writer] : csv_files) write(neo4j / name, writer);
  write_file_atomically(neo4j / "import.cypher",
                        [](std::ostream& out) { write_import_cypher(out); });
}

}  // namespace diplograph
