#include "lexicon/lexicon_set.h"

#include "lexicon/tsv_table.h"
#include "text/diagnostic.h"
#include "text/utf8.h"

namespace diplograph {

LexiconSet LexiconSet::load(const std::filesystem::path& path) {
  LexiconSet set;
  if (std::filesystem::is_regular_file(path / "language.tsv")) {
    set.lexicons_.push_back(std::make_shared<const Lexicon>(Lexicon::load(path)));
    return set;
  }
  const TsvTable languages = TsvTable::load(path / "languages.tsv", 2);
  for (const TsvRow& row : languages.rows) {
    auto lexicon = std::make_shared<const Lexicon>(Lexicon::load(path / row.cells[1]));
    if (fold_case(lexicon->tag()) != fold_case(row.cells[0]))
      languages.fail(row, "the language.tsv of '" + row.cells[1] + "' says its tag is '" +
                              lexicon->tag() + "', not '" + row.cells[0] + "'");
    if (set.find(row.cells[0])) languages.fail(row, "language '" + row.cells[0] + "' listed twice");
    set.lexicons_.push_back(std::move(lexicon));
  }
  if (set.lexicons_.empty())
    throw InputError({(path / "languages.tsv").string(), 0, 0, Diagnostic::Severity::error,
                      "no language listed"});
  return set;
}

LexiconSet LexiconSet::of(const Lexicon& lexicon) {
  LexiconSet set;
  // Not owned: the caller keeps the lexicon alive.
  set.lexicons_.push_back(std::shared_ptr<const Lexicon>(&lexicon, [](const Lexicon*) {}));
  return set;
}

std::size_t LexiconSet::index_of(std::string_view tag) const {
  const std::string primary = fold_case(tag.substr(0, tag.find('-')));
  for (std::size_t i = 0; i < lexicons_.size(); ++i)
    if (fold_case(lexicons_[i]->tag()) == primary) return i;
  return std::string_view::npos;
}

const Lexicon* LexiconSet::find(std::string_view tag) const {
  const std::size_t index = index_of(tag);
  return index == std::string_view::npos ? nullptr : lexicons_[index].get();
}

std::string LexiconSet::tag_list() const {
  std::string list;
  for (const auto& lexicon : lexicons_) list += (list.empty() ? "" : ", ") + lexicon->tag();
  return list;
}

}  // namespace diplograph
