#include "export/report/actor_selection.h"

#include <algorithm>
#include <set>

#include "export/property_graph/graph_style.h"

namespace diplograph::report {

ActorSelection select_actors(const KnowledgeGraph& graph, std::size_t limit) {
  ActorSelection selection;
  selection.actors = graph.actors_in_order();
  if (selection.actors.size() > limit) {
    selection.truncated = true;
    const ActorGraph& g = graph.graph();
    std::vector<std::pair<std::size_t, ActorId>> ranked;
    ranked.reserve(selection.actors.size());
    for (ActorId actor : selection.actors)
      ranked.emplace_back(property_graph::degree_of(graph, actor), actor);
    std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first > b.first;
      return g[a.second].key < g[b.second].key;
    });
    ranked.resize(limit);
    selection.actors.clear();
    for (const auto& [degree, actor] : ranked) selection.actors.push_back(actor);
    std::sort(selection.actors.begin(), selection.actors.end(),
              [&](ActorId a, ActorId b) { return g[a].key < g[b].key; });
  }
  const std::set<ActorId> kept(selection.actors.begin(), selection.actors.end());
  const ActorGraph& g = graph.graph();
  for (EventId event : graph.events_in_order())
    if (kept.contains(boost::source(event, g)) && kept.contains(boost::target(event, g)))
      selection.events.push_back(event);
  return selection;
}

}  // namespace diplograph::report
