#include "lexicon/lexicon_set.h"

#include <algorithm>

#include "lexicon/tsv_table.h"
#include "text/diagnostic.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

// The case-folded primary subtag of a language tag: "en-US" -> "en".
std::string primary_subtag(std::string_view tag) { return fold_case(tag.substr(0, tag.find('-'))); }

// The codes of a detected_as cell ("ms|zlm"): each its primary subtag.
std::vector<std::string> detected_codes(const std::string& cell) {
  std::vector<std::string> codes;
  for (const std::string& code : split_alternatives(cell)) codes.push_back(primary_subtag(code));
  return codes;
}

}  // namespace

LexiconSet LexiconSet::load(const std::filesystem::path& path) {
  LexiconSet set;
  if (std::filesystem::is_regular_file(path / "language.tsv")) {
    set.lexicons_.push_back(std::make_shared<const Lexicon>(Lexicon::load(path)));
    set.detected_as_.emplace_back();
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
    set.detected_as_.emplace_back();
    if (row.cells.size() > 2) set.detected_as_.back() = detected_codes(row.cells[2]);
  }
  // Each detected code must name one lexicon: a language read by its own lexicon, or listed
  // once, so that where a detected text goes never depends on the order of the rows.
  for (std::size_t i = 0; i < set.lexicons_.size(); ++i)
    for (const std::string& code : set.detected_as_[i]) {
      const TsvRow& row = languages.rows[i];
      if (set.index_of(code) != std::string_view::npos)
        languages.fail(row, "detected_as '" + code + "' is a language with its own lexicon");
      for (std::size_t j = 0; j < set.lexicons_.size(); ++j)
        if (j != i && std::count(set.detected_as_[j].begin(), set.detected_as_[j].end(), code))
          languages.fail(row, "detected_as '" + code + "' listed for two languages");
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
  set.detected_as_.emplace_back();
  return set;
}

std::size_t LexiconSet::index_of(std::string_view tag) const {
  const std::string primary = primary_subtag(tag);
  for (std::size_t i = 0; i < lexicons_.size(); ++i)
    if (fold_case(lexicons_[i]->tag()) == primary) return i;
  return std::string_view::npos;
}

std::size_t LexiconSet::index_of_detected(std::string_view detected) const {
  if (const std::size_t own = index_of(detected); own != std::string_view::npos) return own;
  const std::string primary = primary_subtag(detected);
  for (std::size_t i = 0; i < detected_as_.size(); ++i)
    if (std::count(detected_as_[i].begin(), detected_as_[i].end(), primary)) return i;
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
