#include "export/facts_writer.h"

#include <nlohmann/json.hpp>

#include "graph/fact_participants.h"

namespace diplograph {

void write_facts(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_facts(ExportView(graph, iris), out);
}

void write_facts(const ExportView& view, std::ostream& out) {
  const KnowledgeGraph& graph = view.graph();
  std::string line;
  const auto write = [&](const nlohmann::ordered_json& record) {
    line = record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    line += '\n';
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  };
  for (const ActorView& a : view.actors()) {
    const ActorVertex& actor = *a.actor;
    nlohmann::ordered_json record;
    record["kind"] = "entity";
    record["id"] = a.iri;
    record["key"] = actor.key;
    record["type"] = name_of(actor.type);
    record["label"] = actor.label;
    record["names"] = actor.names;
    record["docs"] = actor.documents;
    if (!actor.iso3.empty()) record["iso3"] = actor.iso3;
    if (!actor.wikidata.empty()) record["wikidata"] = actor.wikidata;
    write(record);
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
      nlohmann::ordered_json record;
      record["kind"] = "relation";
      record["event"] = e.iri;
      record["type"] = name_of(event.type);
      record["subject"] = subject.iri;
      record["object"] = object.iri;
      record["doc"] = mention.document;
      record["date"] =
          event.date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(event.date);
      record["modality"] = name_of(event.modality);
      record["confidence"] = mention.confidence;
      record["evidence"] = mention.sentence.str();
      record["span"] = {mention.span.begin, mention.span.end};
      // The source document's metadata (JSON Lines inputs carry it); FACTS.md lets readers
      // ignore keys they do not know, and absent values are left out.
      if (const auto found = graph.documents().find(mention.document);
          found != graph.documents().end()) {
        const DocumentMetadata& meta = found->second.meta;
        if (!meta.title.empty()) record["doc_title"] = meta.title;
        if (!meta.published.empty()) record["doc_published"] = meta.published;
        if (!meta.url.empty()) record["doc_url"] = meta.url;
        if (!meta.source.empty()) record["doc_source"] = meta.source;
      }
      write(record);
    }
  }
}

}  // namespace diplograph
