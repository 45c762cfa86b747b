#include "graph/knowledge_graph.h"

#include <algorithm>
#include <stdexcept>

namespace diplograph {

double RelationEdge::confidence() const {
  double best = 0.0;
  for (const Mention& mention : mentions) best = std::max(best, mention.confidence);
  return best;
}

std::string RelationEdge::event_key() const {
  std::string a = subject, b = object;
  if (is_symmetric(type) && b < a) std::swap(a, b);
  return std::string(name_of(type)) + '|' + a + '|' + b + '|' + date;
}

ActorId KnowledgeGraph::add_actor(const ActorVertex& actor) {
  if (auto found = actor_index_.find(actor.key); found != actor_index_.end()) {
    ActorVertex& existing = graph_[found->second];
    existing.names.insert(actor.names.begin(), actor.names.end());
    existing.offices.insert(actor.offices.begin(), actor.offices.end());
    existing.documents.insert(actor.documents.begin(), actor.documents.end());
    if (existing.label.empty()) existing.label = actor.label;
    if (existing.label_en.empty()) existing.label_en = actor.label_en;
    if (existing.iso3.empty()) existing.iso3 = actor.iso3;
    if (existing.wikidata.empty()) existing.wikidata = actor.wikidata;
    return found->second;
  }
  const ActorId id = boost::add_vertex(actor, graph_);
  graph_[id].names.insert(actor.label);
  actor_index_.emplace(actor.key, id);
  return id;
}

void KnowledgeGraph::add_event(const RelationEdge& event) {
  const std::string key = event.event_key();
  if (auto found = event_index_.find(key); found != event_index_.end()) {
    RelationEdge& existing = graph_[found->second];
    existing.mentions.insert(existing.mentions.end(), event.mentions.begin(), event.mentions.end());
    std::sort(existing.mentions.begin(), existing.mentions.end());
    existing.mentions.erase(std::unique(existing.mentions.begin(), existing.mentions.end()),
                            existing.mentions.end());
    if (existing.office.empty()) existing.office = event.office;
    // A denial or an allegation weakens nothing already asserted elsewhere.
    if (existing.modality != Modality::asserted && event.modality == Modality::asserted)
      existing.modality = Modality::asserted;
    return;
  }
  const auto subject = actor_index_.find(event.subject);
  const auto object = actor_index_.find(event.object);
  if (subject == actor_index_.end() || object == actor_index_.end()) {
    throw std::logic_error("event " + key + " refers to an actor not in the graph");
  }
  auto [id, added] = boost::add_edge(subject->second, object->second, event, graph_);
  (void)added;
  RelationEdge& stored = graph_[id];
  std::sort(stored.mentions.begin(), stored.mentions.end());
  stored.mentions.erase(std::unique(stored.mentions.begin(), stored.mentions.end()), stored.mentions.end());
  event_index_.emplace(key, id);
}

void KnowledgeGraph::add_document(const DocumentRecord& document) {
  documents_.insert_or_assign(document.meta.id, document);
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  for (const auto& [id, document] : other.documents_) add_document(document);
  for (ActorId actor : other.actors_in_order()) add_actor(other.graph_[actor]);
  for (EventId event : other.events_in_order()) add_event(other.graph_[event]);
}

std::optional<ActorId> KnowledgeGraph::find_actor(const std::string& key) const {
  auto found = actor_index_.find(key);
  if (found == actor_index_.end()) return std::nullopt;
  return found->second;
}

std::vector<ActorId> KnowledgeGraph::actors_in_order() const {
  std::vector<ActorId> out;
  out.reserve(actor_index_.size());
  for (const auto& [key, id] : actor_index_) out.push_back(id);
  return out;
}

std::vector<EventId> KnowledgeGraph::events_in_order() const {
  std::vector<EventId> out;
  out.reserve(event_index_.size());
  for (const auto& [key, id] : event_index_) out.push_back(id);
  return out;
}

}  // namespace diplograph
