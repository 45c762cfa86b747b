#pragma once
#include <filesystem>
#include <optional>
#include <vector>

#include "text/diagnostic.h"
#include "text/document.h"

namespace diplograph {

// Limits on what a document may be.
struct ReadOptions {
  std::size_t max_document_bytes = 16u << 20;  // larger files are skipped with a message
};

// The files named by `inputs`: files as given, and in directories (searched recursively)
// those whose extension is one of `extensions`, in a canonical order (sorted by path) so
// that runs are deterministic. Missing inputs become diagnostics.
// `output_directory` (absolute, symlinks resolved), when set, is not searched, nor the
// staging directories beside it (.NAME.*): a run's own exports (facts.jsonl) are never read
// back as input; a warning says so.
std::vector<std::filesystem::path> list_text_files(
    const std::vector<std::filesystem::path>& inputs, std::vector<Diagnostic>& diagnostics,
    const std::vector<std::string>& extensions = {".txt"},
    const std::filesystem::path& output_directory = {});

// Reads one text file as a Document: UTF-8 checked (a fault names file, line, column and
// byte offset), line ends normalised, NFC. Returns nullopt with a diagnostic when the file
// cannot be used (unreadable, empty, too large, binary, not UTF-8).
std::optional<Document> read_text_document(const std::filesystem::path& path,
                                           const ReadOptions& options, Diagnostic& problem);

// Makes a Document from bytes already in memory (standard input, a JSON Lines record),
// with the same checks; `origin` names it in diagnostics.
std::optional<Document> make_document(std::string bytes, DocumentMetadata meta,
                                      const std::string& origin, const ReadOptions& options,
                                      Diagnostic& problem);

}  // namespace diplograph
