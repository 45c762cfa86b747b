#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/string_hash.h"
#include "text/tokens.h"

namespace diplograph {

// A multi-word phrase dictionary over case-folded tokens, for longest-match lookup.
// Each phrase carries a payload (an index into the owner's table). Immutable once built;
// safe to read from many threads.
class PhraseIndex {
 public:
  struct Match {
    std::size_t length = 0;  // tokens matched; 0 when nothing matched
    std::uint32_t payload = 0;
  };

  // Adds `phrase` (tokenised and case-folded here) with `payload`.
  void add(std::string_view phrase, std::uint32_t payload);
  // The longest phrase starting at tokens[at], or length 0. Inline up to the filter: the
  // rules ask at nearly every token, and most tokens start no phrase.
  Match longest_at(const std::vector<Token>& tokens, std::size_t at) const {
    return may_start_at(tokens, at) ? longest_known_at(tokens, at) : Match{};
  }
  // Every phrase starting at tokens[at], longest first.
  std::vector<Match> all_at(const std::vector<Token>& tokens, std::size_t at) const {
    return may_start_at(tokens, at) ? all_known_at(tokens, at) : std::vector<Match>{};
  }
  std::size_t size() const { return count_; }
  // The hashes of the phrases' first words (Token::hash): a word it turns away starts none.
  const HashFilter& first_word_filter() const { return by_first_word_.filter(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    std::uint32_t payload;
    // Token::hash of words[1] (0 for a one-word phrase): most entries of a bucket are turned
    // away at their second word, which this answers without reaching `words`.
    std::size_t second_word_hash = 0;
  };
  // False when no phrase starts with tokens[at]'s word; true when one may.
  bool may_start_at(const std::vector<Token>& tokens, std::size_t at) const {
    return at < tokens.size() && by_first_word_.may_contain(tokens[at].hash);
  }
  Match longest_known_at(const std::vector<Token>& tokens, std::size_t at) const;
  std::vector<Match> all_known_at(const std::vector<Token>& tokens, std::size_t at) const;
  // The entries whose first word is tokens[at]'s, or null.
  const std::vector<Entry>* entries_at(const std::vector<Token>& tokens, std::size_t at) const;
  static bool matches_at(const Entry& entry, const std::vector<Token>& tokens, std::size_t at);
  FilteredStringMap<std::vector<Entry>> by_first_word_;
  std::size_t count_ = 0;
};

// The case-folded word tokens of a phrase ("Korea Utara" -> {"korea", "utara"}).
std::vector<std::string> phrase_words(std::string_view phrase);

}  // namespace diplograph
