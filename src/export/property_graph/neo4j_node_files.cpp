// The node files of the Neo4j bulk import: actors, events, documents.
#include <set>
#include <string>
#include <vector>

#include "export/chunked_output.h"
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
  std::vector<std::string> headers = {"iri:ID(Actor)", ":LABEL"};
  append_csv_headers(headers, actor_properties(), kOnNode);
  ChunkedOutput file(out);
  file.buffer() += csv_record(headers);
  for (const ActorView& actor : view.actors()) {
    CsvRecord record(file.buffer());
    record.text(actor.iri);
    record.ready(neo4j_labels(actor.actor->type));
    append_csv_cells(record, actor_properties(), kOnNode, actor);
    record.end();
    file.piece_done();
  }
  file.finish();
}

void write_events_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_events_csv(ExportView(graph, iris), out);
}

void write_events_csv(const ExportView& view, std::ostream& out) {
  std::vector<std::string> headers = {"iri:ID(Event)", ":LABEL"};
  append_csv_headers(headers, event_properties(), kOnNode);
  ChunkedOutput file(out);
  file.buffer() += csv_record(headers);
  for (const EventView& event : view.events()) {
    CsvRecord record(file.buffer());
    record.text(event.iri);
    record.ready("Event");
    append_csv_cells(record, event_properties(), kOnNode, event);
    record.end();
    file.piece_done();
  }
  file.finish();
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

  std::vector<std::string> headers = {"iri:ID(Document)", ":LABEL"};
  append_csv_headers(headers, document_properties(), kOnNode);
  ChunkedOutput file(out);
  file.buffer() += csv_record(headers);
  for (const std::string& id : ids) {
    const auto found = graph.documents().find(id);
    const DocumentRow row{id, found == graph.documents().end() ? nullptr : &found->second};
    CsvRecord record(file.buffer());
    record.text(iris.document(id));
    record.ready("Document");
    append_csv_cells(record, document_properties(), kOnNode, row);
    record.end();
    file.piece_done();
  }
  file.finish();
}

}  // namespace diplograph::property_graph
