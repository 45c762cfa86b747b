#include "pipeline/input_source.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "pipeline/jsonl_reader.h"

namespace diplograph {
namespace {

bool is_jsonl(const std::filesystem::path& path) { return path.extension() == ".jsonl"; }

// One item per non-blank line; a final line without "\n" counts.
void add_records(std::istream& in, const std::filesystem::path& path,
                 std::vector<InputItem>& items) {
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    items.push_back({InputItem::Kind::jsonl_record, path, number, std::move(line)});
    line.clear();
  }
}

}  // namespace

std::vector<InputItem> list_inputs(const std::vector<std::filesystem::path>& inputs,
                                   StdinFormat stdin_format, std::istream* standard_input,
                                   std::vector<Diagnostic>& diagnostics) {
  std::vector<InputItem> items;
  std::vector<std::filesystem::path> file_inputs;
  bool stdin_read = false;
  for (const auto& input : inputs) {
    if (input == "-") {
      // Standard input can be consumed once; a second "-" adds nothing.
      if (stdin_read || standard_input == nullptr) continue;
      stdin_read = true;
      if (stdin_format == StdinFormat::jsonl) {
        add_records(*standard_input, "-", items);
      } else {
        std::ostringstream buffer;
        buffer << standard_input->rdbuf();
        items.push_back({InputItem::Kind::text_bytes, "-", 0, std::move(buffer).str()});
      }
      continue;
    }
    file_inputs.push_back(input);
  }
  const std::vector<std::filesystem::path> files =
      list_text_files(file_inputs, diagnostics, {".txt", ".jsonl"});
  for (const auto& file : files) {
    if (!is_jsonl(file)) {
      items.push_back({InputItem::Kind::text_file, file, 0, {}});
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      diagnostics.push_back(
          {file.string(), 0, 0, Diagnostic::Severity::error, "cannot open for reading; skipped"});
      continue;
    }
    add_records(in, file, items);
  }
  return items;
}

std::optional<Document> read_input(const InputItem& item, const ReadOptions& options,
                                   Diagnostic& problem, std::optional<Diagnostic>& warning) {
  warning.reset();
  switch (item.kind) {
    case InputItem::Kind::text_file:
      return read_text_document(item.path, options, problem);
    case InputItem::Kind::text_bytes: {
      DocumentMetadata meta;
      meta.id = "stdin";
      return make_document(item.bytes, std::move(meta), item.path.string(), options, problem);
    }
    case InputItem::Kind::jsonl_record:
      return read_jsonl_record(item.bytes, item.path.string(), item.line, options, problem,
                               warning);
  }
  return std::nullopt;
}

}  // namespace diplograph
