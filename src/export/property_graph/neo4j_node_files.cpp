// The node files of the Neo4j bulk import: actors, events, documents.
#include <set>
#include <string>
#include <vector>

#include "export/property_graph/csv_field.h"
#include "export/property_graph/graph_style.h"
#include "export/property_graph/neo4j_csv_files.h"
#include "export/property_graph/property_schema.h"

namespace diplograph::property_graph {
namespace {

std::string neo4j_labels(ActorType type) {
  std::string out;
  for (const std::string& label : actor_labels(type)) out += (out.empty() ? "" : ";") + label;
  return out;
}

}  // namespace

void write_actors_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_actors_csv(ExportView(graph, iris), out);
}

void write_actors_csv(const ExportView& view, std::ostream& out) {
  std::vector<std::string> cells = {"iri:ID(Actor)", ":LABEL"};
  append_csv_headers(cells, actor_properties(), kOnNode);
  out << csv_record(cells);
  for (const ActorView& actor : view.actors()) {
    cells = {csv_text(actor.iri), neo4j_labels(actor.actor->type)};
    append_csv_cells(cells, actor_properties(), kOnNode, actor);
    out << csv_record(cells);
  }
}

void write_events_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_events_csv(ExportView(graph, iris), out);
}

void write_events_csv(const ExportView& view, std::ostream& out) {
  std::vector<std::string> cells = {"iri:ID(Event)", ":LABEL"};
  append_csv_headers(cells, event_properties(), kOnNode);
  out << csv_record(cells);
  for (const EventView& event : view.events()) {
    cells = {csv_text(event.iri), "Event"};
    append_csv_cells(cells, event_properties(), kOnNode, event);
    out << csv_record(cells);
  }
}

void write_documents_csv(const ExportView& view, std::ostream& out) {
  write_documents_csv(view.graph(), view.iris(), out);
}

void write_documents_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  // Mentions and actors may name documents the graph has no record of (a hand-built or
  // merged graph); they still need a node, or the relationship files would dangle.
  std::set<std::string> ids;
  for (const auto& [id, record] : graph.documents()) ids.insert(id);
  for (EventId id : graph.events_in_order())
    for (const Mention& mention : graph.graph()[id].mentions) ids.insert(mention.document);
  for (ActorId id : graph.actors_in_order())
    for (const std::string& document : graph.graph()[id].documents) ids.insert(document);

  std::vector<std::string> cells = {"iri:ID(Document)", ":LABEL"};
  append_csv_headers(cells, document_properties(), kOnNode);
  out << csv_record(cells);
  for (const std::string& id : ids) {
    const auto found = graph.documents().find(id);
    const DocumentRow row{id, found == graph.documents().end() ? nullptr : &found->second};
    cells = {csv_text(iris.document(id)), "Document"};
    append_csv_cells(cells, document_properties(), kOnNode, row);
    out << csv_record(cells);
  }
}

}  // namespace diplograph::property_graph
