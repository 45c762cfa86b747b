// The node files of the Neo4j bulk import: actors, events, documents.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
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

// Every document the graph names, in id order: those it has records of, and those only a
// mention or an actor names (a hand-built or merged graph), which still need a node, or the
// relationship files would dangle. Each of the many mentions is looked up in a hash set of
// the records: a sorted set of every name cost a second on a large graph.
std::vector<DocumentRow> named_documents(const KnowledgeGraph& graph) {
  const std::map<std::string, DocumentRecord>& records = graph.documents();
  std::unordered_set<std::string_view> recorded;
  recorded.reserve(records.size());
  std::vector<DocumentRow> rows;
  for (const auto& [id, record] : records) {
    recorded.insert(id);
    rows.push_back({id, &record});
  }
  std::set<std::string_view> unrecorded;
  const auto note = [&](std::string_view id) {
    if (!recorded.contains(id)) unrecorded.insert(id);
  };
  const ActorGraph& g = graph.graph();
  for (auto [edge, last] = boost::edges(g); edge != last; ++edge)
    for (const Mention& mention : g[*edge].mentions) note(mention.document);
  for (auto [vertex, last] = boost::vertices(g); vertex != last; ++vertex)
    for (const std::string& document : g[*vertex].documents) note(document);
  const std::size_t middle = rows.size();
  for (const std::string_view id : unrecorded) rows.push_back({id, nullptr});
  std::inplace_merge(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(middle), rows.end(),
                     [](const DocumentRow& a, const DocumentRow& b) { return a.id < b.id; });
  return rows;
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
  std::vector<std::string> headers = {"iri:ID(Document)", ":LABEL"};
  append_csv_headers(headers, document_properties(), kOnNode);
  ChunkedOutput file(out);
  file.buffer() += csv_record(headers);
  for (const DocumentRow& row : named_documents(graph)) {
    CsvRecord record(file.buffer());
    record.text(iris.document(std::string(row.id)));
    record.ready("Document");
    append_csv_cells(record, document_properties(), kOnNode, row);
    record.end();
    file.piece_done();
  }
  file.finish();
}

}  // namespace diplograph::property_graph
