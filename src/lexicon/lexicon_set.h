#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"

namespace diplograph {

// The lexicons of every language a build reads, one per language tag, all drawing their
// actors from one shared gazetteer so that a state or organisation gets the same key (and
// IRI) whatever the language of the text naming it. The first language is the default: a
// text too short for its language to be told is read with it. Immutable after load.
class LexiconSet {
 public:
  // `path` is a lexicon root holding languages.tsv (tag, folder and optional detected_as
  // codes of each language, the default first), or one language's folder (with its language.tsv) to
  // read only that. Throws InputError naming file:line on a bad row.
  static LexiconSet load(const std::filesystem::path& path);
  // A set of the one lexicon given, which must outlive the set.
  static LexiconSet of(const Lexicon& lexicon);

  // The lexicon of `tag` ("en", "en-US", "EN": the primary subtag, any case), or null.
  const Lexicon* find(std::string_view tag) const;
  // The index of `tag`'s lexicon in languages(), or npos.
  std::size_t index_of(std::string_view tag) const;
  // The index of the lexicon that reads text a language detector called `detected`: the
  // lexicon of that tag, else the one whose languages.tsv row lists it as detected_as (a
  // close variety the detector confuses with it), else npos.
  std::size_t index_of_detected(std::string_view detected) const;
  const Lexicon& at(std::size_t index) const { return *lexicons_.at(index); }
  std::size_t size() const { return lexicons_.size(); }
  const Lexicon& default_lexicon() const { return *lexicons_.front(); }
  // "id, en": the tags, default first, for messages.
  std::string tag_list() const;

 private:
  std::vector<std::shared_ptr<const Lexicon>> lexicons_;
  // Primary subtags (case-folded) a detector gives text read by the lexicon of the same index.
  std::vector<std::vector<std::string>> detected_as_;
};

}  // namespace diplograph
