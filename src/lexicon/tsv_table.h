#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph {

// One data row of a lexicon file, with the line it came from for `file:line` errors.
struct TsvRow {
  std::size_t line = 0;
  std::vector<std::string> cells;
};

// A tab-separated lexicon file under ontology/: UTF-8, `#` comments, blank lines ignored,
// every row with at least `min_columns` cells. Throws InputError naming file:line otherwise.
struct TsvTable {
  std::string path;
  std::vector<TsvRow> rows;

  static TsvTable load(const std::filesystem::path& path, std::size_t min_columns);
  // The same for content already in memory; `path` names it in errors.
  static TsvTable parse(std::string_view content, std::string path, std::size_t min_columns);
  // Throws InputError at `row` with `message`.
  [[noreturn]] void fail(const TsvRow& row, const std::string& message) const;
};

// Splits "a|b|c" into its non-empty parts, trimmed.
std::vector<std::string> split_alternatives(const std::string& cell);

}  // namespace diplograph
