#include "export/facts_writer.h"

#include <string>
#include <string_view>
#include <unordered_map>

#include "export/chunked_output.h"
#include "export/json_writer.h"
#include "graph/fact_participants.h"

namespace diplograph {

void write_facts(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_facts(ExportView(graph, iris), out);
}

void write_facts(const ExportView& view, std::ostream& out) {
  const KnowledgeGraph& graph = view.graph();
  ChunkedOutput output(out);
  std::string& buffer = output.buffer();
  for (const ActorView& a : view.actors()) {
    const ActorVertex& actor = *a.actor;
    JsonWriter record(buffer);
    record.begin_object();
    record.field("kind", "entity");
    record.field("id", a.iri);
    record.field("key", actor.key);
    record.field("type", name_of(actor.type));
    record.field("label", actor.label);
    record.strings("names", actor.names);
    record.strings("docs", actor.documents);
    if (!actor.iso3.empty()) record.field("iso3", actor.iso3);
    if (!actor.wikidata.empty()) record.field("wikidata", actor.wikidata);
    record.end_object();
    buffer += '\n';
    output.piece_done();
  }
  // The documents with metadata to repeat on their relations, by id. Most inputs (plain
  // text files) have none; a look-up per mention in the graph's ordered map walked string
  // comparisons through memory a large graph no longer keeps in cache.
  std::unordered_map<std::string_view, const DocumentMetadata*> described_documents;
  for (const auto& [id, record] : graph.documents()) {
    const DocumentMetadata& meta = record.meta;
    if (!meta.title.empty() || !meta.published.empty() || !meta.url.empty() || !meta.source.empty())
      described_documents.emplace(id, &meta);
  }
  // A delegation stands for its state in facts (graph/fact_participants.h).
  const FactParticipants participants(graph);
  for (const EventView& e : view.events()) {
    const RelationEdge& event = *e.event;
    if (!is_factual(event.modality)) continue;
    const auto fact = participants.of(e.id);
    if (!fact) continue;
    const ActorView& subject = view.actor(fact->first);
    const ActorView& object = view.actor(fact->second);
    for (const Mention& mention : event.mentions) {
      JsonWriter record(buffer);
      record.begin_object();
      record.field("kind", "relation");
      record.field("event", e.iri);
      record.field("type", name_of(event.type));
      record.field("subject", subject.iri);
      record.field("object", object.iri);
      record.field("doc", mention.document);
      record.key("date");
      if (event.date.empty())
        record.null();
      else
        record.string(event.date);
      record.field("modality", name_of(event.modality));
      record.field("confidence", mention.confidence);
      record.field("evidence", mention.sentence.str());
      record.key("span");
      record.begin_array();
      record.integer(mention.span.begin);
      record.integer(mention.span.end);
      record.end_array();
      // The source document's metadata (JSON Lines inputs carry it); FACTS.md lets
      // readers ignore keys they do not know, and absent values are left out.
      if (const auto found = described_documents.empty()
                                 ? described_documents.end()
                                 : described_documents.find(mention.document);
          found != described_documents.end()) {
        const DocumentMetadata& meta = *found->second;
        if (!meta.title.empty()) record.field("doc_title", meta.title);
        if (!meta.published.empty()) record.field("doc_published", meta.published);
        if (!meta.url.empty()) record.field("doc_url", meta.url);
        if (!meta.source.empty()) record.field("doc_source", meta.source);
      }
      record.end_object();
      buffer += '\n';
      output.piece_done();
    }
  }
  output.finish();
}

}  // namespace diplograph
