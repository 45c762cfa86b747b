// libFuzzer target: a lexicon file (ontology/lexicon/<lang>/*.tsv) as TsvTable reads it,
// and the `a|b|c` alternatives of its cells. Errors must come back as InputError naming
// the file and line; anything else escaping, or a row that breaks what Lexicon::load
// assumes about it, is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lexicon/tsv_table.h"
#include "require.h"
#include "text/diagnostic.h"

namespace {

using namespace diplograph;

// Lexicon::load indexes cells up to its min_columns without checking, so every row of a
// table that loads must have at least that many cells, none holding a tab.
void check_rows(const TsvTable& table, std::size_t min_columns) {
  std::size_t previous_line = 0;
  for (const TsvRow& row : table.rows) {
    fuzz::require(row.line > previous_line, "rows keep increasing line numbers");
    previous_line = row.line;
    fuzz::require(row.cells.size() >= min_columns, "a loaded row has its columns");
    for (const std::string& cell : row.cells) {
      fuzz::require(cell.find('\t') == std::string::npos, "a cell holds no tab");
      for (const std::string& part : split_alternatives(cell)) {
        fuzz::require(!part.empty() && part.find('|') == std::string::npos,
                      "an alternative is non-empty and holds no bar");
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  // One column never fails on width, so this load only fails on the text itself; six
  // (states.tsv, the widest requirement) must then fail exactly at the first narrow row.
  TsvTable loose;
  try {
    loose = TsvTable::parse(content, "fuzz.tsv", 1);
  } catch (const InputError& error) {
    fuzz::require(error.diagnostic().file == "fuzz.tsv", "the error names the file");
    fuzz::require(error.diagnostic().line > 0, "a text fault names its line");
    return 0;
  }
  check_rows(loose, 1);
  std::size_t first_narrow = 0;
  for (const TsvRow& row : loose.rows) {
    if (row.cells.size() < 6) {
      first_narrow = row.line;
      break;
    }
  }
  try {
    check_rows(TsvTable::parse(content, "fuzz.tsv", 6), 6);
    fuzz::require(first_narrow == 0, "a narrow row is rejected");
  } catch (const InputError& error) {
    fuzz::require(error.diagnostic().line == first_narrow, "the error names the first narrow row");
  }
  return 0;
}
