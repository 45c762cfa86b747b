// The node files of the Neo4j bulk import: actors, events, documents.
#include <set>
#include <string>
#include <vector>

#include "export/property_graph/csv_field.h"
#include "export/property_graph/date_interval.h"
#include "export/property_graph/graph_style.h"
#include "export/property_graph/neo4j_csv_files.h"

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
  out << csv_record({"iri:ID(Actor)", ":LABEL", "key", "name", "name_en", "type", "iso3",
                     "wikidata", "aliases:string[]", "documents:string[]", "degree:int"});
  for (const ActorView& a : view.actors()) {
    const ActorVertex& actor = *a.actor;
    out << csv_record({csv_text(a.iri), neo4j_labels(actor.type), csv_text(actor.key),
                       csv_text(a.display_name), csv_text(actor.label_en),
                       std::string(name_of(actor.type)), csv_text(actor.iso3),
                       csv_text(wikidata_iri(actor.wikidata)), csv_array_of(a.aliases),
                       csv_array_of(std::vector<std::string_view>(actor.documents.begin(),
                                                                  actor.documents.end())),
                       std::to_string(a.degree)});
  }
}

void write_events_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_events_csv(ExportView(graph, iris), out);
}

void write_events_csv(const ExportView& view, std::ostream& out) {
  out << csv_record({"iri:ID(Event)", ":LABEL", "type", "relationship", "subject", "object", "date",
                     "date_precision", "date_from:date", "date_to:date", "modality",
                     "factual:boolean", "confidence:double", "mentions:int", "evidence",
                     "documents:string[]", "office"});
  for (const EventView& e : view.events()) {
    const RelationEdge& event = *e.event;
    const auto& interval = e.interval;
    out << csv_record({csv_text(e.iri), "Event", std::string(name_of(event.type)),
                       std::string(relationship_type(event.type)), csv_text(event.subject),
                       csv_text(event.object), csv_text(event.date),
                       interval ? interval->precision : "", interval ? interval->first_day : "",
                       interval ? interval->last_day : "", std::string(name_of(event.modality)),
                       is_factual(event.modality) ? "true" : "false", format_number(e.confidence),
                       std::to_string(event.mentions.size()), csv_text(e.evidence),
                       csv_array_of(e.documents), csv_text(event.office)});
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

  out << csv_record({"iri:ID(Document)", ":LABEL", "id", "title", "published", "published_on:date",
                     "url", "source", "lang", "bytes:long", "sentences:int"});
  for (const std::string& id : ids) {
    const auto found = graph.documents().find(id);
    const DocumentRecord record =
        found == graph.documents().end() ? DocumentRecord{} : found->second;
    const auto published = date_interval(record.meta.published);
    const bool full_date = published && published->precision == "day";
    const bool known = found != graph.documents().end();
    out << csv_record({csv_text(iris.document(id)), "Document", csv_text(id),
                       csv_text(record.meta.title), csv_text(record.meta.published),
                       full_date ? published->first_day : "", csv_text(record.meta.url),
                       csv_text(record.meta.source), known ? csv_text(record.meta.lang) : "",
                       known ? std::to_string(record.bytes) : "",
                       known ? std::to_string(record.sentences) : ""});
  }
}

}  // namespace diplograph::property_graph
