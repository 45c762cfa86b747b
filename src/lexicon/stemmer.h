#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/string_hash.h"
#include "text/tokens.h"

class Hunspell;

namespace diplograph {

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

 private:
  std::unique_ptr<Hunspell> hunspell_;
  // Looks `word` (whose hash is given) up in the cache, stemming it on a miss.
  const std::vector<std::string>& cached(const std::string& word, std::size_t hash);
  StringMap<std::vector<std::string>> cache_;
};

// The Debian location of the Indonesian Hunspell dictionary, without extension.
std::filesystem::path default_hunspell_dictionary();

}  // namespace diplograph
