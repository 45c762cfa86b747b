#pragma once
#include <cstdint>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/document_reader.h"
#include "text/diagnostic.h"
#include "text/document.h"

namespace diplograph {

// How standard input (the input "-") is read.
enum class StdinFormat { text, jsonl };

// One document waiting to be read: a `.txt` file or one record of a JSON Lines file (both
// read only when a worker gets to them, so listing a corpus costs no memory for its text),
// or standard input's text or one of its records (in memory: a pipe cannot be re-read).
struct InputItem {
  enum class Kind { text_file, text_bytes, jsonl_record, jsonl_file_record };
  Kind kind = Kind::text_file;
  std::filesystem::path path;  // the file it comes from; "-" for standard input
  std::size_t line = 0;        // JSON Lines: the record's 1-based line number
  std::string bytes;           // text_bytes and jsonl_record: the content
  std::uint64_t offset = 0;    // jsonl_file_record: where its line starts in the file
  std::size_t length = 0;      // jsonl_file_record: its length, without the line break
};

// Expands `inputs` into the documents to read, in a canonical order so runs are
// deterministic: standard input first (when "-" is given, read from `standard_input` as
// one text document with id "stdin", or as JSON Lines), then files sorted by path.
// Directories are searched recursively for `.txt` and `.jsonl` files; a named file is
// JSON Lines when it ends in `.jsonl` and text otherwise. Blank JSON Lines lines are not
// records. Missing or unreadable inputs become diagnostics.
std::vector<InputItem> list_inputs(const std::vector<std::filesystem::path>& inputs,
                                   StdinFormat stdin_format, std::istream* standard_input,
                                   std::vector<Diagnostic>& diagnostics,
                                   const std::filesystem::path& output_directory = {});

// Reads one listed item as a Document (see read_text_document and read_jsonl_record).
std::optional<Document> read_input(const InputItem& item, const ReadOptions& options,
                                   Diagnostic& problem, std::optional<Diagnostic>& warning);

}  // namespace diplograph
