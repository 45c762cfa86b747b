#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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

 private:
  std::unique_ptr<Hunspell> hunspell_;
  std::unordered_map<std::string, std::vector<std::string>> cache_;
};

// The Debian location of the Indonesian Hunspell dictionary, without extension.
std::filesystem::path default_hunspell_dictionary();

}  // namespace diplograph
