#pragma once
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.h"

namespace diplograph {

// The one model every exporter reads: actors as vertices, events as edges of a Boost.Graph
// adjacency_list, plus the documents they came from. Vertices and edges are kept in
// canonical order (by key), so every export is deterministic whatever the input order.
//
// Not thread-safe for writing; read-only use from many threads is fine.
class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;
  // Copies and moves rebuild the event index: an edge descriptor points into the edge list
  // of the graph it came from, and Boost's adjacency_list is copied even when "moved".
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other);
  ~KnowledgeGraph() = default;

  // Adds the actor, or merges it into the one with the same key (names, offices and
  // documents are unioned; empty fields are filled; of two different values of a field, or
  // of two labels in one language, the smaller wins). Returns its vertex.
  ActorId add_actor(const ActorVertex& actor);
  // Adds the event, or merges its mentions into the event with the same event key.
  // Requires: both actors were added (checked: ContractViolation).
  void add_event(const RelationEdge& event);
  void add_document(const DocumentRecord& document);
  // Merges another graph into this one (used by batch folding and `merge`).
  void merge(const KnowledgeGraph& other);

  const ActorGraph& graph() const { return graph_; }
  std::optional<ActorId> find_actor(const std::string& key) const;
  const std::map<std::string, DocumentRecord>& documents() const { return documents_; }

  // Vertices sorted by actor key, and edges sorted by event key: the export order.
  std::vector<ActorId> actors_in_order() const;
  std::vector<EventId> events_in_order() const;

  std::size_t actor_count() const { return boost::num_vertices(graph_); }
  std::size_t event_count() const { return boost::num_edges(graph_); }

 private:
  void rebuild_event_index();
  // Marks the sorted event order stale (after an event is added, or the index rebuilt).
  void forget_event_order();
  void rebuild_actor_lookup();
  void clear();
  // The index entry of a key, or null: through the hash look-ups, which compare one key
  // where the ordered maps compare a dozen long ones.
  const ActorId* actor_entry(std::string_view key) const;

  ActorGraph graph_;
  std::map<std::string, ActorId> actor_index_;
  // The same entries by hash, for look-ups; keys view the ordered map's keys (stable, as
  // std::map nodes never move).
  std::unordered_map<std::string_view, ActorId> actor_lookup_;
  // Events by event key. Their order is sorted once, when first asked for after a change:
  // inserting each new key into an ordered map cost a dozen string compares, most of them
  // cache misses, while documents were being folded.
  std::unordered_map<std::string, EventId> event_lookup_;
  mutable std::mutex event_order_mutex_;  // guards the two below: readers share the graph
  mutable std::vector<EventId> event_order_;
  mutable bool event_order_valid_ = false;
  std::map<std::string, DocumentRecord> documents_;
};

}  // namespace diplograph
