#include "lexicon/tsv_table.h"

#include <fstream>
#include <sstream>

#include "text/diagnostic.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

std::string trim(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  const auto end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

}  // namespace

TsvTable TsvTable::load(const std::filesystem::path& path, std::size_t min_columns) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw InputError(
        {path.string(), 0, 0, Diagnostic::Severity::error, "cannot open lexicon file"});
  std::stringstream buffer;
  buffer << in.rdbuf();
  return parse(buffer.str(), path.string(), min_columns);
}

TsvTable TsvTable::parse(std::string_view content, std::string path, std::size_t min_columns) {
  TsvTable table{std::move(path), {}};
  if (auto fault = find_text_fault(content)) {
    throw InputError(
        {table.path, fault->line, fault->column, Diagnostic::Severity::error, fault->message});
  }
  std::istringstream lines{std::string(content)};
  std::string line;
  std::size_t number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || trim(line).front() == '#') continue;
    TsvRow row{number, {}};
    std::size_t start = 0;
    while (true) {
      const auto tab = line.find('\t', start);
      row.cells.push_back(
          trim(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (row.cells.size() < min_columns) {
      table.fail(row, "expected at least " + std::to_string(min_columns) +
                          " tab-separated columns, found " + std::to_string(row.cells.size()));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

void TsvTable::fail(const TsvRow& row, const std::string& message) const {
  throw InputError({path, row.line, 0, Diagnostic::Severity::error, message});
}

std::vector<std::string> split_alternatives(const std::string& cell) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= cell.size()) {
    auto bar = cell.find('|', start);
    if (bar == std::string::npos) bar = cell.size();
    std::string part = trim(cell.substr(start, bar - start));
    if (!part.empty()) out.push_back(std::move(part));
    start = bar + 1;
  }
  return out;
}

}  // namespace diplograph
