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

}  // namespace
}  // namespace diplograph
