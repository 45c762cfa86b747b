#include "lexicon/phrase_index.h"

#include <algorithm>

namespace diplograph {

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Token& token : tokenize(phrase, {0, phrase.size()})) words.push_back(token.folded);
  return words;
}

void PhraseIndex::add(std::string_view phrase, std::uint32_t payload) {
  auto words = phrase_words(phrase);
  if (words.empty()) return;
  auto& bucket = by_first_word_[words.front()];
  for (const Entry& entry : bucket)
    if (entry.words == words && entry.payload == payload) return;
  const std::size_t second_word_hash =
      words.size() > 1 ? std::hash<std::string_view>{}(words[1]) : 0;
  bucket.push_back({std::move(words), payload, second_word_hash});
  // Longest first, so the first full match is the longest.
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
  ++count_;
}

const std::vector<PhraseIndex::Entry>* PhraseIndex::entries_at(const std::vector<Token>& tokens,
                                                               std::size_t at) const {
  if (at >= tokens.size()) return nullptr;
  const Token& token = tokens[at];
  return by_first_word_.find(HashedWord{token.folded, token.hash});
}

bool PhraseIndex::matches_at(const Entry& entry, const std::vector<Token>& tokens, std::size_t at) {
  if (at + entry.words.size() > tokens.size()) return false;
  if (entry.words.size() > 1 && tokens[at + 1].hash != entry.second_word_hash) return false;
  for (std::size_t k = 1; k < entry.words.size(); ++k)
    if (tokens[at + k].folded != entry.words[k]) return false;
  return true;
}

std::vector<PhraseIndex::Match> PhraseIndex::all_known_at(const std::vector<Token>& tokens,
                                                          std::size_t at) const {
  std::vector<Match> matches;
  if (const auto* entries = entries_at(tokens, at))
    for (const Entry& entry : *entries)
      if (matches_at(entry, tokens, at)) matches.push_back({entry.words.size(), entry.payload});
  return matches;
}

PhraseIndex::Match PhraseIndex::longest_known_at(const std::vector<Token>& tokens,
                                                 std::size_t at) const {
  // Entries are longest first, so the first that matches is the answer: no list is built.
  if (const auto* entries = entries_at(tokens, at))
    for (const Entry& entry : *entries)
      if (matches_at(entry, tokens, at)) return {entry.words.size(), entry.payload};
  return {};
}

}  // namespace diplograph
