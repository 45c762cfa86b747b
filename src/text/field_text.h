#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

// Why `id` cannot name a document, or nullopt when it can: a document id is non-empty,
// well-formed UTF-8 with no control character (C0, DEL, C1). Ids are parts of IRIs, file
// names in diagnostics and keys in every export, so a bad one is refused at the door
// rather than altered differently by each writer.
std::optional<std::string> document_id_fault(std::string_view id);

// Metadata text (title, url, source) as every export carries it: ill-formed UTF-8 and
// control characters other than tab, line feed and carriage return (NUL, the rest of C0,
// DEL, C1) become U+FFFD, once, at the door. Sets `changed` when anything was replaced.
std::string clean_field_text(std::string_view text, bool& changed);

// True when `text` (valid UTF-8) holds nothing but Unicode white space and invisible
// (default-ignorable) characters: nothing to read.
bool is_blank_text(std::string_view text);

// `text` with control characters shown as escapes (\n, \t, \xNN) and ill-formed bytes as
// \xNN, so that a name printed in a one-line message stays on one line.
std::string printable(std::string_view text);

}  // namespace diplograph
