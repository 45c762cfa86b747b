#include "pipeline/input_source.h"

#include <algorithm>
#include <cstdint>
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

// The same records as add_records, by place instead of content: one pass over the file in
// fixed-size chunks, so listing a JSON Lines dump of any size needs no more memory than
// its records' places.
void add_record_places(std::istream& in, const std::filesystem::path& path,
                       std::vector<InputItem>& items) {
  std::vector<char> chunk(1 << 16);
  std::uint64_t position = 0, line_start = 0;
  std::size_t number = 1;
  bool blank = true;      // only spaces and tabs so far on this line
  bool carriage = false;  // the last byte was '\r' (dropped only right before '\n')
  auto end_line = [&](std::uint64_t end) {
    if (!blank)
      items.push_back({InputItem::Kind::jsonl_file_record,
                       path,
                       number,
                       {},
                       line_start,
                       static_cast<std::size_t>(end - line_start)});
    ++number;
    blank = true;
    carriage = false;
  };
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
    const auto count = static_cast<std::size_t>(in.gcount());
    for (std::size_t i = 0; i < count; ++i) {
      const char c = chunk[i];
      if (c == '\n') {
        end_line(position + i - (carriage ? 1 : 0));
        line_start = position + i + 1;
        continue;
      }
      if (carriage) blank = false;  // a '\r' inside the line is content
      carriage = c == '\r';
      if (c != ' ' && c != '\t' && c != '\r') blank = false;
    }
    position += count;
  }
  if (line_start < position) end_line(position - (carriage ? 1 : 0));
}

// A JSON Lines record's line, read from its file when a worker gets to it.
std::optional<std::string> read_record(const InputItem& item, const ReadOptions& options,
                                       Diagnostic& problem) {
  problem = {item.path.string(), item.line, 0, Diagnostic::Severity::error, ""};
  if (item.length > options.max_document_bytes) {
    problem.message = "record of " + std::to_string(item.length) + " bytes is over the limit of " +
                      std::to_string(options.max_document_bytes) + " bytes; skipped";
    return std::nullopt;
  }
  std::ifstream in(item.path, std::ios::binary);
  std::string line(item.length, '\0');
  if (!in.seekg(static_cast<std::streamoff>(item.offset)) ||
      !in.read(line.data(), static_cast<std::streamsize>(line.size()))) {
    problem.message = "cannot read this record (the file changed or went away); skipped";
    return std::nullopt;
  }
  return line;
}

}  // namespace

std::vector<InputItem> list_inputs(const std::vector<std::filesystem::path>& inputs,
                                   StdinFormat stdin_format, std::istream* standard_input,
                                   std::vector<Diagnostic>& diagnostics,
                                   const std::filesystem::path& output_directory) {
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
      list_text_files(file_inputs, diagnostics, {".txt", ".jsonl"}, output_directory);
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
    // A pipe (a FIFO, /dev/stdin) can be read once: its records are kept in memory, as for
    // standard input. Reading it by places would open it a second time and wait forever.
    std::error_code error;
    if (std::filesystem::is_regular_file(file, error))
      add_record_places(in, file, items);
    else
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
    case InputItem::Kind::jsonl_file_record: {
      const auto line = read_record(item, options, problem);
      if (!line) return std::nullopt;
      return read_jsonl_record(*line, item.path.string(), item.line, options, problem, warning);
    }
  }
  return std::nullopt;
}

}  // namespace diplograph
