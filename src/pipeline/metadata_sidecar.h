#pragma once
#include <filesystem>
#include <optional>

#include "text/diagnostic.h"
#include "text/document.h"

namespace diplograph {

// Where the metadata of a text file lives: `article.txt` -> `article.meta.json`.
std::filesystem::path sidecar_path(const std::filesystem::path& text_file);

// Fills `meta` from the sidecar of `text_file`, when there is one: a JSON object with the
// optional strings `title`, `published` (ISO 8601 date or date-time), `url`, `source` and
// `lang`, the same fields a JSON Lines record carries; other keys are ignored. A text
// file without a sidecar keeps `meta` as it is. Returns false with `problem` naming the
// sidecar (and the byte where JSON parsing failed) when it cannot be used, including when
// it is larger than `max_bytes` (the documents' size limit).
bool read_metadata_sidecar(const std::filesystem::path& text_file, DocumentMetadata& meta,
                           std::size_t max_bytes, Diagnostic& problem);

}  // namespace diplograph
