#pragma once
#include <cstdint>
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
  Span span;                 // into the document text
  std::string folded;        // Unicode case-folded surface form
  bool capitalised = false;  // first letter is upper case (a proper-name cue)
  // std::hash<std::string_view> of `folded`, computed once: the lexicon looks every token
  // up in several tables, many times over.
  std::size_t hash = 0;

  // What the lexicon knows of this word, filled in by Lexicon::annotate so the rules, which
  // ask about the same token again and again, look it up once. Valid only when `annotated`
  // (respectively `stems_annotated`); the lexicon's look-ups fall back to the tables when not.
  bool annotated = false;
  bool stems_annotated = false;
  std::uint8_t month = 0;              // 1..12 when the word names a month
  std::uint8_t weekday = 0;            // 1..7 when it names a day of the week
  std::uint64_t cue_classes = 0;       // bit set of the word's lexicon cue classes
  std::uint64_t stem_cue_classes = 0;  // the same over the word and all its stems
  bool stem_has_trigger = false;       // some stem (the word included) is a relation trigger

  bool is_word() const { return kind == Kind::word; }
  bool is(std::string_view folded_text) const { return folded == folded_text; }
};

// Tokenises `span` of `text`. Requires: `text` is valid UTF-8 and `span` lies within it
// (checked). A word ending in one of `clitics` (case-folded, each starting with a joiner such
// as the apostrophe: an English possessive "'s") is split in two: the word, then the clitic
// as a punctuation token ("Russia's" -> "Russia", "'s").
std::vector<Token> tokenize(std::string_view text, Span span,
                            const std::vector<std::string>& clitics = {});

}  // namespace diplograph
