#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

// Where a byte sequence stops being text: the byte offset and the 1-based line and column.
struct TextFault {
  std::size_t offset = 0;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;
};

// Checks that `bytes` is UTF-8 text: well-formed, no NUL bytes, no C0 control characters
// other than tab, newline and carriage return. Returns the first fault, or nullopt.
std::optional<TextFault> find_text_fault(std::string_view bytes);

// Normalises valid UTF-8 to Unicode NFC (ICU). Requires: find_text_fault(text) is nullopt.
std::string to_nfc(std::string_view text);

// Unicode case folding (ICU), for comparing names: "KIM Jong-Un" -> "kim jong-un".
std::string fold_case(std::string_view text);

// fold_case of text known to be ASCII, into `out` (its storage reused): ASCII folds to
// ASCII lower case. Requires: every byte of `ascii` is below 0x80 (checked).
void fold_ascii_case(std::string_view ascii, std::string& out);

// How many characters `utf8` holds: its bytes that do not continue a sequence (10xxxxxx).
// Malformed input is counted the same way, byte by byte.
std::size_t count_characters(std::string_view utf8);

// Removes a leading UTF-8 byte-order mark and turns CRLF / CR line ends into LF.
std::string normalise_line_ends(std::string_view text);

}  // namespace diplograph
