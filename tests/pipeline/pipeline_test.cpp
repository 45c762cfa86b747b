// Unit tests of src/pipeline: reading documents from disk (with every way a file can be
// unusable) and building the graph over a directory with any number of worker threads.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "graph/knowledge_graph.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"
#include "pipeline/build_pipeline.h"
#include "pipeline/document_reader.h"
#include "shipped_lexicon.h"

namespace diplograph {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = fs::temp_directory_path() /
            ("diplograph-pipeline-test-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }
  fs::path write(const std::string& name, const std::string& bytes) const {
    const fs::path file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    return file;
  }

 private:
  fs::path path_;
};

const std::string kGoodArticle =
    "Macron ke Vietnam\n"
    "Presiden Prancis Emmanuel Macron mengunjungi Vietnam pada 26 Januari 2024.\n"
    "Macron bertemu Presiden Vietnam Vo Van Thuong di istana kepresidenan.\n";

// --- read_text_document ------------------------------------------------------------------

TEST(ReadTextDocument, GoodFileIsNormalised) {
  TempDir dir;
  // BOM, CRLF and a decomposed "é" (e + U+0301).
  const fs::path file =
      dir.write("berita.txt", "\xEF\xBB\xBFKafe di Hanoi\r\nCafe\xCC\x81 itu ramai.\r\n");
  Diagnostic problem;
  const auto document = read_text_document(file, {}, problem);
  ASSERT_TRUE(document.has_value()) << problem.to_string();
  EXPECT_EQ(document->meta.id, "berita.txt");
  EXPECT_EQ(document->text, "Kafe di Hanoi\nCaf\xC3\xA9 itu ramai.\n");
}

TEST(ReadTextDocument, InvalidUtf8NamesFileLineAndColumn) {
  TempDir dir;
  const fs::path file = dir.write("rusak.txt",
                                  "Baris pertama.\nBaris ke\xFF"
                                  "dua.\n");
  Diagnostic problem;
  EXPECT_FALSE(read_text_document(file, {}, problem).has_value());
  EXPECT_EQ(problem.file, file.string());
  EXPECT_EQ(problem.line, 2u);
  EXPECT_EQ(problem.column, 9u);
  EXPECT_EQ(problem.severity, Diagnostic::Severity::error);
  const std::string text = problem.to_string();
  EXPECT_EQ(text.rfind(file.string() + ":2:9: error: ", 0), 0u) << text;
  EXPECT_NE(text.find("UTF-8"), std::string::npos) << text;
}

// The sidecar's JSON goes through the same parser as a JSON Lines record: a number it
// cannot hold (out_of_range, not parse_error) skips the document instead of throwing.
TEST(ReadTextDocument, SidecarNumberBeyondDoubleSkipsTheDocument) {
  TempDir dir;
  const fs::path file = dir.write("berita.txt", "Presiden Jokowi mengunjungi Canberra.\n");
  const fs::path sidecar = dir.write("berita.meta.json", R"({"published":"2024-02-05","x":1e999})");
  Diagnostic problem;
  std::optional<Document> document;
  EXPECT_NO_THROW(document = read_text_document(file, {}, problem));
  EXPECT_FALSE(document.has_value());
  EXPECT_EQ(problem.file, sidecar.string());
  EXPECT_NE(problem.message.find("skipped"), std::string::npos) << problem.to_string();
}

TEST(ReadTextDocument, NulBytesMeanBinary) {
  TempDir dir;
  // UTF-16 text read as bytes: ASCII letters with NULs between them.
  const fs::path file = dir.write("utf16.txt", "J\0e\0p\0a\0n\0g\0"s);
  Diagnostic problem;
  EXPECT_FALSE(read_text_document(file, {}, problem).has_value());
  EXPECT_EQ(problem.file, file.string());
  EXPECT_EQ(problem.line, 1u);
  EXPECT_EQ(problem.column, 2u);
  EXPECT_NE(problem.message.find("NUL"), std::string::npos) << problem.to_string();
  EXPECT_NE(problem.message.find("binary"), std::string::npos) << problem.to_string();
}

TEST(ReadTextDocument, EmptyAndBlankFilesAreSkipped) {
  TempDir dir;
  Diagnostic problem;
  EXPECT_FALSE(read_text_document(dir.write("kosong.txt", ""), {}, problem).has_value());
  EXPECT_NE(problem.message.find("empty"), std::string::npos) << problem.to_string();
  EXPECT_FALSE(read_text_document(dir.write("spasi.txt", "  \n\t\r\n"), {}, problem).has_value());
  EXPECT_NE(problem.message.find("empty"), std::string::npos) << problem.to_string();
}

TEST(ReadTextDocument, OverSizeFileIsSkipped) {
  TempDir dir;
  const fs::path file = dir.write("panjang.txt", std::string(2000, 'a'));
  ReadOptions options;
  options.max_document_bytes = 1000;
  Diagnostic problem;
  EXPECT_FALSE(read_text_document(file, options, problem).has_value());
  EXPECT_EQ(problem.file, file.string());
  EXPECT_NE(problem.message.find("2000"), std::string::npos) << problem.to_string();
  // The same file under a higher limit is fine.
  options.max_document_bytes = 2000;
  EXPECT_TRUE(read_text_document(file, options, problem).has_value()) << problem.to_string();
}

TEST(ReadTextDocument, AFileLongerThanItsSizeSaidIsReadWhole) {
  // Linux's /proc files say they are empty and are not: the same as a file that grew
  // between the size check and the reading.
  const fs::path file = "/proc/version";
  if (!fs::exists(file) || fs::file_size(file) != 0) GTEST_SKIP() << "no /proc/version of size 0";
  std::ifstream in(file);
  std::string expected;
  std::getline(in, expected);
  ASSERT_FALSE(expected.empty());
  Diagnostic problem;
  const auto document = read_text_document(file, {}, problem);
  ASSERT_TRUE(document.has_value()) << problem.to_string();
  EXPECT_EQ(document->text.substr(0, expected.size()), expected);
}

TEST(ReadTextDocument, MissingFileIsADiagnosticNotAnException) {
  TempDir dir;
  Diagnostic problem;
  EXPECT_FALSE(read_text_document(dir.path() / "hilang.txt", {}, problem).has_value());
  EXPECT_EQ(problem.file, (dir.path() / "hilang.txt").string());
  EXPECT_FALSE(problem.message.empty());
}

TEST(MakeDocument, SameChecksForBytesInMemory) {
  Diagnostic problem;
  DocumentMetadata meta;
  meta.id = "stdin-1";
  EXPECT_FALSE(make_document("a\nb\xC3", meta, "<stdin>", {}, problem).has_value());
  EXPECT_EQ(problem.file, "<stdin>");
  EXPECT_EQ(problem.line, 2u);
  EXPECT_EQ(problem.column, 2u);
  const auto document = make_document("Jepang protes.\r\n", meta, "<stdin>", {}, problem);
  ASSERT_TRUE(document.has_value());
  EXPECT_EQ(document->meta.id, "stdin-1");
  EXPECT_EQ(document->text, "Jepang protes.\n");
}

// --- list_text_files ---------------------------------------------------------------------

TEST(ListTextFiles, FindsTxtFilesRecursivelyInSortedOrderAndReportsMissingInputs) {
  TempDir dir;
  fs::create_directories(dir.path() / "sub");
  dir.write("b.txt", "b");
  dir.write("a.txt", "a");
  dir.write("catatan.md", "bukan teks berita");
  std::ofstream(dir.path() / "sub" / "c.txt") << "c";
  std::vector<Diagnostic> diagnostics;
  const auto files =
      list_text_files({dir.path(), dir.path() / "hilang.txt", dir.path() / "a.txt"}, diagnostics);
  const std::vector<fs::path> expected = {dir.path() / "a.txt", dir.path() / "b.txt",
                                          dir.path() / "sub" / "c.txt"};
  EXPECT_EQ(files, expected);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].file, (dir.path() / "hilang.txt").string());
  EXPECT_NE(diagnostics[0].message.find("no such file"), std::string::npos);
}

// --- build_graph -------------------------------------------------------------------------

BuildOptions options_with(unsigned jobs) {
  BuildOptions options;
  options.jobs = jobs;
  return options;
}

TEST(BuildGraph, GoodFileIsReadAndBadOnesAreSkippedInInputOrder) {
  TempDir dir;
  dir.write("a_baik.txt", kGoodArticle);
  const fs::path invalid = dir.write("b_rusak.txt",
                                     "Jepang\nprotes ke\xFF"
                                     "ras.\n");
  const fs::path binary = dir.write("c_biner.txt", "abc\0def"s);
  const fs::path empty = dir.write("d_kosong.txt", "");
  const fs::path big = dir.write("e_besar.txt", std::string(5000, 'x'));
  BuildOptions options = options_with(2);
  options.read.max_document_bytes = 4000;
  const BuildResult result =
      build_graph(testing::shipped_lexicon(), {dir.path(), dir.path() / "hilang.txt"}, options);

  EXPECT_EQ(result.documents_read, 1u);
  EXPECT_EQ(result.documents_skipped, 5u);
  ASSERT_EQ(result.diagnostics.size(), 5u);
  // The missing input is found while listing, before any file is read.
  EXPECT_EQ(result.diagnostics[0].file, (dir.path() / "hilang.txt").string());
  EXPECT_EQ(result.diagnostics[1].file, invalid.string());
  EXPECT_EQ(result.diagnostics[1].line, 2u);
  EXPECT_EQ(result.diagnostics[1].column, 10u);
  EXPECT_EQ(result.diagnostics[2].file, binary.string());
  EXPECT_EQ(result.diagnostics[3].file, empty.string());
  EXPECT_EQ(result.diagnostics[4].file, big.string());

  ASSERT_EQ(result.graph.documents().size(), 1u);
  EXPECT_EQ(result.graph.documents().begin()->first, "a_baik.txt");
  const auto macron = result.graph.find_actor("emmanuel-macron");
  ASSERT_TRUE(macron.has_value());
  EXPECT_EQ(result.graph.graph()[*macron].documents, (std::set<std::string>{"a_baik.txt"}));
  bool visit = false;
  for (const EventId id : result.graph.events_in_order())
    visit |= result.graph.graph()[id].event_key() == "visit|emmanuel-macron|vietnam|2024-01-26";
  EXPECT_TRUE(visit);
}

TEST(BuildGraph, ProgressIsReportedForEveryInput) {
  TempDir dir;
  dir.write("a.txt", kGoodArticle);
  dir.write("b.txt", "");
  std::vector<std::size_t> done;
  build_graph(testing::shipped_lexicon(), {dir.path()}, options_with(1),
              [&](std::size_t d, std::size_t total) {
                EXPECT_EQ(total, 2u);
                done.push_back(d);
              });
  EXPECT_EQ(done, (std::vector<std::size_t>{1, 2}));
}

using ActorSummary =
    std::tuple<std::string, std::string, std::set<std::string>, std::set<std::string>>;
using EventSummary = std::tuple<std::string, std::string, std::vector<Mention>>;

std::vector<ActorSummary> actors_of(const KnowledgeGraph& graph) {
  std::vector<ActorSummary> out;
  for (const ActorId id : graph.actors_in_order()) {
    const ActorVertex& a = graph.graph()[id];
    out.emplace_back(a.key, a.label, a.names, a.documents);
  }
  return out;
}

std::vector<EventSummary> events_of(const KnowledgeGraph& graph) {
  std::vector<EventSummary> out;
  for (const EventId id : graph.events_in_order()) {
    const RelationEdge& e = graph.graph()[id];
    out.emplace_back(e.event_key(), std::string(name_of(e.modality)), e.mentions);
  }
  return out;
}

TEST(BuildGraph, SameGraphWhateverTheNumberOfJobs) {
  const fs::path corpus = fs::path(DIPLOGRAPH_TEST_SOURCE_DIR) / "tests" / "corpus";
  ASSERT_TRUE(fs::is_directory(corpus)) << corpus;
  const BuildResult one = build_graph(testing::shipped_lexicon(), {corpus}, options_with(1));
  const BuildResult two = build_graph(testing::shipped_lexicon(), {corpus}, options_with(2));
  const BuildResult four = build_graph(testing::shipped_lexicon(), {corpus}, options_with(4));
  EXPECT_GT(one.documents_read, 1u);
  EXPECT_GT(one.graph.event_count(), 0u);  // the comparison below is not between empty graphs
  EXPECT_EQ(one.documents_read, two.documents_read);
  EXPECT_EQ(actors_of(one.graph), actors_of(two.graph));
  EXPECT_EQ(events_of(one.graph), events_of(two.graph));
  EXPECT_EQ(actors_of(one.graph), actors_of(four.graph));
  EXPECT_EQ(events_of(one.graph), events_of(four.graph));
}

TEST(BuildGraph, SameGraphWhateverTheWindowOfDocuments) {
  // Folding one document at a time must give the graph of folding them all at once.
  const fs::path corpus = fs::path(DIPLOGRAPH_TEST_SOURCE_DIR) / "tests" / "corpus";
  BuildOptions one_at_a_time = options_with(2);
  one_at_a_time.documents_per_window = 1;
  BuildOptions all_at_once = options_with(2);
  all_at_once.documents_per_window = 1000;
  const BuildResult small = build_graph(testing::shipped_lexicon(), {corpus}, one_at_a_time);
  const BuildResult large = build_graph(testing::shipped_lexicon(), {corpus}, all_at_once);
  EXPECT_GT(small.graph.event_count(), 0u);
  EXPECT_EQ(small.documents_read, large.documents_read);
  EXPECT_EQ(actors_of(small.graph), actors_of(large.graph));
  EXPECT_EQ(events_of(small.graph), events_of(large.graph));
}

TEST(BuildGraphFromDocuments, InMemoryDocumentsGiveTheSameGraphAsFiles) {
  TempDir dir;
  dir.write("a_baik.txt", kGoodArticle);
  const BuildResult from_files =
      build_graph(testing::shipped_lexicon(), {dir.path()}, options_with(1));
  Document document;
  document.meta.id = "a_baik.txt";
  document.text = kGoodArticle;
  const BuildResult from_memory =
      build_graph_from_documents(testing::shipped_lexicon(), {document}, options_with(1));
  EXPECT_EQ(from_memory.documents_read, 1u);
  EXPECT_EQ(actors_of(from_files.graph), actors_of(from_memory.graph));
  EXPECT_EQ(events_of(from_files.graph), events_of(from_memory.graph));
}

}  // namespace
}  // namespace diplograph
