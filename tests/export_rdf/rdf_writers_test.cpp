// The Turtle and N-Triples writers checked by real parsers run as subprocesses on real
// files: serdi and rapper (strict syntax), the n3 parser (literal values survive) and
// rdf-validate-shacl (ontology/shapes.ttl holds).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "export/rdf/ntriples_writer.h"
#include "export/rdf/rdf_exports.h"
#include "export/rdf/rdf_pass.h"
#include "export/rdf/rdf_triples.h"
#include "export/rdf/turtle_writer.h"
#include "rdf_text.h"
#include "subprocess.h"
#include "test_graphs.h"

namespace diplograph {
namespace {

using testing::ntriples_of;
using testing::turtle_of;

using testing::quoted;
using testing::run;

const IriScheme kIris;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class RdfWriters : public ::testing::TestWithParam<const char*> {
 protected:
  KnowledgeGraph graph() const {
    return std::string(GetParam()) == "hostile" ? testing::hostile_graph()
                                                : testing::fixture_graph();
  }
};

TEST_P(RdfWriters, AreDeterministic) {
  EXPECT_EQ(turtle_of(graph()), turtle_of(graph()));
  EXPECT_EQ(ntriples_of(graph()), ntriples_of(graph()));
}

// Made in pieces on several threads, the files are the bytes of the one-piece pass: these
// graphs fit in one piece of the default size, so small pieces put a piece boundary
// between every pair of subjects (or every few).
TEST_P(RdfWriters, PiecesOnSeveralThreadsWriteTheSameBytes) {
  const KnowledgeGraph g = graph();
  const rdf::SubjectTriples subjects(g, kIris);
  ASSERT_GT(subjects.size(), 5u);
  ASSERT_LT(subjects.size(), rdf::kSubjectsPerPiece);
  const std::string one_piece_turtle = turtle_of(g);
  const std::string one_piece_ntriples = ntriples_of(g);
  for (const std::size_t per_piece : {1u, 2u, 3u, 5u}) {
    for (const unsigned threads : {1u, 2u, 3u}) {
      std::ostringstream turtle, ntriples;
      rdf::write_rdf(subjects, kIris, {.ntriples = &ntriples, .turtle = &turtle}, threads,
                     per_piece);
      EXPECT_EQ(turtle.str(), one_piece_turtle) << per_piece << " a piece, " << threads;
      EXPECT_EQ(ntriples.str(), one_piece_ntriples) << per_piece << " a piece, " << threads;
      std::ostringstream turtle_alone;
      rdf::write_rdf(subjects, kIris, {.turtle = &turtle_alone}, threads, per_piece);
      EXPECT_EQ(turtle_alone.str(), one_piece_turtle) << per_piece << " a piece, " << threads;
    }
  }
}

// The subjects of a large graph are listed by tasks on several threads: the list, so the
// files, are those of one thread, and a mention shared by events of different tasks is one
// subject.
TEST(RdfSubjects, ListedOnSeveralThreadsWriteTheSameBytes) {
  const KnowledgeGraph g = testing::many_events_graph(9000);
  const auto files_of = [&](unsigned threads) {
    const rdf::SubjectTriples subjects(g, kIris, threads);
    std::ostringstream turtle, ntriples;
    rdf::write_rdf(subjects, kIris, {.ntriples = &ntriples, .turtle = &turtle}, threads);
    return std::pair{subjects.size(), ntriples.str() + turtle.str()};
  };
  const auto [subjects, one_thread] = files_of(1);
  // Documents, actors, events, two evidence nodes per event, and a mention node per
  // sentence (the second mention of each event is the first of the next).
  ASSERT_EQ(g.event_count(), 9000u);
  EXPECT_EQ(subjects, 50u + 12u + 3 * 9000u + 9001u);
  for (const unsigned threads : {2u, 3u}) {
    const auto [subjects_again, files] = files_of(threads);
    EXPECT_EQ(subjects_again, subjects) << threads << " threads";
    EXPECT_TRUE(files == one_thread) << threads << " threads";
  }
}

TEST_P(RdfWriters, NTriplesIsOneSortedTripleALine) {
  const auto lines = lines_of(ntriples_of(graph()));
  EXPECT_EQ(lines.size(), rdf::rdf_triples(graph(), kIris).size());
  EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));
  for (const std::string& line : lines) {
    EXPECT_TRUE(line.starts_with("<")) << line;
    EXPECT_TRUE(line.ends_with(" .")) << line;
    EXPECT_EQ(line.find(" _:"), std::string::npos) << "blank node in " << line;
  }
}

TEST_P(RdfWriters, SerdiReadsTheTurtleAndTheNTriplesAsTheSameGraph) {
  testing::ScratchDir dir(std::string("serdi-") + GetParam());
  write_rdf_exports(graph(), kIris, dir.path());
  // serdi normalises both files to its own N-Triples (ASCII-escaped), so abbreviations,
  // long strings and escapes of the Turtle must come out exactly as the N-Triples.
  std::vector<std::string> normalised[2];
  for (const auto& [index, file, syntax] :
       {std::tuple{0, "graph.ttl", "turtle"}, std::tuple{1, "graph.nt", "ntriples"}}) {
    const auto reread = run(std::string(DIPLOGRAPH_SERDI) + " -i " + syntax + " -o ntriples " +
                            quoted(dir.path() / file));
    ASSERT_EQ(reread.status, 0) << "serdi rejected " << file;
    normalised[index] = lines_of(reread.out);
    std::sort(normalised[index].begin(), normalised[index].end());
  }
  EXPECT_EQ(normalised[0].size(), rdf::rdf_triples(graph(), kIris).size());
  EXPECT_EQ(normalised[0], normalised[1]);
}

TEST_P(RdfWriters, RapperAcceptsBothFilesStrictly) {
  testing::ScratchDir dir(std::string("rapper-") + GetParam());
  write_rdf_exports(graph(), kIris, dir.path());
  const std::size_t count = rdf::rdf_triples(graph(), kIris).size();
  for (const auto& [file, syntax] :
       {std::pair{"graph.ttl", "turtle"}, std::pair{"graph.nt", "ntriples"}}) {
    const auto result = run(std::string(DIPLOGRAPH_RAPPER) + " -q -i " + syntax + " -o ntriples " +
                            quoted(dir.path() / file));
    ASSERT_EQ(result.status, 0) << "rapper rejected " << file;
    EXPECT_EQ(lines_of(result.out).size(), count) << file;
  }
}

TEST_P(RdfWriters, ShapesHold) {
  testing::ScratchDir dir(std::string("shacl-") + GetParam());
  write_rdf_exports(graph(), kIris, dir.path());
  const auto result =
      run(std::string(DIPLOGRAPH_NODE) + " " + DIPLOGRAPH_RDF_TEST_DIR + "/shacl_validate.mjs " +
          DIPLOGRAPH_REPO_DIR + "/ontology/shapes.ttl " + quoted(dir.path() / "graph.ttl"));
  EXPECT_EQ(result.status, 0) << result.out;
}

INSTANTIATE_TEST_SUITE_P(Graphs, RdfWriters, ::testing::Values("hostile", "fixture"));

// Every hostile string comes back unchanged from an independent parser (n3), in both syntaxes.
TEST(RdfWritersHostile, LiteralsSurviveARealParser) {
  testing::ScratchDir dir("n3");
  write_rdf_exports(testing::hostile_graph(), kIris, dir.path());
  for (const auto& [file, format] :
       {std::pair{"graph.ttl", "turtle"}, std::pair{"graph.nt", "ntriples"}}) {
    const auto result = run(std::string(DIPLOGRAPH_NODE) + " " + DIPLOGRAPH_RDF_TEST_DIR +
                            "/parse_literals.mjs " + format + " " + quoted(dir.path() / file));
    ASSERT_EQ(result.status, 0) << file;
    std::set<std::string> values;
    for (const auto& literal : nlohmann::json::parse(result.out))
      values.insert(literal.get<std::string>());
    for (const std::string& expected :
         {testing::kHostileName, testing::kHostileSentence, testing::kHostileTitle,
          std::string("Kim\r\nJong"), std::string("Ketua \"Umum\"\nPartai"),
          std::string("Chair\\man"), std::string("https://example.org/a b?x=1&y=<2>"),
          std::string("doc #1 <evil>.txt")})
      EXPECT_TRUE(values.count(expected)) << file << " lost " << nlohmann::json(expected).dump();
  }
}

TEST(RdfWritersHostile, InvalidUtf8AndNulBecomeReplacementCharacters) {
  KnowledgeGraph graph = testing::hostile_graph();
  ActorVertex broken;
  broken.key = "broken";
  static constexpr char kBroken[] = "bad \xC3\x28 byte and nul \0 here";
  broken.label = std::string(kBroken, sizeof kBroken - 1);
  graph.add_actor(broken);
  const std::string nt = ntriples_of(graph);
  EXPECT_NE(nt.find("bad \xEF\xBF\xBD( byte and nul \xEF\xBF\xBD here"), std::string::npos);
}

TEST(RdfWritersHostile, TurtleDeclaresPrefixesAndSaysItIsGenerated) {
  const std::string ttl = turtle_of(testing::fixture_graph());
  EXPECT_TRUE(ttl.starts_with("# Generated by diplograph"));
  EXPECT_NE(ttl.find("@prefix dip: <https://diplograph.example.org/ontology#> ."),
            std::string::npos);
  // Abbreviated: the subject is written once per run of its triples.
  EXPECT_NE(ttl.find(" ;\n"), std::string::npos);
}

TEST(RdfExports, WriteBothFilesAtomically) {
  testing::ScratchDir dir("exports");
  write_rdf_exports(testing::fixture_graph(), kIris, dir.path());
  EXPECT_EQ(testing::read_file(dir.path() / "graph.ttl"), turtle_of(testing::fixture_graph()));
  EXPECT_EQ(testing::read_file(dir.path() / "graph.nt"), ntriples_of(testing::fixture_graph()));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
    ++files;
  EXPECT_EQ(files, 2u) << "temporary files left behind";
}

}  // namespace
}  // namespace diplograph
