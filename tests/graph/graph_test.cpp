// Unit tests of src/graph: actor and event merging, event keys, canonical order, graph merge.
#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/model.h"

namespace diplograph {
namespace {

ActorVertex state(const std::string& key, const std::string& label, const std::string& document) {
  ActorVertex actor;
  actor.key = key;
  actor.type = ActorType::State;
  actor.label = label;
  actor.names = {label};
  actor.documents = {document};
  return actor;
}

Mention mention(const std::string& document, std::size_t begin, const std::string& sentence,
                double confidence = 0.5) {
  Mention m;
  m.document = document;
  m.span = {begin, begin + sentence.size()};
  m.trigger = {begin, begin + 4};
  m.sentence = sentence;
  m.confidence = confidence;
  return m;
}

RelationEdge event(RelationType type, const std::string& subject, const std::string& object,
                   const std::string& date, std::vector<Mention> mentions) {
  RelationEdge edge;
  edge.type = type;
  edge.subject = subject;
  edge.object = object;
  edge.date = date;
  edge.mentions = std::move(mentions);
  return edge;
}

// A graph's events as (event key, mentions), in export order.
std::vector<std::pair<std::string, std::vector<Mention>>> events_of(const KnowledgeGraph& graph) {
  std::vector<std::pair<std::string, std::vector<Mention>>> out;
  for (const EventId id : graph.events_in_order()) {
    const RelationEdge& edge = graph.graph()[id];
    out.emplace_back(edge.event_key(), edge.mentions);
  }
  return out;
}

std::vector<std::pair<std::string, std::set<std::string>>> actors_of(const KnowledgeGraph& graph) {
  std::vector<std::pair<std::string, std::set<std::string>>> out;
  for (const ActorId id : graph.actors_in_order())
    out.emplace_back(graph.graph()[id].key, graph.graph()[id].names);
  return out;
}

TEST(KnowledgeGraph, AddActorMergesNamesDocumentsAndFillsEmptyFields) {
  KnowledgeGraph graph;
  ActorVertex first = state("north-korea", "Korea Utara", "a.txt");
  const ActorId id = graph.add_actor(first);
  ActorVertex second = state("north-korea", "Korut", "b.txt");
  second.names.insert("Pyongyang");
  second.iso3 = "PRK";
  second.labels = {{"en", "North Korea"}, {"id", "Korut"}};
  EXPECT_EQ(graph.add_actor(second), id);
  EXPECT_EQ(graph.actor_count(), 1u);
  const ActorVertex& merged = graph.graph()[id];
  EXPECT_EQ(merged.label, "Korea Utara");  // the first label stays
  EXPECT_EQ(merged.names, (std::set<std::string>{"Korea Utara", "Korut", "Pyongyang"}));
  EXPECT_EQ(merged.documents, (std::set<std::string>{"a.txt", "b.txt"}));
  EXPECT_EQ(merged.iso3, "PRK");
  EXPECT_EQ(merged.label_in("en"), "North Korea");
  ASSERT_TRUE(graph.find_actor("north-korea").has_value());
  EXPECT_FALSE(graph.find_actor("south-korea").has_value());
}

// Two documents naming one actor: one label per language, the smaller of two in the same
// language, whichever document is folded first.
TEST(KnowledgeGraph, LabelsMergePerLanguageWhateverTheOrder) {
  ActorVertex english = state("north-korea", "North Korea", "en.txt");
  english.labels = {{"en", "North Korea"}, {"id", "Korea Utara"}};
  ActorVertex indonesian = state("north-korea", "Korut", "id.txt");
  indonesian.labels = {{"id", "Korut"}, {"fr", ""}};
  for (const bool english_first : {true, false}) {
    KnowledgeGraph graph;
    graph.add_actor(english_first ? english : indonesian);
    const ActorId id = graph.add_actor(english_first ? indonesian : english);
    EXPECT_EQ(graph.graph()[id].labels,
              (LabelsByLanguage{{"en", "North Korea"}, {"id", "Korea Utara"}}));
    EXPECT_EQ(graph.graph()[id].label, "Korut");
  }
}

TEST(KnowledgeGraph, LabelIsAlwaysAmongTheNames) {
  KnowledgeGraph graph;
  ActorVertex actor = state("japan", "Jepang", "a.txt");
  actor.names.clear();
  const ActorId id = graph.add_actor(actor);
  EXPECT_EQ(graph.graph()[id].names.count("Jepang"), 1u);
}

TEST(KnowledgeGraph, AddActorMergesOffices) {
  KnowledgeGraph graph;
  ActorVertex person;
  person.key = "retno-marsudi";
  person.type = ActorType::Person;
  person.label = "Retno Marsudi";
  person.offices = {{"Menteri Luar Negeri", "Foreign Minister", "indonesia"}};
  graph.add_actor(person);
  person.offices = {{"Menlu", "Foreign Minister", "indonesia"}};
  const ActorId id = graph.add_actor(person);
  EXPECT_EQ(graph.graph()[id].offices.size(), 2u);
}

TEST(KnowledgeGraph, SameEventKeyMergesMentions) {
  KnowledgeGraph graph;
  graph.add_actor(state("france", "Prancis", "a.txt"));
  graph.add_actor(state("vietnam", "Vietnam", "a.txt"));
  const Mention m1 = mention("a.txt", 0, "Prancis mengunjungi Vietnam.");
  const Mention m2 = mention("b.txt", 40, "Delegasi Prancis tiba di Hanoi.", 0.8);
  graph.add_event(event(RelationType::visit, "france", "vietnam", "2024-01-26", {m1}));
  graph.add_event(event(RelationType::visit, "france", "vietnam", "2024-01-26", {m2, m1}));
  ASSERT_EQ(graph.event_count(), 1u);
  const RelationEdge& stored = graph.graph()[graph.events_in_order().front()];
  ASSERT_EQ(stored.mentions.size(), 2u);  // m1 once
  EXPECT_EQ(stored.mentions[0], m1);      // sorted by document first
  EXPECT_EQ(stored.mentions[1], m2);
  EXPECT_DOUBLE_EQ(stored.confidence(), 0.8);
}

TEST(KnowledgeGraph, MentionsStaySortedWhateverTheOrderDocumentsFoldIn) {
  KnowledgeGraph graph;
  graph.add_actor(state("france", "Prancis", "a.txt"));
  graph.add_actor(state("vietnam", "Vietnam", "a.txt"));
  const Mention a = mention("a.txt", 0, "Prancis mengunjungi Vietnam.");
  const Mention b = mention("b.txt", 0, "Prancis mengunjungi Vietnam lagi.");
  const Mention c = mention("c.txt", 0, "Prancis tiba di Hanoi.");
  // Later documents first, then one between them, then repeats.
  for (const auto& mentions : std::vector<std::vector<Mention>>{{c}, {a}, {b}, {c, a}})
    graph.add_event(event(RelationType::visit, "france", "vietnam", "2024", mentions));
  const RelationEdge& stored = graph.graph()[graph.events_in_order().front()];
  EXPECT_EQ(stored.mentions, (std::vector<Mention>{a, b, c}));
}

// Event order is the byte order of the keys: keys that share their first 16 bytes or more,
// keys that are prefixes of others, and keys that differ early, added in no order.
TEST(KnowledgeGraph, EventsAreInTheByteOrderOfTheirKeys) {
  KnowledgeGraph graph;
  const std::vector<std::string> keys = {
      "republic-of-a",  "republic-of-ab", "republic-of-b", "republic-of-a-b-c", "r", "zz",
      "republic-of-aa", "republic-of"};
  for (const std::string& key : keys) graph.add_actor(state(key, key, "a.txt"));
  const Mention m = mention("a.txt", 0, "x");
  std::vector<std::string> expected;
  for (const std::string& subject : keys) {
    for (const std::string& object : {std::string("zz"), std::string("r")}) {
      if (subject == object) continue;
      for (const std::string date : {"", "2024", "2024-01"}) {
        const RelationEdge e = event(RelationType::visit, subject, object, date, {m});
        graph.add_event(e);
        expected.push_back(e.event_key());
      }
    }
  }
  std::sort(expected.begin(), expected.end());
  std::vector<std::string> ordered;
  for (const auto& [key, mentions] : events_of(graph)) ordered.push_back(key);
  EXPECT_EQ(ordered, expected);
  EXPECT_GT(expected.size(), 40u);
}

TEST(KnowledgeGraph, DifferentDateOrDirectionMakesDifferentEvents) {
  KnowledgeGraph graph;
  graph.add_actor(state("france", "Prancis", "a.txt"));
  graph.add_actor(state("vietnam", "Vietnam", "a.txt"));
  const Mention m = mention("a.txt", 0, "x");
  graph.add_event(event(RelationType::visit, "france", "vietnam", "2024-01-26", {m}));
  graph.add_event(event(RelationType::visit, "france", "vietnam", "2024-01", {m}));
  graph.add_event(event(RelationType::visit, "vietnam", "france", "2024-01-26", {m}));
  EXPECT_EQ(graph.event_count(), 3u);
}

TEST(KnowledgeGraph, EventKeyOfSymmetricRelationIgnoresOrder) {
  const RelationEdge ab = event(RelationType::meet, "japan", "australia", "2023", {});
  const RelationEdge ba = event(RelationType::meet, "australia", "japan", "2023", {});
  EXPECT_EQ(ab.event_key(), ba.event_key());
  EXPECT_EQ(ab.event_key(), "meet|australia|japan|2023");
  const RelationEdge visit_ab = event(RelationType::visit, "japan", "australia", "2023", {});
  const RelationEdge visit_ba = event(RelationType::visit, "australia", "japan", "2023", {});
  EXPECT_NE(visit_ab.event_key(), visit_ba.event_key());
  EXPECT_EQ(visit_ab.event_key(), "visit|japan|australia|2023");
}

TEST(KnowledgeGraph, SymmetricEventInBothDirectionsIsOneEdge) {
  KnowledgeGraph graph;
  graph.add_actor(state("japan", "Jepang", "a.txt"));
  graph.add_actor(state("australia", "Australia", "a.txt"));
  graph.add_event(
      event(RelationType::agree, "japan", "australia", "", {mention("a.txt", 0, "s1")}));
  graph.add_event(
      event(RelationType::agree, "australia", "japan", "", {mention("b.txt", 0, "s2")}));
  ASSERT_EQ(graph.event_count(), 1u);
  EXPECT_EQ(graph.graph()[graph.events_in_order().front()].mentions.size(), 2u);
}

TEST(KnowledgeGraph, AssertedMentionUpgradesModality) {
  KnowledgeGraph graph;
  graph.add_actor(state("japan", "Jepang", "a.txt"));
  graph.add_actor(state("south-korea", "Korea Selatan", "a.txt"));
  RelationEdge alleged =
      event(RelationType::accuse, "japan", "south-korea", "", {mention("a.txt", 0, "s")});
  alleged.modality = Modality::alleged;
  graph.add_event(alleged);
  EXPECT_EQ(graph.graph()[graph.events_in_order().front()].modality, Modality::alleged);
  graph.add_event(
      event(RelationType::accuse, "japan", "south-korea", "", {mention("b.txt", 0, "s")}));
  EXPECT_EQ(graph.graph()[graph.events_in_order().front()].modality, Modality::asserted);
}

TEST(KnowledgeGraph, EventWithUnknownActorBreaksTheContract) {
  KnowledgeGraph graph;
  graph.add_actor(state("japan", "Jepang", "a.txt"));
  EXPECT_THROW(graph.add_event(event(RelationType::visit, "japan", "atlantis", "", {})),
               std::logic_error);
  EXPECT_EQ(graph.event_count(), 0u);
}

TEST(KnowledgeGraph, ActorsAndEventsInOrderAreSortedByKey) {
  KnowledgeGraph graph;
  for (const char* key : {"vietnam", "australia", "japan", "france"})
    graph.add_actor(state(key, key, "a.txt"));
  graph.add_event(event(RelationType::visit, "vietnam", "japan", "", {}));
  graph.add_event(event(RelationType::accuse, "japan", "vietnam", "", {}));
  graph.add_event(event(RelationType::meet, "vietnam", "australia", "", {}));
  std::vector<std::string> keys;
  for (const ActorId id : graph.actors_in_order()) keys.push_back(graph.graph()[id].key);
  EXPECT_EQ(keys, (std::vector<std::string>{"australia", "france", "japan", "vietnam"}));
  std::vector<std::string> event_keys;
  for (const auto& [key, mentions] : events_of(graph)) event_keys.push_back(key);
  EXPECT_EQ(event_keys,
            (std::vector<std::string>{"accuse|japan|vietnam|", "meet|australia|vietnam|",
                                      "visit|vietnam|japan|"}));
}

TEST(KnowledgeGraph, EventOrderFollowsEventsAddedAfterItWasAskedFor) {
  // The order is sorted when asked for and kept until the next new event: asking between
  // additions, and of a copy, must still give every event in key order.
  KnowledgeGraph graph;
  for (const char* key : {"vietnam", "japan", "france"}) graph.add_actor(state(key, key, "a.txt"));
  graph.add_event(event(RelationType::visit, "vietnam", "japan", "", {}));
  ASSERT_EQ(events_of(graph).size(), 1u);
  graph.add_event(event(RelationType::accuse, "japan", "vietnam", "", {}));
  graph.add_event(event(RelationType::visit, "vietnam", "japan", "", {}));  // merged: no new event
  graph.add_event(event(RelationType::meet, "france", "vietnam", "", {}));
  const std::vector<std::string> expected = {"accuse|japan|vietnam|", "meet|france|vietnam|",
                                             "visit|vietnam|japan|"};
  std::vector<std::string> keys;
  for (const auto& [key, mentions] : events_of(graph)) keys.push_back(key);
  EXPECT_EQ(keys, expected);
  const KnowledgeGraph copy = graph;
  keys.clear();
  for (const auto& [key, mentions] : events_of(copy)) keys.push_back(key);
  EXPECT_EQ(keys, expected);
}

TEST(KnowledgeGraph, MergeEqualsGraphBuiltFromAllParts) {
  const Mention m1 = mention("a.txt", 0, "Jepang dan Australia menandatangani perjanjian.");
  const Mention m2 = mention("b.txt", 10, "Australia dan Jepang sepakat.");
  const Mention m3 = mention("b.txt", 80, "Jepang menuduh Korea Selatan.");
  const Mention m4 = mention("c.txt", 5, "Prancis mengunjungi Vietnam.");

  KnowledgeGraph left;
  left.add_actor(state("japan", "Jepang", "a.txt"));
  left.add_actor(state("australia", "Australia", "a.txt"));
  left.add_event(event(RelationType::agree, "japan", "australia", "2024", {m1}));
  left.add_document({{"a.txt", "", "2024-01-01", "", "", "id"}, 100, 3});

  KnowledgeGraph right;
  right.add_actor(state("australia", "Negeri Kanguru", "b.txt"));
  right.add_actor(state("japan", "Jepang", "b.txt"));
  right.add_actor(state("south-korea", "Korea Selatan", "b.txt"));
  right.add_actor(state("france", "Prancis", "c.txt"));
  right.add_actor(state("vietnam", "Vietnam", "c.txt"));
  right.add_event(event(RelationType::agree, "australia", "japan", "2024", {m2}));
  right.add_event(event(RelationType::accuse, "japan", "south-korea", "", {m3}));
  right.add_event(event(RelationType::visit, "france", "vietnam", "", {m4}));
  right.add_document({{"b.txt", "", "", "", "", "id"}, 200, 4});

  KnowledgeGraph all;
  all.add_actor(state("japan", "Jepang", "a.txt"));
  all.add_actor(state("australia", "Australia", "a.txt"));
  all.add_event(event(RelationType::agree, "japan", "australia", "2024", {m1}));
  all.add_actor(state("australia", "Negeri Kanguru", "b.txt"));
  all.add_actor(state("japan", "Jepang", "b.txt"));
  all.add_actor(state("south-korea", "Korea Selatan", "b.txt"));
  all.add_actor(state("france", "Prancis", "c.txt"));
  all.add_actor(state("vietnam", "Vietnam", "c.txt"));
  all.add_event(event(RelationType::agree, "australia", "japan", "2024", {m2}));
  all.add_event(event(RelationType::accuse, "japan", "south-korea", "", {m3}));
  all.add_event(event(RelationType::visit, "france", "vietnam", "", {m4}));

  KnowledgeGraph merged = left;
  merged.merge(right);
  EXPECT_EQ(merged.actor_count(), 5u);
  EXPECT_EQ(merged.event_count(), 3u);
  EXPECT_EQ(events_of(merged), events_of(all));
  EXPECT_EQ(actors_of(merged), actors_of(all));
  EXPECT_EQ(merged.documents().size(), 2u);
  const auto australia = merged.find_actor("australia");
  ASSERT_TRUE(australia.has_value());
  EXPECT_EQ(merged.graph()[*australia].documents, (std::set<std::string>{"a.txt", "b.txt"}));

  // Merging the other way round gives the same events.
  KnowledgeGraph reversed = right;
  reversed.merge(left);
  EXPECT_EQ(events_of(reversed), events_of(all));
  EXPECT_EQ(actors_of(reversed), actors_of(all));
}

}  // namespace
}  // namespace diplograph
