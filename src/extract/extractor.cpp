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

  // Lines that hold no sentence (datelines, captions and other furniture the splitter drops)
  // may still write the date the page is about; the sentences' own tokens serve for the rest.
  // Only numbers make a full date: a line of ASCII without digits can have none, and need not
  // be tokenised (other lines may hold digits of other scripts).
  std::optional<PartialDate> published;
  if (!document.meta.published.empty()) published = PartialDate::parse_iso(document.meta.published);
  std::vector<std::vector<Token>> lines_without_sentence;
  if (!published || !published->day) {
    std::size_t next_sentence = 0;
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find('\n', begin);
      if (end == std::string_view::npos) end = text.size();
      while (next_sentence < sentences.size() && sentences[next_sentence].span.begin < begin)
        ++next_sentence;
      const bool has_sentence =
          next_sentence < sentences.size() && sentences[next_sentence].span.begin < end;
      const std::string_view line = text.substr(begin, end - begin);
      if (!has_sentence && std::any_of(line.begin(), line.end(), [](char c) {
            return (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
          })) {
        lines_without_sentence.push_back(tokenize(text, {begin, end}, lexicon_.clitics()));
        lexicon_.annotate(lines_without_sentence.back(), nullptr);
        budget.charge(token_bytes(lines_without_sentence.back()), ExtractionStage::reference_date);
        budget.check_time(ExtractionStage::reference_date);
      }
      begin = end + 1;
    }
  }

  mentions_.find(text, sentences, result.mentions);
  budget.charge(result.mentions.capacity() * sizeof(ActorMention), ExtractionStage::mentions);
  budget.check_time(ExtractionStage::mentions);
  DocumentDates dates = dates_.read_document(sentences, lines_without_sentence, published,
                                             [&] { budget.check_time(ExtractionStage::dates); });
  if (dates.reference) result.reference_date = dates.reference->iso();
  result.group_members_dropped =
      relations_.find(sentences, dates.by_sentence, result.mentions, stemmer, result.relations);
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
