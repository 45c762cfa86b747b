#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace diplograph {

// One token of a sentence. Words keep inner hyphens and apostrophes ("Jong-un",
// "bahu-membahu", "ke-75"); every other non-space character is punctuation of its own.
struct Token {
  enum class Kind { word, number, punctuation };
  Kind kind = Kind::word;
  Span span;           // into the document text
  std::string folded;  // Unicode case-folded surface form
  bool capitalised = false;  // first letter is upper case (a proper-name cue)

  bool is_word() const { return kind == Kind::word; }
  bool is(std::string_view folded_text) const { return folded == folded_text; }
};

// Tokenises `span` of `text`. Requires: `text` is valid UTF-8.
std::vector<Token> tokenize(std::string_view text, Span span);

}  // namespace diplograph
