#include "export/export_view.h"

#include <algorithm>
#include <mutex>

#include "export/parallel_tasks.h"

namespace diplograph {

ExportView::ExportView(const KnowledgeGraph& graph, const IriScheme& iris, unsigned threads)
    : graph_(graph), iris_(iris) {
  const ActorGraph& g = graph.graph();
  const std::vector<ActorId> actors = graph.actors_in_order();
  actors_.reserve(actors.size());
  by_vertex_.assign(boost::num_vertices(g), nullptr);
  for (const ActorId id : actors) {
    const ActorVertex& actor = g[id];
    ActorView view;
    view.id = id;
    view.actor = &actor;
    view.iri = iris.actor(actor.key);
    const std::string& english = actor.label_in("en");
    view.display_name = !actor.label.empty() ? std::string_view(actor.label)
                        : !english.empty()   ? std::string_view(english)
                                             : std::string_view(actor.key);
    for (const auto& [language, label] : actor.labels)
      view.labels.push_back(language + "=" + label);
    for (const std::string& name : actor.names)
      if (name != view.display_name && !name.empty()) view.aliases.push_back(name);
    view.degree = boost::in_degree(id, g) + boost::out_degree(id, g);
    actors_.push_back(std::move(view));
  }
  for (const ActorView& view : actors_) by_vertex_[view.id] = &view;

  const std::vector<EventId> events = graph.events_in_order();
  events_.resize(events.size());
  const auto view_event = [&](std::size_t e) {
    const EventId id = events[e];
    const RelationEdge& event = g[id];
    EventView& view = events_[e];
    view.id = id;
    view.event = &event;
    view.iri = iris.event(event);
    view.subject = by_vertex_[boost::source(id, g)];
    view.object = by_vertex_[boost::target(id, g)];
    view.interval = date_interval(event.date);
    const Mention* best = nullptr;
    for (const Mention& mention : event.mentions) {
      if (best == nullptr || mention.confidence > best->confidence) best = &mention;
      view.documents.push_back(mention.document);
    }
    if (best != nullptr) {
      view.confidence = event.confidence();
      view.evidence = best->sentence.str();
    }
    std::sort(view.documents.begin(), view.documents.end());
    view.documents.erase(std::unique(view.documents.begin(), view.documents.end()),
                         view.documents.end());
  };
  // Each task fills its own range of events: their places are known before.
  run_over_ranges(events.size(), threads, [&](std::size_t, std::size_t first, std::size_t last) {
    for (std::size_t e = first; e < last; ++e) view_event(e);
  });
}

struct SharedExportView::State {
  std::once_flag made;
  std::unique_ptr<ExportView> view;
};

SharedExportView::SharedExportView(const KnowledgeGraph& graph, const IriScheme& iris,
                                   unsigned threads)
    : graph_(graph), iris_(iris), threads_(threads), state_(std::make_unique<State>()) {}

SharedExportView::~SharedExportView() = default;

const ExportView& SharedExportView::get() const {
  std::call_once(state_->made,
                 [this] { state_->view = std::make_unique<ExportView>(graph_, iris_, threads_); });
  return *state_->view;
}

}  // namespace diplograph
