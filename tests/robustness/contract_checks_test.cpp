// Each contract check (DIPLOGRAPH_CONTRACT_CHECK) tripped on purpose: the violation is a
// ContractViolation naming the check's file and line, and the pipeline reports such a bug
// as an internal error, never as a bad document.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>

#include "export/export_set.h"
#include "export/ordered_pieces.h"
#include "export/output_lock.h"
#include "export/parallel_tasks.h"
#include "export/rdf/rdf_pass.h"
#include "graph/knowledge_graph.h"
#include "pipeline/build_pipeline.h"
#include "text/contract_check.h"
#include "text/diagnostic.h"
#include "text/long_sentences.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

// Runs `action`, which must trip a contract check in `file` (a path suffix).
template <typename Action>
void expect_violation_in(const std::string& file, Action action) {
  try {
    action();
    FAIL() << "no contract check tripped";
  } catch (const ContractViolation& violation) {
    EXPECT_TRUE(std::string(violation.where().file_name()).ends_with(file))
        << violation.where().file_name();
    EXPECT_GT(violation.where().line(), 0u);
    EXPECT_NE(std::string(violation.what()).find("contract violated: "), std::string::npos);
  }
}

TEST(ContractCheck, NamesTheConditionAndWhereItIs) {
  const unsigned line = __LINE__ + 2;
  try {
    DIPLOGRAPH_CONTRACT_CHECK(1 + 1 == 3);
    FAIL() << "no throw";
  } catch (const ContractViolation& violation) {
    EXPECT_EQ(violation.where().line(), line);
    EXPECT_NE(std::string(violation.what()).find("1 + 1 == 3"), std::string::npos);
  }
  EXPECT_NO_THROW(DIPLOGRAPH_CONTRACT_CHECK(1 + 1 == 2));
}

TEST(ContractCheck, EventBetweenActorsNotInTheGraph) {
  KnowledgeGraph graph;
  RelationEdge event;
  event.subject = "iran";
  event.object = "russia";
  expect_violation_in("src/graph/knowledge_graph.cpp", [&] { graph.add_event(event); });
}

TEST(ContractCheck, PiecesWrittenInOrderWithNoRoomAhead) {
  expect_violation_in("src/export/ordered_pieces.cpp", [] {
    write_pieces_in_order(
        3, 1, 2, 0, [](std::size_t, PieceTexts&) {}, [](std::size_t, const std::string&) {});
  });
}

TEST(ContractCheck, RangesOfNoItems) {
  expect_violation_in("src/export/parallel_tasks.cpp", [] {
    run_over_ranges(
        5, 2, [](std::size_t, std::size_t, std::size_t) {}, 0);
  });
}

TEST(ContractCheck, PiecesForNoFile) {
  expect_violation_in("src/export/ordered_pieces.cpp", [] {
    write_pieces_in_order(
        3, 0, 2, 4, [](std::size_t, PieceTexts&) {}, [](std::size_t, const std::string&) {});
  });
}

TEST(ContractCheck, PieceRenderedForAnotherNumberOfFiles) {
  expect_violation_in("src/export/ordered_pieces.cpp", [] {
    write_pieces_in_order(
        3, 2, 2, 4, [](std::size_t, PieceTexts& texts) { texts.resize(1); },
        [](std::size_t, const std::string&) {});
  });
}

TEST(ContractCheck, RdfPiecesOfZeroSubjects) {
  const KnowledgeGraph graph;
  const IriScheme iris;
  const rdf::SubjectTriples subjects(graph, iris);
  std::ostringstream turtle;
  expect_violation_in("src/export/rdf/rdf_pass.cpp",
                      [&] { rdf::write_rdf(subjects, iris, {.turtle = &turtle}, 2, 0); });
}

TEST(ContractCheck, TokenSpanOutsideTheText) {
  expect_violation_in("src/text/tokens.cpp", [] { tokenize("kata", Span{2, 10}); });
  expect_violation_in("src/text/tokens.cpp", [] { tokenize("kata", Span{3, 1}); });
}

TEST(ContractCheck, AsciiFoldingOfTextOutsideAscii) {
  std::string folded;
  expect_violation_in("src/text/utf8.cpp", [&] { fold_ascii_case("\xC3\x89MILE", folded); });
}

TEST(ContractCheck, SentenceLimitTooSmallToHoldACharacter) {
  std::vector<Sentence> sentences{Sentence{{0, 4}, 0}};
  expect_violation_in("src/text/long_sentences.cpp",
                      [&] { cut_long_sentences("kata", sentences, 8); });
}

TEST(ContractCheck, ExportFileOutsideItsSet) {
  const auto parent =
      std::filesystem::temp_directory_path() /
      ("contract-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(parent);
  {
    const OutputDirectoryLock lock(parent / "out", OutputDirectoryLock::Wait::no);
    StagedExportSet set(parent / "out", lock);
    const auto write_nothing = [](std::ostream&) {};
    expect_violation_in("src/export/export_set.cpp", [&] {
      set.write({"../escape", write_nothing});
    });
    expect_violation_in("src/export/export_set.cpp", [&] { set.write({"/etc/x", write_nothing}); });
    EXPECT_FALSE(std::filesystem::exists(parent / "escape"));
  }
  std::filesystem::remove_all(parent);
}

TEST(InternalErrors, ABugIsReportedAsABugNotAsBadInput) {
  const Diagnostic origin{"corpus/a.txt", 0, 0, Diagnostic::Severity::error, ""};
  bool internal = false;
  const auto contract = describe_extraction_failure(
      std::make_exception_ptr(ContractViolation("x", DIPLOGRAPH_HERE)), origin, internal);
  EXPECT_TRUE(internal);
  EXPECT_EQ(contract.file, "corpus/a.txt");
  EXPECT_EQ(contract.message.rfind("internal error (a bug in diplograph", 0), 0u)
      << contract.message;
  // What "٣" did through std::stoi: a library exception from a bug.
  describe_extraction_failure(std::make_exception_ptr(std::out_of_range("stoi")), origin, internal);
  EXPECT_TRUE(internal);
  const auto input = describe_extraction_failure(
      std::make_exception_ptr(InputError({"a.txt", 3, 1, Diagnostic::Severity::error, "bad"})),
      origin, internal);
  EXPECT_FALSE(internal);
  EXPECT_EQ(input.message, "bad; skipped");
}

}  // namespace
}  // namespace diplograph
