#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "pipeline/document_reader.h"
#include "text/diagnostic.h"
#include "text/document.h"
#include "text/language_tag.h"

namespace diplograph {

// Reads one line of a JSON Lines corpus as a Document. A record is one JSON object with
// a non-empty string `id` and a string `text`, and optional strings `title`, `published`
// (ISO 8601 date; a date-time keeps its date part), `url`, `source` and `lang` (BCP 47);
// other keys are ignored so producers can carry their own fields.
//
// Returns nullopt with `problem` set (file, the 1-based `line`, the byte column when the
// JSON parser knows it) when the record cannot be used: malformed JSON, not an object,
// missing or mistyped fields, or a text that fails make_document's checks. A metadata
// value that is present but unusable (a `published` that is no date, a malformed `lang`)
// does not lose the document: it is dropped and reported in `warning`.
std::optional<Document> read_jsonl_record(std::string_view line, const std::string& file,
                                          std::size_t line_number, const ReadOptions& options,
                                          Diagnostic& problem, std::optional<Diagnostic>& warning);

// The date part of an ISO 8601 date or date-time ("2024", "2024-04", "2024-04-23",
// "2024-04-23T08:00:00+07:00" -> "2024-04-23"), or nullopt when it is no valid date.
std::optional<std::string> iso_date_part(std::string_view value);

}  // namespace diplograph
