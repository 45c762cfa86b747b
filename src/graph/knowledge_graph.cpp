#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "text/contract_check.h"

namespace diplograph {
namespace {

// Conflicting values of one field are settled by a rule that does not depend on which
// value came first: the smallest non-empty one. Folding documents or merging exports in
// any order, any number of times, therefore gives the same graph.
void settle(std::string& kept, const std::string& other) {
  if (kept.empty() || (!other.empty() && other < kept)) kept = other;
}

}  // namespace

const std::string& ActorVertex::label_in(std::string_view language) const {
  static const std::string none;
  const auto found = labels.find(language);
  return found == labels.end() ? none : found->second;
}

double RelationEdge::confidence() const {
  double best = 0.0;
  for (const Mention& mention : mentions) best = std::max(best, mention.confidence);
  return best;
}

std::string RelationEdge::event_key() const {
  const std::string* first = &subject;
  const std::string* second = &object;
  if (is_symmetric(type) && *second < *first) std::swap(first, second);
  const std::string_view relation = name_of(type);
  std::string key;
  key.reserve(relation.size() + first->size() + second->size() + date.size() + 3);
  key.append(relation).append(1, '|').append(*first).append(1, '|').append(*second);
  key.append(1, '|').append(date);
  return key;
}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : graph_(other.graph_), actor_index_(other.actor_index_), documents_(other.documents_) {
  rebuild_actor_lookup();
  rebuild_event_index();
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other)
    : graph_(std::move(other.graph_)),
      actor_index_(std::move(other.actor_index_)),
      documents_(std::move(other.documents_)) {
  rebuild_actor_lookup();
  rebuild_event_index();
  other.clear();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) {
  if (this == &other) return *this;
  graph_ = std::move(other.graph_);
  actor_index_ = std::move(other.actor_index_);
  documents_ = std::move(other.documents_);
  rebuild_actor_lookup();
  rebuild_event_index();
  other.clear();
  return *this;
}

void KnowledgeGraph::clear() {
  // Boost's "move" of an adjacency_list copies it, so a moved-from graph must be emptied
  // by hand to be the empty graph a moved-from object is expected to be.
  graph_.clear();
  actor_index_.clear();
  actor_lookup_.clear();
  event_lookup_.clear();
  forget_event_order();
  documents_.clear();
}

void KnowledgeGraph::rebuild_event_index() {
  event_lookup_.clear();
  for (auto [edge, last] = boost::edges(graph_); edge != last; ++edge)
    event_lookup_.emplace(graph_[*edge].event_key(), *edge);
  forget_event_order();
}

void KnowledgeGraph::forget_event_order() {
  const std::lock_guard lock(event_order_mutex_);
  event_order_valid_ = false;
  event_order_.clear();
}

void KnowledgeGraph::rebuild_actor_lookup() {
  actor_lookup_.clear();
  for (const auto& [key, id] : actor_index_) actor_lookup_.emplace(key, id);
}

const ActorId* KnowledgeGraph::actor_entry(std::string_view key) const {
  const auto found = actor_lookup_.find(key);
  return found == actor_lookup_.end() ? nullptr : &found->second;
}

ActorId KnowledgeGraph::add_actor(const ActorVertex& actor) {
  // Every actor has a label (the key stands in), and its label is one of its names.
  const std::string& label = actor.label.empty() ? actor.key : actor.label;
  if (const ActorId* found = actor_entry(actor.key)) {
    ActorVertex& existing = graph_[*found];
    existing.names.insert(actor.names.begin(), actor.names.end());
    existing.names.insert(label);
    existing.offices.insert(actor.offices.begin(), actor.offices.end());
    existing.documents.insert(actor.documents.begin(), actor.documents.end());
    existing.type = std::min(existing.type, actor.type);
    settle(existing.label, label);
    for (const auto& [language, text] : actor.labels)
      if (!text.empty()) settle(existing.labels[language], text);
    settle(existing.iso3, actor.iso3);
    settle(existing.wikidata, actor.wikidata);
    return *found;
  }
  const ActorId id = boost::add_vertex(actor, graph_);
  graph_[id].label = label;
  graph_[id].names.insert(label);
  std::erase_if(graph_[id].labels, [](const auto& entry) { return entry.second.empty(); });
  const auto [entry, added] = actor_index_.emplace(actor.key, id);
  (void)added;
  actor_lookup_.emplace(entry->first, id);
  return id;
}

void KnowledgeGraph::add_event(const RelationEdge& event) {
  const std::string key = event.event_key();
  if (auto found = event_lookup_.find(key); found != event_lookup_.end()) {
    RelationEdge& existing = graph_[found->second];
    // Insert into the sorted list rather than re-sort it: a frequent event (a leader's
    // affiliation) collects thousands of mentions, and re-sorting made folding quadratic.
    for (const Mention& mention : event.mentions) {
      // Documents are folded in input order, so a new mention mostly sorts last: one
      // comparison, not a binary search through mentions no longer in cache.
      if (existing.mentions.empty() || existing.mentions.back() < mention) {
        existing.mentions.push_back(mention);
        continue;
      }
      const auto at = std::lower_bound(existing.mentions.begin(), existing.mentions.end(), mention);
      if (at == existing.mentions.end() || *at != mention) existing.mentions.insert(at, mention);
    }
    settle(existing.office, event.office);
    // A denial or an allegation weakens nothing asserted elsewhere (asserted is the
    // smallest modality); between the others the smallest wins, whatever the order.
    existing.modality = std::min(existing.modality, event.modality);
    return;
  }
  const ActorId* subject = actor_entry(event.subject);
  const ActorId* object = actor_entry(event.object);
  DIPLOGRAPH_CONTRACT_CHECK(subject != nullptr && object != nullptr);
  auto [id, added] = boost::add_edge(*subject, *object, event, graph_);
  (void)added;
  RelationEdge& stored = graph_[id];
  std::sort(stored.mentions.begin(), stored.mentions.end());
  stored.mentions.erase(std::unique(stored.mentions.begin(), stored.mentions.end()),
                        stored.mentions.end());
  event_lookup_.emplace(key, id);
  forget_event_order();
}

void KnowledgeGraph::add_document(const DocumentRecord& document) {
  auto [found, added] = documents_.emplace(document.meta.id, document);
  // The same id read twice (an export merged with itself) keeps the smaller record.
  if (!added && document < found->second) found->second = document;
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  for (const auto& [id, document] : other.documents_) add_document(document);
  for (ActorId actor : other.actors_in_order()) add_actor(other.graph_[actor]);
  for (EventId event : other.events_in_order()) add_event(other.graph_[event]);
}

std::optional<ActorId> KnowledgeGraph::find_actor(const std::string& key) const {
  if (const ActorId* found = actor_entry(key)) return *found;
  return std::nullopt;
}

std::vector<ActorId> KnowledgeGraph::actors_in_order() const {
  std::vector<ActorId> out;
  out.reserve(actor_index_.size());
  for (const auto& [key, id] : actor_index_) out.push_back(id);
  return out;
}

std::vector<EventId> KnowledgeGraph::events_in_order() const {
  const std::lock_guard lock(event_order_mutex_);
  if (!event_order_valid_) {
    // Keys are unique, so this is the byte order of the keys, as an ordered map keeps it.
    // Each key's first 16 bytes travel with it as two big-endian numbers, which order most
    // pairs without reaching the keys themselves (scattered through memory).
    struct KeyedEvent {
      std::uint64_t high, low;  // bytes 0-7 and 8-15 of the key, zero-padded
      std::string_view key;
      EventId id;
    };
    auto big_endian = [](std::string_view key, std::size_t from) {
      std::uint64_t value = 0;
      for (std::size_t k = from; k < from + 8; ++k)
        value = (value << 8) | (k < key.size() ? static_cast<unsigned char>(key[k]) : 0u);
      return value;
    };
    std::vector<KeyedEvent> keyed;
    keyed.reserve(event_lookup_.size());
    for (const auto& [key, id] : event_lookup_)
      keyed.push_back({big_endian(key, 0), big_endian(key, 8), key, id});
    // Two different prefix numbers order their keys as the keys do: at the first byte where
    // they differ, the padding stands where the shorter key has ended, which sorts first.
    // Equal numbers (the same 16 bytes, or a padding against a NUL) leave it to the keys.
    std::sort(keyed.begin(), keyed.end(), [](const KeyedEvent& a, const KeyedEvent& b) {
      if (a.high != b.high) return a.high < b.high;
      if (a.low != b.low) return a.low < b.low;
      return a.key < b.key;
    });
    event_order_.clear();
    event_order_.reserve(keyed.size());
    for (const KeyedEvent& event : keyed) event_order_.push_back(event.id);
    event_order_valid_ = true;
  }
  return event_order_;
}

}  // namespace diplograph
