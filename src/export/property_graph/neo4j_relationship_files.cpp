// The relationship files of the Neo4j bulk import: participants, actor shortcuts, mentions.
#include <string>

#include "export/property_graph/csv_field.h"
#include "export/property_graph/graph_style.h"
#include "export/property_graph/neo4j_csv_files.h"
#include "export/property_graph/property_schema.h"

namespace diplograph::property_graph {

void write_participants_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_participants_csv(ExportView(graph, iris), out);
}

void write_participants_csv(const ExportView& view, std::ostream& out) {
  out << csv_record({":START_ID(Actor)", ":END_ID(Event)", ":TYPE"});
  for (const EventView& e : view.events()) {
    const std::string event_iri = csv_text(e.iri);
    out << csv_record({csv_text(e.subject->iri), event_iri, "ACTOR"});
    out << csv_record({csv_text(e.object->iri), event_iri, "RECIPIENT"});
  }
}

void write_actor_relations_csv(const KnowledgeGraph& graph, const IriScheme& iris,
                               std::ostream& out) {
  write_actor_relations_csv(ExportView(graph, iris), out);
}

void write_actor_relations_csv(const ExportView& view, std::ostream& out) {
  // The shortcut is MERGEd on its event's IRI (import.cypher): structure, like its ends.
  std::vector<std::string> cells = {":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "event"};
  append_csv_headers(cells, event_properties(), kOnShortcut);
  out << csv_record(cells);
  for (const EventView& event : view.events()) {
    cells = {csv_text(event.subject->iri), csv_text(event.object->iri),
             std::string(relationship_type(event.event->type)), csv_text(event.iri)};
    append_csv_cells(cells, event_properties(), kOnShortcut, event);
    out << csv_record(cells);
  }
}

void write_mentions_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_mentions_csv(ExportView(graph, iris), out);
}

void write_mentions_csv(const ExportView& view, std::ostream& out) {
  const IriScheme& iris = view.iris();
  out << csv_record({":START_ID(Event)", ":END_ID(Document)", ":TYPE", "sentence_begin:long",
                     "sentence_end:long", "trigger_begin:long", "trigger_end:long",
                     "confidence:double", "sentence"});
  for (const EventView& e : view.events()) {
    const std::string event_iri = csv_text(e.iri);
    for (const Mention& mention : e.event->mentions) {
      out << csv_record({event_iri, csv_text(iris.document(mention.document)), "MENTIONED_IN",
                         std::to_string(mention.span.begin), std::to_string(mention.span.end),
                         std::to_string(mention.trigger.begin), std::to_string(mention.trigger.end),
                         format_number(mention.confidence), csv_text(mention.sentence.str())});
    }
  }
}

}  // namespace diplograph::property_graph
