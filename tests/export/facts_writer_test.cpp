// facts.jsonl relates actors of the scored classes only (FACTS.md): a delegation, an actor
// of the graph, stands for its state in the relations written there.
#include "export/facts_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>

#include "graph/knowledge_graph.h"

namespace diplograph {
namespace {

ActorVertex actor(const std::string& key, ActorType type) {
  ActorVertex vertex;
  vertex.key = key;
  vertex.type = type;
  vertex.label = key;
  vertex.names = {key};
  vertex.documents = {"a.txt"};
  return vertex;
}

RelationEdge event(RelationType type, const std::string& subject, const std::string& object) {
  RelationEdge edge;
  edge.type = type;
  edge.subject = subject;
  edge.object = object;
  edge.mentions = {Mention{"a.txt", {0, 10}, {0, 4}, "kalimat satu", 0.9}};
  return edge;
}

// (type, subject key, object key) of every relation line.
std::set<std::tuple<std::string, std::string, std::string>> relations_written(
    const KnowledgeGraph& graph) {
  const IriScheme iris{"https://example.org/id/"};
  std::ostringstream out;
  write_facts(graph, iris, out);
  std::istringstream lines(out.str());
  std::set<std::tuple<std::string, std::string, std::string>> relations;
  const std::string actors = "https://example.org/id/actor/";
  for (std::string line; std::getline(lines, line);) {
    const auto record = nlohmann::json::parse(line);
    if (record["kind"] != "relation") continue;
    relations.emplace(record["type"], record["subject"].get<std::string>().substr(actors.size()),
                      record["object"].get<std::string>().substr(actors.size()));
  }
  return relations;
}

TEST(FactsWriter, ADelegationStandsForItsStateAndItsOwnAffiliationIsLeftOut) {
  KnowledgeGraph graph;
  graph.add_actor(actor("north-korea", ActorType::State));
  graph.add_actor(actor("iran", ActorType::State));
  graph.add_actor(actor("north-korea-delegation", ActorType::Delegation));
  graph.add_actor(actor("yun-jong-ho", ActorType::Person));
  graph.add_event(event(RelationType::affiliation, "north-korea-delegation", "north-korea"));
  graph.add_event(event(RelationType::affiliation, "yun-jong-ho", "north-korea-delegation"));
  graph.add_event(event(RelationType::visit, "north-korea-delegation", "iran"));
  const auto relations = relations_written(graph);
  const std::set<std::tuple<std::string, std::string, std::string>> expected{
      {"affiliation", "yun-jong-ho", "north-korea"}, {"visit", "north-korea", "iran"}};
  EXPECT_EQ(relations, expected);
}

TEST(FactsWriter, ADelegationWithNoStateGivesNoRelation) {
  KnowledgeGraph graph;
  graph.add_actor(actor("iran", ActorType::State));
  graph.add_actor(actor("some-delegation", ActorType::Delegation));
  graph.add_event(event(RelationType::visit, "some-delegation", "iran"));
  EXPECT_TRUE(relations_written(graph).empty());
}

// The lines are written field by field, not through a JSON library object: each must still
// be the very bytes nlohmann's ordered_json writes for the object it holds (the format
// facts.jsonl has always had), whatever the text: quotes, backslashes, control characters,
// non-ASCII letters, and ill-formed UTF-8, which both replace by U+FFFD.
TEST(FactsWriter, LinesAreExactlyWhatTheJsonLibraryWritesForThem) {
  KnowledgeGraph graph;
  ActorVertex hostile = actor("evil", ActorType::Organization);
  hostile.label = "\"Bad\" \\ <Org>\n\ttab \x01 ctrl \x7f del";
  hostile.names = {hostile.label, "Tiongkok \xe2\x80\x9cquoted\xe2\x80\x9d", "broken \xff\xfe end",
                   "cut \xe2\x82"};
  hostile.wikidata = "Q1";
  graph.add_actor(hostile);
  graph.add_actor(actor("iran", ActorType::State));
  RelationEdge edge = event(RelationType::visit, "evil", "iran");
  edge.date = "2024-05";
  edge.mentions = {Mention{"a.txt",
                           {3, 70},
                           {5, 9},
                           "Ia berkata \"ya\\tidak\"\r\n \xc3\xa9t\xc3\xa9 \xed\xa0\x80",
                           0.85},
                   Mention{"b.txt", {0, 10}, {0, 4}, "kalimat", 1.0 / 3.0}};
  graph.add_event(edge);
  graph.add_event(event(RelationType::meet, "iran", "evil"));  // undated: date is null
  std::ostringstream out;
  write_facts(graph, IriScheme{"https://example.org/id/"}, out);
  std::istringstream lines(out.str());
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    const auto record = nlohmann::ordered_json::parse(line);
    EXPECT_EQ(line, record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  EXPECT_EQ(count, 2 + 3);  // two actors, three mentions
}

}  // namespace
}  // namespace diplograph
