#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/string_hash.h"
#include "text/tokens.h"

class Hunspell;

namespace diplograph {

class Lexicon;

// What a lexicon knows of one word and its stems, as Lexicon::annotate copies it into each
// token of the word: worked out once per word a Stemmer meets, not once per occurrence.
struct WordFacts {
  std::uint64_t cue_classes = 0;       // the word's lexicon cue classes
  std::uint64_t stem_cue_classes = 0;  // the same over the word and all its stems
  std::uint8_t month = 0;              // 1..12 when the word names a month
  std::uint8_t weekday = 0;            // 1..7 when it names a day of the week
  bool stem_has_trigger = false;       // some stem (the word included) is a relation trigger
};

// A word the Stemmer has met: its stems and, once a lexicon has read it, what that lexicon
// knows of it. A lexicon used with a Stemmer must outlive that use: its address tags the
// facts it left.
struct StemmedWord {
  std::vector<std::string> stems;     // the word itself first
  const Lexicon* facts_of = nullptr;  // the lexicon `facts` come from; null until one has
  WordFacts facts;
};

// Indonesian stems through Hunspell and Debian's id_ID dictionary ("mengunjungi" ->
// "kunjung"), with a cache because news vocabulary repeats. Not thread-safe: give each
// worker thread its own Stemmer.
class Stemmer {
 public:
  // Loads `<dictionary>.aff` and `<dictionary>.dic`. Throws InputError when missing.
  explicit Stemmer(const std::filesystem::path& dictionary);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // All stems Hunspell proposes for a case-folded word, the word itself included.
  const std::vector<std::string>& stems(const std::string& folded_word);
  // The same for a token's word, using the hash tokenize() computed (Token::hash).
  const std::vector<std::string>& stems(const Token& token);
  // The cache entry of a token's word (stemmed on first meeting), where a lexicon keeps
  // what it knows of the word.
  StemmedWord& word(const Token& token);

 private:
  std::unique_ptr<Hunspell> hunspell_;
  // Looks `word` (whose hash is given) up in the cache, stemming it on a miss.
  StemmedWord& cached(const std::string& word, std::size_t hash);
  StringMap<StemmedWord> cache_;
};

// The Debian location of the Indonesian Hunspell dictionary, without extension.
std::filesystem::path default_hunspell_dictionary();

}  // namespace diplograph
