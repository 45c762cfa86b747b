#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace diplograph {

// Lines that belong to the page, not to the article: "Baca Juga: ...", photo credits,
// "Artikel ini telah lebih dulu tayang di ...". Loaded from ontology/lexicon/<lang>/.
struct BoilerplateRules {
  std::vector<std::string> line_prefixes;  // case-folded; a line starting with one is dropped
  std::vector<std::string> line_markers;   // case-folded; a line containing one is dropped
  std::vector<std::string> whole_lines;    // case-folded; a line equal to one is dropped
};

// Word-final abbreviations after which a full stop does not end a sentence ("Dr.", "No.").
struct SentenceRules {
  std::vector<std::string> abbreviations;  // case-folded, without the final dot
};

// One sentence of a document: its byte span (trimmed of surrounding white space) and
// the 0-based index of the paragraph (line) it belongs to.
struct Sentence {
  Span span;
  std::size_t paragraph = 0;
  bool is_title = false;  // the first paragraph of the document, when it is a headline
};

// Splits `text` into the sentences of the article: lines are paragraphs; boilerplate
// lines and repeated paragraphs are dropped; each paragraph is split with ICU's sentence
// rules, then rejoined where a break follows an abbreviation or an initial.
std::vector<Sentence> split_sentences(std::string_view text, const BoilerplateRules& boilerplate,
                                      const SentenceRules& rules);

// True when the line is page furniture according to `rules`.
bool is_boilerplate_line(std::string_view line, const BoilerplateRules& rules);

}  // namespace diplograph
