#pragma once
#include <map>
#include <optional>
#include <utility>

#include "graph/knowledge_graph.h"

namespace diplograph {

// Who a relation of the graph relates when it is stated as a fact (facts.jsonl and
// `diplograph eval`, both read by the annotation guidelines' scorer). FACTS.md relates
// actors of the scored classes only, and the guidelines count a delegation as its state,
// so there a delegation stands for the state it is affiliated with. The graph itself, and
// every other export, keeps the delegation as an actor.
class FactParticipants {
 public:
  explicit FactParticipants(const KnowledgeGraph& graph);

  // The (subject, object) the fact names, or nothing when the event states no fact between
  // two actors: a delegation with no state, or a relation that would join an actor to
  // itself (a delegation's own affiliation with its state).
  std::optional<std::pair<ActorId, ActorId>> of(EventId event) const;

 private:
  const KnowledgeGraph& graph_;
  std::map<ActorId, ActorId> state_of_delegation_;
};

}  // namespace diplograph
