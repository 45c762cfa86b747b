// The relationship files of the Neo4j bulk import: participants, actor shortcuts, mentions.
#include <string>

#include "export/chunked_output.h"
#include "export/property_graph/csv_field.h"
#include "export/property_graph/graph_style.h"
#include "export/property_graph/neo4j_csv_files.h"
#include "export/property_graph/property_schema.h"

namespace diplograph::property_graph {

void write_participants_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_participants_csv(ExportView(graph, iris), out);
}

void write_participants_csv(const ExportView& view, std::ostream& out) {
  ChunkedOutput file(out);
  file.buffer() += csv_record({":START_ID(Actor)", ":END_ID(Event)", ":TYPE"});
  for (const EventView& e : view.events()) {
    const std::string event_iri = csv_text(e.iri);
    for (const auto& [actor, role] : {std::pair{e.subject, "ACTOR"}, {e.object, "RECIPIENT"}}) {
      CsvRecord record(file.buffer());
      record.text(actor->iri);
      record.ready(event_iri);
      record.ready(role);
      record.end();
    }
    file.piece_done();
  }
  file.finish();
}

void write_actor_relations_csv(const KnowledgeGraph& graph, const IriScheme& iris,
                               std::ostream& out) {
  write_actor_relations_csv(ExportView(graph, iris), out);
}

void write_actor_relations_csv(const ExportView& view, std::ostream& out) {
  // The shortcut is MERGEd on its event's IRI (import.cypher): structure, like its ends.
  std::vector<std::string> headers = {":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "event"};
  append_csv_headers(headers, event_properties(), kOnShortcut);
  ChunkedOutput file(out);
  file.buffer() += csv_record(headers);
  for (const EventView& event : view.events()) {
    CsvRecord record(file.buffer());
    record.text(event.subject->iri);
    record.text(event.object->iri);
    record.ready(relationship_type(event.event->type));
    record.text(event.iri);
    append_csv_cells(record, event_properties(), kOnShortcut, event);
    record.end();
    file.piece_done();
  }
  file.finish();
}

void write_mentions_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_mentions_csv(ExportView(graph, iris), out);
}

void write_mentions_csv(const ExportView& view, std::ostream& out) {
  const IriScheme& iris = view.iris();
  ChunkedOutput file(out);
  file.buffer() += csv_record({":START_ID(Event)", ":END_ID(Document)", ":TYPE",
                               "sentence_begin:long", "sentence_end:long", "trigger_begin:long",
                               "trigger_end:long", "confidence:double", "sentence"});
  for (const EventView& e : view.events()) {
    const std::string event_iri = csv_text(e.iri);
    for (const Mention& mention : e.event->mentions) {
      CsvRecord record(file.buffer());
      record.ready(event_iri);
      record.text(iris.document(mention.document));
      record.ready("MENTIONED_IN");
      for (const std::size_t offset :
           {mention.span.begin, mention.span.end, mention.trigger.begin, mention.trigger.end})
        record.integer(offset);
      record.ready(format_number(mention.confidence));
      record.text(mention.sentence.str());
      record.end();
      file.piece_done();
    }
  }
  file.finish();
}

}  // namespace diplograph::property_graph
