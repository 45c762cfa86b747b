// The relationship files of the Neo4j bulk import: participants, actor shortcuts, mentions.
#include <string>

#include "export/property_graph/csv_field.h"
#include "export/property_graph/date_interval.h"
#include "export/property_graph/graph_style.h"
#include "export/property_graph/neo4j_csv_files.h"

namespace diplograph::property_graph {

void write_participants_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  out << csv_record({":START_ID(Actor)", ":END_ID(Event)", ":TYPE"});
  for (EventId id : graph.events_in_order()) {
    const RelationEdge& event = graph.graph()[id];
    const std::string event_iri = csv_text(iris.event(event));
    out << csv_record({csv_text(iris.actor(event.subject)), event_iri, "ACTOR"});
    out << csv_record({csv_text(iris.actor(event.object)), event_iri, "RECIPIENT"});
  }
}

void write_actor_relations_csv(const KnowledgeGraph& graph, const IriScheme& iris,
                               std::ostream& out) {
  out << csv_record({":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "event", "type", "weight:int",
                     "date", "date_precision", "date_from:date", "date_to:date", "modality",
                     "factual:boolean", "confidence:double", "evidence", "documents:string[]",
                     "office"});
  for (EventId id : graph.events_in_order()) {
    const RelationEdge& event = graph.graph()[id];
    const auto interval = date_interval(event.date);
    out << csv_record({csv_text(iris.actor(event.subject)), csv_text(iris.actor(event.object)),
                       std::string(relationship_type(event.type)), csv_text(iris.event(event)),
                       std::string(name_of(event.type)), std::to_string(event.mentions.size()),
                       csv_text(event.date), interval ? interval->precision : "",
                       interval ? interval->first_day : "", interval ? interval->last_day : "",
                       std::string(name_of(event.modality)),
                       is_factual(event.modality) ? "true" : "false",
                       format_number(event.confidence()), csv_text(evidence_of(event)),
                       csv_array(documents_of(event)), csv_text(event.office)});
  }
}

void write_mentions_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  out << csv_record({":START_ID(Event)", ":END_ID(Document)", ":TYPE", "sentence_begin:long",
                     "sentence_end:long", "trigger_begin:long", "trigger_end:long",
                     "confidence:double", "sentence"});
  for (EventId id : graph.events_in_order()) {
    const RelationEdge& event = graph.graph()[id];
    const std::string event_iri = csv_text(iris.event(event));
    for (const Mention& mention : event.mentions) {
      out << csv_record({event_iri, csv_text(iris.document(mention.document)), "MENTIONED_IN",
                         std::to_string(mention.span.begin), std::to_string(mention.span.end),
                         std::to_string(mention.trigger.begin), std::to_string(mention.trigger.end),
                         format_number(mention.confidence), csv_text(mention.sentence)});
    }
  }
}

}  // namespace diplograph::property_graph
