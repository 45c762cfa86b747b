#pragma once
#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extraction.h"
#include "lexicon/lexicon.h"

namespace diplograph {

// Finds the actors a sentence names, from the gazetteer and from the patterns of news
// language: organisation head nouns ("Kementerian Unifikasi Korea Selatan"), titles
// before a name ("Presiden Iran Ebrahim Raisi", "Menteri Luar Negeri Korea Utara, Choe Son
// Hui"), appositions after a name ("Yun Jung Ho, menteri ... Korea Utara,"), delegations
// ("Delegasi Pyongyang"), and short forms of persons already named ("Kim", "Putin").
// A const object over a shared Lexicon: safe to use from many threads.
class MentionFinder {
 public:
  explicit MentionFinder(const Lexicon& lexicon);

  // Appends the mentions of `sentences` (in order) to `out`. Two passes: names with
  // titles first, then short forms of the persons the document has named.
  void find(std::string_view text, const std::vector<AnalysedSentence>& sentences,
            std::vector<ActorMention>& out) const;

  // A single-word state or capital name that `word` misspells by one edit ("Pyogyang"),
  // when exactly one name is that close; the payload as in Lexicon::actor_names().
  std::optional<std::uint32_t> misspelt_state(const Token& word) const;

 private:
  // Single-word state names and capitals of six letters or more, for typo matching.
  struct FuzzyName {
    std::string folded;
    std::uint32_t payload;
    std::size_t order;         // its place in the lexicon's order
    std::uint64_t bytes_seen;  // byte_signature(folded)
  };
  const Lexicon& lexicon_;
  std::vector<FuzzyName> fuzzy_names_;  // grouped by first byte, then by length
  // First byte -> the [begin, end) range of fuzzy_names_ starting with it.
  std::array<std::pair<std::size_t, std::size_t>, 256> fuzzy_by_first_byte_{};
};

}  // namespace diplograph
