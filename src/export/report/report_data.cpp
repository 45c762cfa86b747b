#include "export/report/report_data.h"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "export/property_graph/graph_style.h"
#include "export/report/actor_selection.h"
#include "export/report/evidence_text.h"
#include "export/report/report_style.h"

namespace diplograph::report {
namespace {

using Json = nlohmann::ordered_json;
namespace style = property_graph;

// Confidences are shown, not computed with: three decimals keep the page short and stable.
double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

Json vocabularies() {
  Json out;
  Json actor_types = Json::array();
  for (ActorType type : kAllActorTypes)
    actor_types.push_back({{"name", name_of(type)},
                           {"colour", style::colour_of(type).hex()},
                           {"shape", node_shape(type)}});
  out["actorTypes"] = std::move(actor_types);
  Json relation_types = Json::array();
  for (RelationType type : kAllRelationTypes)
    relation_types.push_back({{"name", name_of(type)},
                              {"colour", style::colour_of(type).hex()},
                              {"directed", !is_symmetric(type)}});
  out["relationTypes"] = std::move(relation_types);
  Json modalities = Json::array();
  for (Modality modality : kAllModalities)
    modalities.push_back({{"name", name_of(modality)}, {"factual", is_factual(modality)}});
  out["modalities"] = std::move(modalities);
  return out;
}

Json summary(const KnowledgeGraph& graph, const DocumentTally& documents,
             const ActorSelection& selection, const ReportOptions& options) {
  const ActorGraph& g = graph.graph();
  std::map<std::string, std::size_t> actors_by_type, events_by_type;
  std::size_t mentions = 0;
  for (ActorId actor : graph.actors_in_order())
    ++actors_by_type[std::string(name_of(g[actor].type))];
  for (EventId event : graph.events_in_order()) {
    ++events_by_type[std::string(name_of(g[event].type))];
    mentions += g[event].mentions.size();
  }
  Json skipped = Json::array();
  for (const Diagnostic& skip : documents.skips) {
    Diagnostic place = skip;
    place.message.clear();
    std::string where = place.to_string();
    // "file:line:column: error: " -> "file:line:column": the page says what, not how bad.
    where = where.substr(0, where.find(": "));
    skipped.push_back({{"place", where}, {"message", skip.message}});
  }
  Json out;
  out["documentsFromRun"] = documents.from_run;
  out["documentsRead"] = documents.from_run ? documents.read : graph.documents().size();
  out["documentsSkipped"] = documents.skipped;
  out["skipped"] = std::move(skipped);
  out["actors"] = graph.actor_count();
  out["events"] = graph.event_count();
  out["mentions"] = mentions;
  out["actorsByType"] = actors_by_type;
  out["eventsByType"] = events_by_type;
  out["shownActors"] = selection.actors.size();
  out["shownEvents"] = selection.events.size();
  out["maxActors"] = options.max_actors;
  return out;
}

// Document ids mentioned anywhere get an index; those the graph has a record of carry it.
class DocumentIndex {
 public:
  explicit DocumentIndex(const KnowledgeGraph& graph) : graph_(graph) {}
  std::size_t of(const std::string& id) {
    const auto [it, added] = index_.try_emplace(id, index_.size());
    if (added) ids_.push_back(id);
    return it->second;
  }
  Json to_json() const {
    Json out = Json::array();
    for (const std::string& id : ids_) {
      Json item{{"id", id}};
      const auto record = graph_.documents().find(id);
      if (record != graph_.documents().end()) {
        item["title"] = record->second.meta.title;
        item["published"] = record->second.meta.published;
        item["url"] = record->second.meta.url;
        item["source"] = record->second.meta.source;
      }
      out.push_back(std::move(item));
    }
    return out;
  }

 private:
  const KnowledgeGraph& graph_;
  std::map<std::string, std::size_t> index_;
  std::vector<std::string> ids_;
};

Json actor_json(const KnowledgeGraph& graph, ActorId id, DocumentIndex& documents) {
  const ActorVertex& actor = graph.graph()[id];
  const std::size_t degree = style::degree_of(graph, id);
  Json offices = Json::array();
  for (const Office& office : actor.offices) {
    std::string holder;
    if (!office.holder_of.empty()) {
      const auto holder_id = graph.find_actor(office.holder_of);
      holder = holder_id ? style::display_name(graph.graph()[*holder_id]) : office.holder_of;
    }
    offices.push_back({{"title", office.title}, {"titleEn", office.title_en}, {"holder", holder}});
  }
  Json document_indexes = Json::array();
  for (const std::string& document : actor.documents)
    document_indexes.push_back(documents.of(document));
  return {{"key", actor.key},
          {"name", style::display_name(actor)},
          {"type", name_of(actor.type)},
          {"degree", degree},
          {"size", style::node_size(degree)},
          {"iso3", actor.iso3},
          {"wikidata", style::wikidata_iri(actor.wikidata)},
          {"aliases", style::aliases_of(actor)},
          {"offices", std::move(offices)},
          {"documents", std::move(document_indexes)}};
}

Json event_json(const KnowledgeGraph& graph, const IriScheme& iris, EventId id,
                const std::map<ActorId, std::size_t>& actor_index, DocumentIndex& documents,
                const ReportOptions& options) {
  const ActorGraph& g = graph.graph();
  const RelationEdge& event = g[id];
  Json mentions = Json::array();
  for (const Mention& mention : event.mentions) {
    if (mentions.size() == options.max_mentions_per_event) break;
    const EvidenceText text = split_at_trigger(mention);
    mentions.push_back({{"document", documents.of(mention.document)},
                        {"confidence", rounded(mention.confidence)},
                        {"before", text.before},
                        {"trigger", text.trigger},
                        {"after", text.after}});
  }
  return {{"id", style::event_token(iris, event)},
          {"type", name_of(event.type)},
          {"source", actor_index.at(boost::source(id, g))},
          {"target", actor_index.at(boost::target(id, g))},
          {"date", event.date},
          {"modality", name_of(event.modality)},
          {"office", event.office},
          {"confidence", rounded(event.confidence())},
          {"mentionCount", event.mentions.size()},
          {"mentions", std::move(mentions)}};
}

}  // namespace

std::string report_data_json(const KnowledgeGraph& graph, const IriScheme& iris,
                             const DocumentTally& documents, const ReportOptions& options) {
  const ActorSelection selection = select_actors(graph, options.max_actors);
  DocumentIndex document_index(graph);
  Json out = vocabularies();
  out["summary"] = summary(graph, documents, selection, options);
  std::map<ActorId, std::size_t> actor_index;
  Json actors = Json::array();
  for (ActorId actor : selection.actors) {
    actor_index.emplace(actor, actors.size());
    actors.push_back(actor_json(graph, actor, document_index));
  }
  Json events = Json::array();
  for (EventId event : selection.events)
    events.push_back(event_json(graph, iris, event, actor_index, document_index, options));
  out["actors"] = std::move(actors);
  out["events"] = std::move(events);
  out["documents"] = document_index.to_json();
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace diplograph::report
