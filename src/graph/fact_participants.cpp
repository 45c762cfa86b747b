#include "graph/fact_participants.h"

namespace diplograph {

FactParticipants::FactParticipants(const KnowledgeGraph& graph) : graph_(graph) {
  const ActorGraph& g = graph.graph();
  for (EventId id : graph.events_in_order()) {
    const ActorId subject = boost::source(id, g);
    const ActorId object = boost::target(id, g);
    if (g[id].type == RelationType::affiliation && g[subject].type == ActorType::Delegation &&
        g[object].type == ActorType::State)
      state_of_delegation_.emplace(subject, object);
  }
}

std::optional<std::pair<ActorId, ActorId>> FactParticipants::of(EventId event) const {
  const ActorGraph& g = graph_.graph();
  const auto as_fact_actor = [&](ActorId actor) -> std::optional<ActorId> {
    if (g[actor].type != ActorType::Delegation) return actor;
    const auto found = state_of_delegation_.find(actor);
    if (found == state_of_delegation_.end()) return std::nullopt;
    return found->second;
  };
  const auto subject = as_fact_actor(boost::source(event, g));
  const auto object = as_fact_actor(boost::target(event, g));
  if (!subject || !object || *subject == *object) return std::nullopt;
  return std::pair{*subject, *object};
}

}  // namespace diplograph
