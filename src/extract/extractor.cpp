#include "extract/extractor.h"

#include <algorithm>

#include "extract/document_budget.h"
#include "text/long_sentences.h"

namespace diplograph {
namespace {

// What a sentence's tokens hold, as the budget counts it.
std::size_t token_bytes(const std::vector<Token>& tokens) {
  std::size_t bytes = tokens.capacity() * sizeof(Token);
  for (const Token& token : tokens) bytes += token.folded.capacity();
  return bytes;
}

// Keeps the first `cap` relations of each sentence, in the order they were read; returns
// how many were dropped.
std::size_t cap_relations_per_sentence(std::vector<RelationCandidate>& relations,
                                       std::size_t sentences, std::size_t cap) {
  std::vector<std::size_t> kept(sentences, 0);
  const auto before = relations.size();
  std::erase_if(relations, [&](const RelationCandidate& relation) {
    return relation.sentence < sentences && ++kept[relation.sentence] > cap;
  });
  return before - relations.size();
}

}  // namespace

Extractor::Extractor(const Lexicon& lexicon, ExtractionLimits limits)
    : lexicon_(lexicon),
      limits_(limits),
      mentions_(lexicon),
      dates_(lexicon),
      relations_(lexicon) {}

DocumentExtraction Extractor::extract(const Document& document, Stemmer& stemmer) const {
  DocumentExtraction result;
  result.meta = document.meta;
  result.bytes = document.text.size();
  const std::string_view text = document.text;
  DocumentBudget budget(limits_);
  budget.charge(text.size(), ExtractionStage::sentences);

  std::vector<Sentence> split =
      split_sentences(text, lexicon_.boilerplate(), lexicon_.sentence_rules());
  result.sentences_cut = cut_long_sentences(text, split, limits_.max_sentence_bytes);
  budget.check_time(ExtractionStage::sentences);
  std::vector<AnalysedSentence> sentences;
  sentences.reserve(split.size());
  for (const Sentence& sentence : split) {
    sentences.push_back(
        {sentence.span, tokenize(text, sentence.span, lexicon_.clitics()), sentence.is_title});
    lexicon_.annotate(sentences.back().tokens, &stemmer);
    budget.charge(token_bytes(sentences.back().tokens), ExtractionStage::tokens);
    budget.check_time(ExtractionStage::tokens);
  }

  // The reference date: the publication date when given, else the latest full date the
  // page writes (datelines and captions included).
  std::optional<PartialDate> reference;
  if (!document.meta.published.empty()) reference = PartialDate::parse_iso(document.meta.published);
  if (!reference || !reference->day) {
    std::vector<std::vector<Token>> lines;
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find('\n', begin);
      if (end == std::string_view::npos) end = text.size();
      // Only numbers make a full date: a line of ASCII without digits can have none, and
      // need not be tokenised (other lines may hold digits of other scripts).
      const std::string_view line = text.substr(begin, end - begin);
      if (std::any_of(line.begin(), line.end(), [](char c) {
            return (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
          })) {
        lines.push_back(tokenize(text, {begin, end}, lexicon_.clitics()));
        lexicon_.annotate(lines.back(), nullptr);
        budget.charge(token_bytes(lines.back()), ExtractionStage::reference_date);
        budget.check_time(ExtractionStage::reference_date);
      }
      begin = end + 1;
    }
    reference = dates_.infer_reference(sentences, lines);
  }
  if (reference) result.reference_date = reference->iso();

  mentions_.find(text, sentences, result.mentions);
  budget.charge(result.mentions.capacity() * sizeof(ActorMention), ExtractionStage::mentions);
  budget.check_time(ExtractionStage::mentions);
  std::vector<std::vector<DateExpression>> dates;
  dates.reserve(sentences.size());
  for (const auto& sentence : sentences) {
    dates.push_back(dates_.find(sentence.tokens, reference));
    budget.check_time(ExtractionStage::dates);
  }
  result.group_members_dropped =
      relations_.find(sentences, dates, result.mentions, stemmer, result.relations);
  result.relations_dropped = cap_relations_per_sentence(result.relations, sentences.size(),
                                                        limits_.max_relations_per_sentence);
  budget.charge(result.relations.capacity() * sizeof(RelationCandidate),
                ExtractionStage::relations);
  budget.check_time(ExtractionStage::relations);

  for (const auto& sentence : sentences) {
    result.sentence_spans.push_back(sentence.span);
    result.sentence_texts.emplace_back(sentence.span.of(text));
  }
  return result;
}

}  // namespace diplograph
