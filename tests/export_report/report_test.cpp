// Unit tests of the report writer's parts on hand-built graphs: the JSON escaping for the
// data element, the trigger cut, the choice of actors in a large graph, the data's content
// and the page around it. The page itself is exercised in Chromium by check_report.mjs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "export/property_graph/graph_style.h"
#include "export/report/actor_selection.h"
#include "export/report/evidence_text.h"
#include "export/report/report_data.h"
#include "export/report/report_writer.h"
#include "export/report/script_json.h"
#include "hostile_graph.h"
#include "hostile_report_graph.h"

namespace diplograph::report {
namespace {

using nlohmann::json;
const IriScheme kIris{"https://example.org/id/"};

std::string script_safe_json(std::string_view json_text) {
  std::string out;
  append_script_safe_json(json_text, out);
  return out;
}

TEST(ScriptSafeJson, EscapesWhatCouldEndOrBendTheScriptElement) {
  const json value = {{"name", "</script><!--<b>&amp;\xE2\x80\xA8\xE2\x80\xA9"}, {"n", 1}};
  const std::string safe = script_safe_json(value.dump());
  for (const char* raw : {"<", ">", "&", "\xE2\x80\xA8", "\xE2\x80\xA9"})
    EXPECT_EQ(safe.find(raw), std::string::npos) << raw;
  EXPECT_NE(safe.find("\\u003c/script\\u003e"), std::string::npos);
  EXPECT_EQ(json::parse(safe), value);
}

TEST(ScriptSafeJson, LeavesOtherTextAlone) {
  const std::string text = R"({"a":"Korea Utara \u00e9 \u2027 é ‧","b":[1,2]})";
  EXPECT_EQ(script_safe_json(text), text);
}

Mention mention_of(std::string sentence, std::size_t begin, Span trigger) {
  Mention mention;
  mention.sentence = std::move(sentence);
  mention.span = {begin, begin + mention.sentence.size()};
  mention.trigger = trigger;
  return mention;
}

TEST(SplitAtTrigger, CutsAroundTheTriggerWords) {
  const EvidenceText text =
      split_at_trigger(mention_of("Rusia mengunjungi Korea.", 100, {106, 117}));
  EXPECT_EQ(text.before, "Rusia ");
  EXPECT_EQ(text.trigger, "mengunjungi");
  EXPECT_EQ(text.after, " Korea.");
}

TEST(SplitAtTrigger, KeepsTheWholeSentenceWhenTheSpansDoNotFit) {
  // Outside the sentence, a sentence whose span does not match its text, and a cut inside
  // a UTF-8 character ("é" is two bytes at 6..8).
  for (const Mention& mention :
       {mention_of("Rusia mengunjungi Korea.", 100, {10, 20}),
        [] {
          Mention m = mention_of("Rusia mengunjungi Korea.", 100, {106, 117});
          m.span.end += 3;
          return m;
        }(),
        mention_of("Rusia é bertemu.", 0, {7, 9}), mention_of("Rusia bertemu.", 0, {6, 6})}) {
    const EvidenceText text = split_at_trigger(mention);
    EXPECT_EQ(text.before, mention.sentence);
    EXPECT_EQ(text.trigger, "");
    EXPECT_EQ(text.after, "");
  }
}

// A star: hub meets a, b and c; a meets b; d stands alone.
KnowledgeGraph star() {
  KnowledgeGraph graph;
  for (const char* key : {"a", "b", "c", "d", "hub"}) {
    ActorVertex actor;
    actor.key = key;
    actor.label = key;
    graph.add_actor(actor);
  }
  for (const auto& [subject, object] : std::vector<std::pair<std::string, std::string>>{
           {"hub", "a"}, {"hub", "b"}, {"hub", "c"}, {"a", "b"}}) {
    RelationEdge event;
    event.type = RelationType::visit;
    event.subject = subject;
    event.object = object;
    Mention mention = mention_of(subject + " visits " + object, 0, {});
    mention.document = "doc.txt";
    event.mentions = {mention};
    graph.add_event(event);
  }
  return graph;
}

std::vector<std::string> keys_of(const KnowledgeGraph& graph, const ActorSelection& selection) {
  std::vector<std::string> keys;
  for (ActorId actor : selection.actors) keys.push_back(graph.graph()[actor].key);
  return keys;
}

TEST(SelectActors, KeepsEveryActorUpToTheLimit) {
  const KnowledgeGraph graph = star();
  const ActorSelection selection = select_actors(graph, 5);
  EXPECT_FALSE(selection.truncated);
  EXPECT_EQ(keys_of(graph, selection), (std::vector<std::string>{"a", "b", "c", "d", "hub"}));
  EXPECT_EQ(selection.events.size(), 4u);
}

TEST(SelectActors, BeyondTheLimitKeepsTheTopDegreesAndTheEventsAmongThem) {
  const KnowledgeGraph graph = star();
  // Degrees: hub 3, a 2, b 2, c 1, d 0. The limit 2 keeps hub and, of a and b, a (by key).
  const ActorSelection selection = select_actors(graph, 2);
  EXPECT_TRUE(selection.truncated);
  EXPECT_EQ(keys_of(graph, selection), (std::vector<std::string>{"a", "hub"}));
  ASSERT_EQ(selection.events.size(), 1u);
  EXPECT_EQ(graph.graph()[selection.events[0]].object, "a");
}

TEST(ReportData, HoldsVocabulariesSummaryActorsAndEvidence) {
  const KnowledgeGraph graph = test::hostile_graph();
  DocumentTally tally{.from_run = true, .read = 3, .skipped = 1, .skips = {}};
  tally.skips.push_back({.file = "bad.txt", .line = 2, .column = 5, .message = "not UTF-8"});
  const json data = json::parse(report_data_json(graph, kIris, tally, {}));

  ASSERT_EQ(data["relationTypes"].size(), kAllRelationTypes.size());
  EXPECT_EQ(data["relationTypes"][0]["name"], "visit");
  EXPECT_EQ(data["relationTypes"][0]["colour"],
            property_graph::colour_of(RelationType::visit).hex());
  EXPECT_EQ(data["relationTypes"][1]["directed"], false);  // meet holds both ways
  EXPECT_EQ(data["actorTypes"][0]["colour"], property_graph::colour_of(ActorType::State).hex());

  const json& summary = data["summary"];
  EXPECT_EQ(summary["documentsRead"], 3);
  EXPECT_EQ(summary["documentsSkipped"], 1);
  EXPECT_EQ(summary["skipped"][0]["place"], "bad.txt:2:5");
  EXPECT_EQ(summary["skipped"][0]["message"], "not UTF-8");
  EXPECT_EQ(summary["actors"], graph.actor_count());
  EXPECT_EQ(summary["events"], graph.event_count());
  EXPECT_EQ(summary["actorsByType"]["State"], 3);

  ASSERT_EQ(data["actors"].size(), graph.actor_count());
  ASSERT_EQ(data["events"].size(), graph.event_count());
  const json* north_korea = nullptr;
  for (const json& actor : data["actors"])
    if (actor["key"] == "north-korea") north_korea = &actor;
  ASSERT_NE(north_korea, nullptr);
  EXPECT_EQ((*north_korea)["iso3"], "PRK");
  EXPECT_EQ((*north_korea)["wikidata"], "http://www.wikidata.org/entity/Q423");
  EXPECT_EQ((*north_korea)["degree"], 4);

  // The visit of Russia to North Korea: two mentions, each cut around its trigger.
  const json* visit = nullptr;
  for (const json& event : data["events"])
    if (event["type"] == "visit" && event["date"] == "2024-04-23") visit = &event;
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(data["actors"][(*visit)["source"].get<std::size_t>()]["key"], "russia");
  ASSERT_EQ((*visit)["mentions"].size(), 2u);
  const json& first = (*visit)["mentions"][0];
  EXPECT_EQ(first["before"].get<std::string>() + first["trigger"].get<std::string>() +
                first["after"].get<std::string>(),
            "Rusia mengunjungi Korea Utara.");
  EXPECT_EQ(first["trigger"], "sia ");
  EXPECT_EQ(data["documents"][first["document"].get<std::size_t>()]["id"], "001_news.txt");
}

TEST(ReportData, WithoutRunStatsCountsTheGraphsDocuments) {
  const KnowledgeGraph graph = test::hostile_graph();
  const json data = json::parse(report_data_json(graph, kIris, {}, {}));
  EXPECT_EQ(data["summary"]["documentsFromRun"], false);
  EXPECT_EQ(data["summary"]["documentsRead"], graph.documents().size());
}

TEST(ReportData, CapsMentionsPerEventAndCountsTheRest) {
  const KnowledgeGraph graph = test::hostile_graph();
  const json data = json::parse(
      report_data_json(graph, kIris, {}, {.max_actors = 300, .max_mentions_per_event = 1}));
  for (const json& event : data["events"]) {
    EXPECT_LE(event["mentions"].size(), 1u);
    if (event["type"] == "visit" && event["date"] == "2024-04-23") {
      EXPECT_EQ(event["mentionCount"], 2);
    }
  }
}

TEST(ReportData, ComesInPiecesEndingBetweenValuesThatMakeTheWhole) {
  const KnowledgeGraph graph = test::hostile_report_graph();
  const std::string whole = report_data_json(graph, kIris, {}, {});
  std::vector<std::string> pieces;
  write_report_data(
      graph, kIris, {}, {}, [&](std::string_view piece) { pieces.emplace_back(piece); }, 1);
  // A piece of one byte's size ends after every actor, event and document.
  EXPECT_GT(pieces.size(), graph.actor_count() + graph.event_count());
  std::string joined, escaped_piecewise;
  for (const std::string& piece : pieces) {
    joined += piece;
    append_script_safe_json(piece, escaped_piecewise);
    ASSERT_FALSE(piece.empty());
    // Between two values: after a closing bracket, never inside a string.
    EXPECT_TRUE(piece.back() == '}' || piece.back() == ']') << piece;
  }
  EXPECT_EQ(joined, whole);
  EXPECT_EQ(escaped_piecewise, script_safe_json(whole));
}

std::string page_of(const KnowledgeGraph& graph, const ReportOptions& options = {}) {
  std::ostringstream out;
  write_report(graph, kIris, {}, options, out);
  return out.str();
}

// The text of the data element: from its start tag to the first "</script".
std::string data_element_text(const std::string& page) {
  const std::string start = R"(<script id="graph-data" type="application/json">)";
  const std::size_t at = page.find(start);
  if (at == std::string::npos) return {};
  const std::size_t begin = at + start.size();
  return page.substr(begin, page.find("</script", begin) - begin);
}

TEST(WriteReport, IsOneSelfContainedPageWithStrictPolicy) {
  const std::string page = page_of(test::hostile_graph());
  EXPECT_TRUE(page.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(page.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "script-src 'sha256-"),
            std::string::npos);
  EXPECT_EQ(page.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(page.find("unsafe-eval"), std::string::npos);
  EXPECT_NE(page.find("Cytoscape Consortium"), std::string::npos);  // the library, with its licence
  for (const char* fetching : {"<script src", "<link", "<iframe", "@import"})
    EXPECT_EQ(page.find(fetching), std::string::npos) << fetching;
}

TEST(WriteReport, DataElementHoldsExactlyTheDataAndNoMarkup) {
  const KnowledgeGraph graph = test::hostile_report_graph();
  const std::string page = page_of(graph);
  const std::string text = data_element_text(page);
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.find('<'), std::string::npos);
  EXPECT_EQ(json::parse(text), json::parse(report_data_json(graph, kIris, {}, {})));
  // Each payload is in the data, as data.
  const std::string data = json::parse(text).dump();
  for (const std::string& payload : test::script_payloads())
    EXPECT_NE(data.find(json(payload).dump().substr(1, 20)), std::string::npos) << payload;
  // Outside the data element, no payload reached the page.
  std::string rest = page;
  rest.erase(rest.find(text), text.size());
  EXPECT_EQ(rest.find("__pwned"), std::string::npos);
}

TEST(WriteReport, SameGraphSameBytesWhateverTheInsertionOrder) {
  const KnowledgeGraph graph = test::hostile_report_graph();
  KnowledgeGraph rebuilt;
  const ActorGraph& g = graph.graph();
  std::vector<ActorId> actors = graph.actors_in_order();
  for (auto it = actors.rbegin(); it != actors.rend(); ++it) rebuilt.add_actor(g[*it]);
  std::vector<EventId> events = graph.events_in_order();
  for (auto it = events.rbegin(); it != events.rend(); ++it) rebuilt.add_event(g[*it]);
  for (const auto& [id, document] : graph.documents()) rebuilt.add_document(document);
  EXPECT_EQ(page_of(graph), page_of(rebuilt));
}

TEST(WriteReport, ALargeGraphSaysHowMuchItShows) {
  const std::string page = page_of(star(), {.max_actors = 2, .max_mentions_per_event = 50});
  const json data = json::parse(data_element_text(page));
  EXPECT_EQ(data["summary"]["actors"], 5);
  EXPECT_EQ(data["summary"]["shownActors"], 2);
  EXPECT_EQ(data["summary"]["shownEvents"], 1);
  EXPECT_EQ(data["summary"]["maxActors"], 2);
  EXPECT_EQ(data["actors"].size(), 2u);
}

}  // namespace
}  // namespace diplograph::report
