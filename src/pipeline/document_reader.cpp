#include "pipeline/document_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "pipeline/metadata_sidecar.h"
#include "text/field_text.h"
#include "text/utf8.h"

namespace diplograph {

std::vector<std::filesystem::path> list_text_files(const std::vector<std::filesystem::path>& inputs,
                                                   std::vector<Diagnostic>& diagnostics,
                                                   const std::vector<std::string>& extensions,
                                                   const std::filesystem::path& output_directory) {
  const std::string staged_prefix = "." + output_directory.filename().string() + ".";
  const auto is_output = [&](const std::filesystem::path& directory) {
    if (output_directory.empty()) return false;
    std::error_code ignored;
    const auto resolved = std::filesystem::weakly_canonical(directory, ignored);
    return resolved == output_directory ||
           (resolved.parent_path() == output_directory.parent_path() &&
            resolved.filename().string().rfind(staged_prefix, 0) == 0);
  };
  std::vector<std::filesystem::path> files;
  for (const auto& input : inputs) {
    std::error_code error;
    if (std::filesystem::is_directory(input, error)) {
      for (auto it = std::filesystem::recursive_directory_iterator(
               input, std::filesystem::directory_options::skip_permission_denied, error);
           !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        std::error_code kind_error;
        if (it->is_directory(kind_error) && is_output(it->path())) {
          diagnostics.push_back({it->path().string(), 0, 0, Diagnostic::Severity::warning,
                                 "the output directory is inside the inputs; not read"});
          it.disable_recursion_pending();
          continue;
        }
        const std::string extension = it->path().extension().string();
        if (std::find(extensions.begin(), extensions.end(), extension) == extensions.end())
          continue;
        // Its own error code: a dangling link or a link loop is this entry's problem, not
        // the end of the directory's listing.
        std::error_code entry_error;
        const auto status = it->status(entry_error);
        if (std::filesystem::is_regular_file(status)) {
          files.push_back(it->path());
        } else if (!std::filesystem::is_directory(status)) {
          diagnostics.push_back({it->path().string(), 0, 0, Diagnostic::Severity::error,
                                 entry_error
                                     ? "cannot be read: " + entry_error.message() + "; skipped"
                                     : std::string("not a regular file (a FIFO, socket or device "
                                                   "inside a directory); skipped")});
        }
      }
      if (error)
        diagnostics.push_back({input.string(), 0, 0, Diagnostic::Severity::error, error.message()});
    } else if (std::filesystem::exists(input, error)) {
      files.push_back(input);
    } else {
      diagnostics.push_back(
          {input.string(), 0, 0, Diagnostic::Severity::error, "no such file or directory"});
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

std::optional<Document> make_document(std::string bytes, DocumentMetadata meta,
                                      const std::string& origin, const ReadOptions& options,
                                      Diagnostic& problem) {
  problem = {origin, 0, 0, Diagnostic::Severity::error, ""};
  if (bytes.size() > options.max_document_bytes) {
    problem.message = "document of " + std::to_string(bytes.size()) +
                      " bytes is over the limit of " + std::to_string(options.max_document_bytes) +
                      " bytes; skipped";
    return std::nullopt;
  }
  if (auto fault = document_id_fault(meta.id)) {
    problem.message = *fault + "; skipped";
    return std::nullopt;
  }
  // Every export then carries the same metadata text (no writer replaces or drops a NUL
  // its own way), and merge reads back what build wrote.
  bool changed = false;
  for (std::string* field : {&meta.title, &meta.url, &meta.source})
    *field = clean_field_text(*field, changed);
  if (auto fault = find_text_fault(bytes)) {
    problem.line = fault->line;
    problem.column = fault->column;
    problem.message = fault->message + "; skipped";
    return std::nullopt;
  }
  std::string text = to_nfc(normalise_line_ends(bytes));
  if (is_blank_text(text)) {
    problem.message = "empty document; skipped";
    return std::nullopt;
  }
  return Document{std::move(meta), std::move(text)};
}

std::optional<Document> read_text_document(const std::filesystem::path& path,
                                           const ReadOptions& options, Diagnostic& problem) {
  problem = {path.string(), 0, 0, Diagnostic::Severity::error, ""};
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) {
    problem.message = "cannot read: " + error.message() + "; skipped";
    return std::nullopt;
  }
  if (size > options.max_document_bytes) {
    problem.message = "file of " + std::to_string(size) + " bytes is over the limit of " +
                      std::to_string(options.max_document_bytes) + " bytes; skipped";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problem.message = "cannot open for reading; skipped";
    return std::nullopt;
  }
  // Read straight into a string of the file's size: through a string stream, every byte was
  // copied twice more.
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  // A file that grew since its size was taken is read whole, as before.
  if (in && in.peek() != std::ifstream::traits_type::eof()) {
    std::ostringstream rest;
    rest << in.rdbuf();
    bytes += std::move(rest).str();
  }
  DocumentMetadata meta;
  meta.id = path.filename().string();
  if (!read_metadata_sidecar(path, meta, options.max_document_bytes, problem)) return std::nullopt;
  return make_document(std::move(bytes), std::move(meta), path.string(), options, problem);
}

}  // namespace diplograph
