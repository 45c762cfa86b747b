// The gold reader and the scorer of `diplograph eval`.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "eval/gold.h"
#include "eval/scorer.h"
#include "text/diagnostic.h"

namespace diplograph {
namespace {

TEST(NormaliseGoldName, FoldsCaseHyphensDotsAndSpaceAsTheReferenceScorer) {
  EXPECT_EQ(normalise_gold_name("Kim Jong-un"), "kim jong un");
  EXPECT_EQ(normalise_gold_name("  KIM   JONG UN "), "kim jong un");
  EXPECT_EQ(normalise_gold_name("U.S."), "us");
  EXPECT_EQ(normalise_gold_name("Jum\u2019at"), "jumat");
  EXPECT_EQ(normalise_gold_name("Stra\u00dfe"), "strasse");  // full case folding
  EXPECT_EQ(normalise_gold_name("\uff2b\uff29\uff2d"), "kim");  // NFKC: full-width letters
}

class GoldFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = std::filesystem::temp_directory_path() /
                 ("diplograph-gold-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(directory_);
    std::filesystem::create_directories(directory_);
  }
  void TearDown() override { std::filesystem::remove_all(directory_); }
  void write(const std::string& name, const std::string& text) { std::ofstream(directory_ / name) << text; }
  std::filesystem::path directory_;
};

TEST_F(GoldFiles, ReadsEntitiesAndCanonicalRelationsWithDates) {
  write("a.tsv",
        "# comment\ndoc\ta.txt\npublished\t2024-04-24\n"
        "entity\tjapan\tState\tJepang|Japan\nentity\tchina\tState\tChina|Tiongkok\n"
        "relation\tmeet\tjapan\tchina\t2024-04\nrelation\tvisit\tjapan\tchina\n");
  const auto gold = load_gold(directory_);
  ASSERT_EQ(gold.size(), 1u);
  EXPECT_EQ(gold[0].key, "a");
  EXPECT_EQ(gold[0].published, "2024-04-24");
  ASSERT_EQ(gold[0].entities.size(), 2u);
  EXPECT_TRUE(gold[0].entities[0].names.count("jepang"));
  // meet is symmetric: stored with its ends sorted; visit is not.
  EXPECT_TRUE(gold[0].relations.count({"meet", "china", "japan"}));
  EXPECT_TRUE(gold[0].relations.count({"visit", "japan", "china"}));
  EXPECT_EQ(gold[0].dates.at({"meet", "china", "japan"}), "2024-04");
}

TEST_F(GoldFiles, MalformedLineNamesFileAndLine) {
  write("b.tsv", "doc\tb.txt\nentity\tonly-id\n");
  try {
    load_gold(directory_);
    FAIL() << "a malformed gold line must throw";
  } catch (const InputError& error) {
    EXPECT_NE(error.diagnostic().file.find("b.tsv"), std::string::npos);
    EXPECT_EQ(error.diagnostic().line, 2u);
  }
}

TEST(Evaluate, CountsMatchesSpuriousAndMissedItemsPerDocument) {
  KnowledgeGraph graph;
  auto actor = [](std::string key, ActorType type, std::string label) {
    ActorVertex v;
    v.key = std::move(key);
    v.type = type;
    v.label = label;
    v.names = {label};
    v.documents = {"a.txt"};
    return v;
  };
  graph.add_actor(actor("japan", ActorType::State, "Jepang"));
  graph.add_actor(actor("china", ActorType::State, "Tiongkok"));
  graph.add_actor(actor("mars", ActorType::State, "Mars"));
  RelationEdge meet;
  meet.type = RelationType::meet;
  meet.subject = "china";
  meet.object = "japan";
  meet.date = "2024-04-02";
  meet.mentions.push_back({"a.txt", {0, 5}, {0, 1}, "s", 0.5});
  graph.add_event(meet);
  RelationEdge spurious = meet;
  spurious.type = RelationType::assault;
  spurious.object = "mars";
  graph.add_event(spurious);

  GoldDocument gold;
  gold.key = "a";
  gold.entities = {{"japan", "State", {"jepang"}}, {"china", "State", {"tiongkok"}}, {"korea", "State", {"korea"}}};
  gold.relations = {{"meet", "china", "japan"}, {"visit", "japan", "china"}};
  gold.dates[{"meet", "china", "japan"}] = "2024-04";
  const EvaluationReport report = evaluate(graph, {gold});
  EXPECT_EQ(report.entities.at("State").tp, 2u);
  EXPECT_EQ(report.entities.at("State").fp, 1u);  // mars
  EXPECT_EQ(report.entities.at("State").fn, 1u);  // korea
  EXPECT_EQ(report.relations.at("meet").tp, 1u);
  EXPECT_EQ(report.relations.at("assault").fp, 1u);
  EXPECT_EQ(report.relations.at("visit").fn, 1u);
  EXPECT_EQ(report.dates_agreeing, 1u);  // 2024-04-02 starts with 2024-04
  EXPECT_NE(report.table().find("entity F1 0.667 relation F1 0.500"), std::string::npos) << report.table();
}

}  // namespace
}  // namespace diplograph
