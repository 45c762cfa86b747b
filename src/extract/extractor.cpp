#include "extract/extractor.h"

#include <algorithm>

namespace diplograph {

Extractor::Extractor(const Lexicon& lexicon)
    : lexicon_(lexicon), mentions_(lexicon), dates_(lexicon), relations_(lexicon) {}

DocumentExtraction Extractor::extract(const Document& document, Stemmer& stemmer) const {
  DocumentExtraction result;
  result.meta = document.meta;
  result.bytes = document.text.size();
  const std::string_view text = document.text;

  std::vector<AnalysedSentence> sentences;
  for (const Sentence& sentence :
       split_sentences(text, lexicon_.boilerplate(), lexicon_.sentence_rules())) {
    sentences.push_back(
        {sentence.span, tokenize(text, sentence.span, lexicon_.clitics()), sentence.is_title});
    lexicon_.annotate(sentences.back().tokens, &stemmer);
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
      }
      begin = end + 1;
    }
    reference = dates_.infer_reference(sentences, lines);
  }
  if (reference) result.reference_date = reference->iso();

  mentions_.find(text, sentences, result.mentions);
  std::vector<std::vector<DateExpression>> dates;
  dates.reserve(sentences.size());
  for (const auto& sentence : sentences) dates.push_back(dates_.find(sentence.tokens, reference));
  relations_.find(sentences, dates, result.mentions, stemmer, result.relations);

  for (const auto& sentence : sentences) {
    result.sentence_spans.push_back(sentence.span);
    result.sentence_texts.emplace_back(sentence.span.of(text));
  }
  return result;
}

}  // namespace diplograph
