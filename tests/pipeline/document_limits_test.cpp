// The bounds on one document's cost (extract/extraction_limits.h): long sentences are read
// in pieces, a sentence's relations are capped with a warning, and a document over its
// time or memory budget is reported and skipped while the rest of the batch is built.
#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "extract/document_budget.h"
#include "lexicon/lexicon.h"
#include "pipeline/build_pipeline.h"
#include "shipped_lexicon.h"
#include "text/long_sentences.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

std::vector<Sentence> whole(std::string_view text) { return {Sentence{{0, text.size()}, 0}}; }

// The text without white space: what pieces must cover, in order.
std::string non_space(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += c;
  return out;
}

TEST(LongSentences, ShortSentencesAreKeptAsTheyAre) {
  const std::string text = "Satu dua tiga.";
  std::vector<Sentence> sentences = whole(text);
  EXPECT_EQ(cut_long_sentences(text, sentences, 64), 0u);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].span, (Span{0, text.size()}));
}

TEST(LongSentences, PiecesStayWithinTheLimitAndCoverTheSentenceInOrder) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "kata" + std::to_string(i) + (i % 7 == 6 ? ", " : " ");
  std::vector<Sentence> sentences = whole(text);
  EXPECT_EQ(cut_long_sentences(text, sentences, 100), 1u);
  ASSERT_GT(sentences.size(), 10u);
  std::string covered;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    EXPECT_LE(sentences[i].span.size(), 100u);
    if (i) {
      EXPECT_LE(sentences[i - 1].span.end, sentences[i].span.begin);
    }
    covered += non_space(sentences[i].span.of(text));
  }
  EXPECT_EQ(covered, non_space(text));
}

TEST(LongSentences, APieceEndsAtClausePunctuationWhenTheWindowHasSome) {
  const std::string text = std::string(70, 'a') + ", " + std::string(70, 'b');
  std::vector<Sentence> sentences = whole(text);
  cut_long_sentences(text, sentences, 100);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].span.of(text), std::string(70, 'a') + ",");
  EXPECT_EQ(sentences[1].span.of(text), std::string(70, 'b'));
}

TEST(LongSentences, NoPieceSplitsAUtf8Character) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "\xC3\xA9";  // é, no space anywhere
  std::vector<Sentence> sentences = whole(text);
  cut_long_sentences(text, sentences, 101);
  ASSERT_GT(sentences.size(), 1u);
  for (const Sentence& sentence : sentences) {
    EXPECT_LE(sentence.span.size(), 101u);
    EXPECT_FALSE(find_text_fault(sentence.span.of(text))) << sentence.span.begin;
  }
}

TEST(DocumentBudget, MemoryOverTheBudgetThrowsWithTheStage) {
  ExtractionLimits limits;
  limits.memory_budget_bytes = 1000;
  DocumentBudget budget(limits);
  budget.charge(600, ExtractionStage::tokens);
  try {
    budget.charge(600, ExtractionStage::mentions);
    FAIL() << "no throw";
  } catch (const BudgetExceeded& spent) {
    EXPECT_EQ(spent.resource, BudgetExceeded::Resource::memory_bytes);
    EXPECT_EQ(spent.budget, 1000u);
    EXPECT_EQ(spent.spent, 1200u);
    EXPECT_EQ(spent.stage, ExtractionStage::mentions);
  }
}

TEST(DocumentBudget, TimeOverTheBudgetThrowsAndZeroMeansNoLimit) {
  ExtractionLimits limits;
  limits.time_budget = std::chrono::milliseconds(1);
  const DocumentBudget budget(limits);
  limits.time_budget = std::chrono::milliseconds(0);
  limits.memory_budget_bytes = 0;
  DocumentBudget unlimited(limits);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_THROW(budget.check_time(ExtractionStage::relations), BudgetExceeded);
  EXPECT_NO_THROW(unlimited.check_time(ExtractionStage::relations));
  EXPECT_NO_THROW(unlimited.charge(std::size_t{1} << 40, ExtractionStage::tokens));
}

// Ten states that all condemn one another in one sentence: more relations than a small cap.
Document many_relations_document() {
  Document document;
  document.meta.id = "banyak.txt";
  document.text =
      "Amerika Serikat, Inggris, Prancis, Jerman, Jepang, Australia, Kanada, Italia, "
      "Belanda dan Spanyol mengecam Rusia, Iran, Korea Utara dan Suriah pada Senin.";
  return document;
}

Document ordinary_document() {
  Document document;
  document.meta.id = "biasa.txt";
  document.text = "Presiden Prancis Emmanuel Macron mengunjungi Vietnam pada 26 Januari 2024.";
  return document;
}

TEST(DocumentLimits, ASentenceYieldsAtMostTheCappedRelationsWithAWarning) {
  BuildOptions options;
  const BuildResult uncapped =
      build_graph_from_documents(testing::shipped_lexicon(), {many_relations_document()}, options);
  ASSERT_GT(uncapped.graph.event_count(), 3u);
  EXPECT_TRUE(uncapped.warnings.empty());
  options.limits.max_relations_per_sentence = 3;
  const BuildResult capped =
      build_graph_from_documents(testing::shipped_lexicon(), {many_relations_document()}, options);
  EXPECT_EQ(capped.graph.event_count(), 3u);
  ASSERT_EQ(capped.warnings.size(), 1u);
  EXPECT_EQ(capped.warnings[0].file, "banyak.txt");
  EXPECT_EQ(capped.warnings[0].severity, Diagnostic::Severity::warning);
  EXPECT_NE(capped.warnings[0].message.find("relation(s) dropped"), std::string::npos);
}

TEST(DocumentLimits, ASentenceIsStoredOnceHoweverManyRelationsItGives) {
  const BuildResult result = build_graph_from_documents(
      testing::shipped_lexicon(), {many_relations_document()}, BuildOptions{});
  ASSERT_GT(result.graph.event_count(), 3u);
  std::set<const std::string*> buffers;
  for (EventId id : result.graph.events_in_order())
    for (const Mention& mention : result.graph.graph()[id].mentions)
      buffers.insert(&mention.sentence.str());
  EXPECT_EQ(buffers.size(), 1u);
}

TEST(DocumentLimits, ADocumentOverItsMemoryBudgetIsSkippedAndTheBatchGoesOn) {
  BuildOptions options;
  options.limits.memory_budget_bytes = 20'000;
  Document large = many_relations_document();
  // Paragraphs that differ (a repeated paragraph is page furniture, read once).
  for (int i = 0; i < 20; ++i)
    large.text += "\nPada hari ke-" + std::to_string(i) + ", " + many_relations_document().text;
  const BuildResult result =
      build_graph_from_documents(testing::shipped_lexicon(), {large, ordinary_document()}, options);
  EXPECT_EQ(result.documents_read, 1u);
  EXPECT_EQ(result.documents_skipped, 1u);
  EXPECT_EQ(result.internal_errors, 0u);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].file, "banyak.txt");
  EXPECT_NE(result.diagnostics[0].message.find("memory budget"), std::string::npos);
  EXPECT_GT(result.graph.event_count(), 0u);
}

}  // namespace
}  // namespace diplograph
