#pragma once
#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.h"

namespace diplograph::report {

// The part of a graph a report draws. A browser stays responsive with a few hundred actors,
// not with tens of thousands, so a large graph is cut to the actors with the most events.
struct ActorSelection {
  std::vector<ActorId> actors;  // in actor-key order
  std::vector<EventId> events;  // the events between them, in event-key order
  bool truncated = false;       // some actors were left out
};

// Every actor when there are at most `limit`; otherwise the `limit` with the highest degree
// (ties broken by key, so the choice is deterministic) and only the events among them.
ActorSelection select_actors(const KnowledgeGraph& graph, std::size_t limit);

}  // namespace diplograph::report
