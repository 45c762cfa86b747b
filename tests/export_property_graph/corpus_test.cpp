// The property-graph exports of the real `diplograph build` run over the sample corpus
// (tests/corpus), read back by the same real readers as exports_test.cpp. Extraction is still
// improving, so only what will stay true is asserted: lower bounds on size, well-known
// actors with their fixed attributes, and that North Korea had visitors.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "reader.h"

namespace diplograph::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

bool contains_any(const json& keys, std::initializer_list<const char*> wanted) {
  return std::any_of(wanted.begin(), wanted.end(), [&](const char* key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  });
}

class CorpusPropertyGraph : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("diplograph-pg-corpus");
    build_ = run(shell_quote(PG_DIPLOGRAPH) + " build " + shell_quote(PG_CORPUS) + " -o " +
                 shell_quote(dir_->path()) + " --quiet");
  }
  static void TearDownTestSuite() { dir_.reset(); }
  void SetUp() override { ASSERT_EQ(build_.status, 0) << build_.output; }
  static fs::path file(const std::string& name) { return dir_->path() / name; }

  static std::unique_ptr<TempDir> dir_;
  static ReaderRun build_;
};
std::unique_ptr<TempDir> CorpusPropertyGraph::dir_;
ReaderRun CorpusPropertyGraph::build_;

TEST_F(CorpusPropertyGraph, GraphmlValidatesAndEveryReaderAgreesOnItsSize) {
  const ReaderRun valid = run(xmllint_graphml(file("graph.graphml")));
  ASSERT_EQ(valid.status, 0) << valid.output;
  const json nx = run_json(python_reader("graphml_networkx.py", file("graph.graphml")));
  const json ig = run_json(python_reader("graphml_igraph.py", file("graph.graphml")));
  const json gl = run_json(node_reader("graphml_graphology.js", file("graph.graphml")));
  EXPECT_GE(nx["nodes"].size(), 20u);
  EXPECT_GE(nx["edges"].size(), 20u);
  EXPECT_EQ(ig["nodes"].size(), nx["nodes"].size());
  EXPECT_EQ(ig["edges"].size(), nx["edges"].size());
  EXPECT_EQ(gl["order"].get<std::size_t>(), nx["nodes"].size());
  EXPECT_EQ(gl["size"].get<std::size_t>(), nx["edges"].size());

  ASSERT_TRUE(nx["nodes"].contains("north-korea"));
  const json& nk = nx["nodes"]["north-korea"];
  EXPECT_EQ(nk["labels"], ":State:Actor");
  EXPECT_EQ(nk["type"], "State");
  EXPECT_EQ(nk["iso3"], "PRK");
  EXPECT_EQ(ig["nodes"]["north-korea"]["iso3"], "PRK");
  EXPECT_EQ(gl["nodes"]["north-korea"]["color"], "#1f77b4");
  for (const json& edge : nx["edges"]) {
    const std::string label = edge[3]["label"];
    EXPECT_FALSE(label.empty());
    EXPECT_TRUE(std::all_of(label.begin(), label.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || c == '_';
    })) << label;
    EXPECT_GE(edge[3]["weight"].get<int>(), 1);
  }
}

TEST_F(CorpusPropertyGraph, GexfValidatesAndIsDynamic) {
  const ReaderRun valid = run(xmllint_gexf(file("graph.gexf")));
  ASSERT_EQ(valid.status, 0) << valid.output;
  const json g = run_json(python_reader("gexf_summary.py", file("graph.gexf")));
  EXPECT_EQ(g["mode"], "dynamic");
  EXPECT_EQ(g["timeformat"], "date");
  EXPECT_GE(g["nodes"].size(), 20u);
  std::size_t dated = 0;
  for (const json& edge : g["edges"]) {
    EXPECT_FALSE(edge["kind"].is_null());
    if (!edge["start"].is_null()) {
      ++dated;
      EXPECT_LE(edge["start"].get<std::string>(), edge["end"].get<std::string>());
    }
  }
  EXPECT_GE(dated, 1u) << "the timeline needs dated events";
}

TEST_F(CorpusPropertyGraph, KuzuLoadsTheCsvsAndFindsNorthKoreasVisitors) {
  const json k = run_json(node_reader("kuzu_load.js", file("neo4j")));
  EXPECT_GE(k["counts"]["actors"].get<int>(), 20);
  EXPECT_GE(k["counts"]["events"].get<int>(), 20);
  EXPECT_EQ(k["counts"]["relations"], k["counts"]["events"]);
  EXPECT_EQ(k["counts"]["participants"].get<int>(), 2 * k["counts"]["events"].get<int>());
  EXPECT_GE(k["counts"]["mentions"].get<int>(), k["counts"]["events"].get<int>());
  EXPECT_GE(k["counts"]["documents"].get<int>(), 5);
  EXPECT_TRUE(contains_any(k["visited_north_korea"], {"china", "russia"}))
      << k["visited_north_korea"];
  EXPECT_EQ(k["visited_north_korea"], k["visited_north_korea_via_events"]);
}

}  // namespace
}  // namespace diplograph::test
