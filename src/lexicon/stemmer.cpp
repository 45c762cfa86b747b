#include "lexicon/stemmer.h"

#include <algorithm>
#include <functional>
#include <hunspell/hunspell.hxx>
#include <mutex>
#include <string_view>

#include "text/diagnostic.h"

namespace diplograph {

std::filesystem::path default_hunspell_dictionary() { return "/usr/share/hunspell/id_ID"; }

namespace {
// Hunspell keeps one process-wide table for UTF-8 dictionaries (en_US), counted by the
// instances made and destroyed without a lock: two threads making their stemmers at once
// leak it or free it under the other. Making and destroying one Hunspell is serialised;
// stemming itself touches only the instance.
std::mutex& hunspell_lifetime_mutex() {
  static std::mutex mutex;
  return mutex;
}
}  // namespace

Stemmer::Stemmer(const std::filesystem::path& dictionary) {
  const auto aff = dictionary.string() + ".aff";
  const auto dic = dictionary.string() + ".dic";
  for (const auto& file : {aff, dic}) {
    if (!std::filesystem::exists(file)) {
      throw InputError({file, 0, 0, Diagnostic::Severity::error,
                        "Hunspell dictionary not found (Debian package hunspell-id)"});
    }
  }
  const std::lock_guard lock(hunspell_lifetime_mutex());
  hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

Stemmer::~Stemmer() {
  const std::lock_guard lock(hunspell_lifetime_mutex());
  hunspell_.reset();
}

const std::vector<std::string>& Stemmer::stems(const std::string& folded_word) {
  return cached(folded_word, std::hash<std::string_view>{}(folded_word)).stems;
}

const std::vector<std::string>& Stemmer::stems(const Token& token) {
  return cached(token.folded, token.hash).stems;
}

StemmedWord& Stemmer::word(const Token& token) { return cached(token.folded, token.hash); }

StemmedWord& Stemmer::cached(const std::string& word, std::size_t hash) {
  if (auto found = cache_.find(HashedWord{word, hash}); found != cache_.end()) return found->second;
  StemmedWord entry;
  entry.stems.push_back(word);
  for (std::string& stem : hunspell_->stem(word)) {
    if (std::find(entry.stems.begin(), entry.stems.end(), stem) == entry.stems.end())
      entry.stems.push_back(std::move(stem));
  }
  return cache_.emplace(word, std::move(entry)).first->second;
}

}  // namespace diplograph
