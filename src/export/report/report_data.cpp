#include "export/report/report_data.h"

#include <cmath>
#include <map>
#include <string_view>

#include "export/json_writer.h"
#include "export/property_graph/graph_style.h"
#include "export/report/actor_selection.h"
#include "export/report/evidence_text.h"
#include "export/report/report_style.h"

namespace diplograph::report {
namespace {

namespace style = property_graph;

// Confidences are shown, not computed with: three decimals keep the page short and stable.
double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

void write_vocabularies(JsonWriter& out) {
  out.key("actorTypes");
  out.begin_array();
  for (ActorType type : kAllActorTypes) {
    out.begin_object();
    out.field("name", name_of(type));
    out.field("colour", style::colour_of(type).hex());
    out.field("shape", node_shape(type));
    out.end_object();
  }
  out.end_array();
  out.key("relationTypes");
  out.begin_array();
  for (RelationType type : kAllRelationTypes) {
    out.begin_object();
    out.field("name", name_of(type));
    out.field("colour", style::colour_of(type).hex());
    out.field("directed", !is_symmetric(type));
    out.end_object();
  }
  out.end_array();
  out.key("modalities");
  out.begin_array();
  for (Modality modality : kAllModalities) {
    out.begin_object();
    out.field("name", name_of(modality));
    out.field("factual", is_factual(modality));
    out.end_object();
  }
  out.end_array();
}

void write_counts(JsonWriter& out, JsonKey name, const std::map<std::string, std::size_t>& counts) {
  out.key(name);
  out.begin_object();
  for (const auto& [key, count] : counts) {
    out.text_key(key);
    out.integer(count);
  }
  out.end_object();
}

void write_summary(JsonWriter& out, const KnowledgeGraph& graph, const DocumentTally& documents,
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
  out.key("summary");
  out.begin_object();
  out.field("documentsFromRun", documents.from_run);
  out.field("documentsRead", documents.from_run ? documents.read : graph.documents().size());
  out.field("documentsSkipped", documents.skipped);
  out.key("skipped");
  out.begin_array();
  for (const Diagnostic& skip : documents.skips) {
    Diagnostic place = skip;
    place.message.clear();
    std::string where = place.to_string();
    // "file:line:column: error: " -> "file:line:column": the page says what, not how bad.
    where = where.substr(0, where.find(": "));
    out.begin_object();
    out.field("place", where);
    out.field("message", skip.message);
    out.end_object();
  }
  out.end_array();
  out.field("actors", graph.actor_count());
  out.field("events", graph.event_count());
  out.field("mentions", mentions);
  write_counts(out, "actorsByType", actors_by_type);
  write_counts(out, "eventsByType", events_by_type);
  out.field("shownActors", selection.actors.size());
  out.field("shownEvents", selection.events.size());
  out.field("maxActors", options.max_actors);
  out.end_object();
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
  // `value_done` is called after each document's object.
  template <class ValueDone>
  void write(JsonWriter& out, const ValueDone& value_done) const {
    out.begin_array();
    for (const std::string& id : ids_) {
      out.begin_object();
      out.field("id", id);
      const auto record = graph_.documents().find(id);
      if (record != graph_.documents().end()) {
        out.field("title", record->second.meta.title);
        out.field("published", record->second.meta.published);
        out.field("url", record->second.meta.url);
        out.field("source", record->second.meta.source);
      }
      out.end_object();
      value_done();
    }
    out.end_array();
  }

 private:
  const KnowledgeGraph& graph_;
  std::map<std::string, std::size_t> index_;
  std::vector<std::string> ids_;
};

void write_actor(JsonWriter& out, const KnowledgeGraph& graph, ActorId id,
                 DocumentIndex& documents) {
  const ActorVertex& actor = graph.graph()[id];
  const std::size_t degree = style::degree_of(graph, id);
  out.begin_object();
  out.field("key", actor.key);
  out.field("name", style::display_name(actor));
  out.field("type", name_of(actor.type));
  out.field("degree", degree);
  out.field("size", style::node_size(degree));
  out.field("iso3", actor.iso3);
  out.field("wikidata", style::wikidata_iri(actor.wikidata));
  out.strings("aliases", style::aliases_of(actor));
  out.key("offices");
  out.begin_array();
  for (const Office& office : actor.offices) {
    std::string holder;
    if (!office.holder_of.empty()) {
      const auto holder_id = graph.find_actor(office.holder_of);
      holder = holder_id ? style::display_name(graph.graph()[*holder_id]) : office.holder_of;
    }
    out.begin_object();
    out.field("title", office.title);
    out.field("titleEn", office.title_en);
    out.field("holder", holder);
    out.end_object();
  }
  out.end_array();
  out.key("documents");
  out.begin_array();
  for (const std::string& document : actor.documents) out.integer(documents.of(document));
  out.end_array();
  out.end_object();
}

void write_event(JsonWriter& out, const KnowledgeGraph& graph, const IriScheme& iris, EventId id,
                 const std::map<ActorId, std::size_t>& actor_index, DocumentIndex& documents,
                 const ReportOptions& options) {
  const ActorGraph& g = graph.graph();
  const RelationEdge& event = g[id];
  out.begin_object();
  out.field("id", style::event_token(iris, event));
  out.field("type", name_of(event.type));
  out.field("source", actor_index.at(boost::source(id, g)));
  out.field("target", actor_index.at(boost::target(id, g)));
  out.field("date", event.date);
  out.field("modality", name_of(event.modality));
  out.field("office", event.office);
  out.field("confidence", rounded(event.confidence()));
  out.field("mentionCount", event.mentions.size());
  out.key("mentions");
  out.begin_array();
  std::size_t written = 0;
  for (const Mention& mention : event.mentions) {
    if (written++ == options.max_mentions_per_event) break;
    const EvidenceText text = split_at_trigger(mention);
    out.begin_object();
    out.field("document", documents.of(mention.document));
    out.field("confidence", rounded(mention.confidence));
    out.field("before", text.before);
    out.field("trigger", text.trigger);
    out.field("after", text.after);
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

}  // namespace

void write_report_data(const KnowledgeGraph& graph, const IriScheme& iris,
                       const DocumentTally& documents, const ReportOptions& options,
                       const std::function<void(std::string_view)>& write,
                       std::size_t piece_bytes) {
  const ActorSelection selection = select_actors(graph, options.max_actors);
  DocumentIndex document_index(graph);
  std::string text;
  // Called after a whole value: the text so far ends between two values.
  const auto value_done = [&] {
    if (text.size() < piece_bytes) return;
    write(text);
    text.clear();
  };
  JsonWriter out(text);
  out.begin_object();
  write_vocabularies(out);
  write_summary(out, graph, documents, selection, options);
  std::map<ActorId, std::size_t> actor_index;
  out.key("actors");
  out.begin_array();
  for (ActorId actor : selection.actors) {
    actor_index.emplace(actor, actor_index.size());
    write_actor(out, graph, actor, document_index);
    value_done();
  }
  out.end_array();
  out.key("events");
  out.begin_array();
  for (EventId event : selection.events) {
    write_event(out, graph, iris, event, actor_index, document_index, options);
    value_done();
  }
  out.end_array();
  out.key("documents");
  document_index.write(out, value_done);
  out.end_object();
  write(text);
}

std::string report_data_json(const KnowledgeGraph& graph, const IriScheme& iris,
                             const DocumentTally& documents, const ReportOptions& options) {
  std::string text;
  write_report_data(graph, iris, documents, options,
                    [&](std::string_view piece) { text.append(piece); });
  return text;
}

}  // namespace diplograph::report
