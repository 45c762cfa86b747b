#include "extraction_check.h"

#include <memory>

#include "extract/extractor.h"
#include "text/utf8.h"

namespace diplograph::fuzz {
namespace {

// The lexicon and the Hunspell dictionary take far longer to load than one input takes
// to extract, so they are loaded once per process.
const Extractor& extractor() {
  static const Lexicon lexicon = Lexicon::load(default_lexicon_directory());
  static const Extractor loaded(lexicon);
  return loaded;
}

// The Stemmer caches every word it has seen; fuzzed words are nearly all new, so a
// long run would grow the cache until -rss_limit_mb stops it. A fresh Stemmer every so
// many inputs bounds it without changing any result (the cache only saves time).
Stemmer& stemmer() {
  constexpr int kInputsPerStemmer = 20000;
  static std::unique_ptr<Stemmer> current;
  static int uses = 0;
  if (!current || ++uses == kInputsPerStemmer) {
    current = std::make_unique<Stemmer>(default_hunspell_dictionary());
    uses = 0;
  }
  return *current;
}

bool inside(const Span& span, std::size_t size) {
  return span.begin <= span.end && span.end <= size;
}

}  // namespace

void extract_and_check(const Document& document) {
  require(to_nfc(document.text) == document.text, "a reader returned text that is not NFC");
  const DocumentExtraction result = extractor().extract(document, stemmer());
  const std::size_t size = document.text.size();

  require(result.sentence_spans.size() == result.sentence_texts.size(),
          "one text per sentence span");
  for (std::size_t i = 0; i < result.sentence_spans.size(); ++i) {
    require(inside(result.sentence_spans[i], size), "sentence span inside the text");
    require(!find_text_fault(result.sentence_texts[i]), "sentence text is valid UTF-8");
  }
  const std::size_t mentions = result.mentions.size();
  for (const ActorMention& mention : result.mentions) {
    require(mention.sentence < result.sentence_spans.size(), "mention in a known sentence");
    require(inside(mention.span, size), "mention span inside the text");
    require(result.sentence_spans[mention.sentence].contains(mention.span),
            "mention span inside its sentence");
    require(mention.first_token < mention.end_token, "mention covers a token");
    require(!find_text_fault(mention.surface), "mention surface is valid UTF-8");
    require(mention.belongs_to == SIZE_MAX || mention.belongs_to < mentions,
            "belongs_to names a mention");
    require(mention.led_by == SIZE_MAX || mention.led_by < mentions, "led_by names a mention");
  }
  for (const RelationCandidate& relation : result.relations) {
    require(relation.subject < mentions && relation.object < mentions,
            "relation arguments name mentions");
    require(relation.sentence < result.sentence_spans.size(), "relation in a known sentence");
    require(inside(relation.trigger, size), "relation trigger inside the text");
  }
}

}  // namespace diplograph::fuzz
