#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/date_interval.h"
#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph {

// What the writers show of one actor, derived once per run.
struct ActorView {
  ActorId id = 0;
  const ActorVertex* actor = nullptr;
  std::string iri;                        // iris.actor(key)
  std::string_view display_name;          // label, else English label, else key
  std::vector<std::string_view> aliases;  // the other names, sorted
  std::vector<std::string> labels;        // "tag=label" per language, by tag ("en=North Korea")
  std::size_t degree = 0;                 // events either side (a self-loop counts twice)
};

// What the writers show of one event, derived once per run.
struct EventView {
  EventId id;
  const RelationEdge* event = nullptr;
  std::string iri;                     // iris.event(event)
  const ActorView* subject = nullptr;  // the actors, as viewed
  const ActorView* object = nullptr;
  std::optional<DateInterval> interval;     // of event.date; nothing when undated or malformed
  double confidence = 0.0;                  // the highest mention confidence
  std::string_view evidence;                // the most confident mention's sentence
  std::vector<std::string_view> documents;  // ids of the documents stating it, sorted, unique

  // The last segment of the IRI ("visit-0123456789abcdef"): an XML NMTOKEN, the edge id of
  // GraphML and GEXF, so an edge can be traced to its RDF and Neo4j twin.
  std::string_view token() const { return std::string_view(iri).substr(iri.rfind('/') + 1); }
};

// The export view of a graph: each actor and event with everything the writers derive
// from it (IRIs, names, degree, date interval, evidence, documents), computed once per run
// instead of once per writer, in export order (actors by key, events by event key).
// Views into `graph`, which must outlive it and not change; read-only, so the writers may
// share it across threads. Made on up to `threads` threads, the same on any number.
class ExportView {
 public:
  ExportView(const KnowledgeGraph& graph, const IriScheme& iris, unsigned threads = 1);
  ExportView(const ExportView&) = delete;
  ExportView& operator=(const ExportView&) = delete;

  const KnowledgeGraph& graph() const { return graph_; }
  const IriScheme& iris() const { return iris_; }
  const std::vector<ActorView>& actors() const { return actors_; }
  const std::vector<EventView>& events() const { return events_; }
  // The view of an actor by its vertex.
  const ActorView& actor(ActorId id) const { return *by_vertex_[id]; }

 private:
  const KnowledgeGraph& graph_;
  const IriScheme& iris_;
  std::vector<ActorView> actors_;
  std::vector<const ActorView*> by_vertex_;
  std::vector<EventView> events_;
};

// A view of `graph` shared by the writers of one run: built by the first writer that asks
// for it (the others wait), so that a run that writes no view-based export never builds it.
// It is made on up to `threads` threads: the writers that wait for it have nothing else to do.
class SharedExportView {
 public:
  SharedExportView(const KnowledgeGraph& graph, const IriScheme& iris, unsigned threads = 1);
  ~SharedExportView();
  const ExportView& get() const;

 private:
  struct State;
  const KnowledgeGraph& graph_;
  const IriScheme& iris_;
  unsigned threads_;
  std::unique_ptr<State> state_;
};

}  // namespace diplograph
