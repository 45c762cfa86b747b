#include "text/field_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace diplograph {
namespace {

bool is_control(UChar32 c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

std::string hex_byte(unsigned char byte) {
  char code[5];
  std::snprintf(code, sizeof code, "\\x%02X", byte);
  return code;
}

// Calls on_char(code point, start, end) for each character, c < 0 for an ill-formed byte.
template <typename OnChar>
void for_each_char(std::string_view text, OnChar on_char) {
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) i = start + 1;  // one ill-formed byte at a time
    on_char(c, static_cast<std::size_t>(start), static_cast<std::size_t>(i));
  }
}

}  // namespace

std::optional<std::string> document_id_fault(std::string_view id) {
  if (id.empty()) return "the document id is empty";
  std::optional<std::string> fault;
  for_each_char(id, [&](UChar32 c, std::size_t start, std::size_t) {
    if (fault) return;
    if (c < 0)
      fault = "the document id is not valid UTF-8 (byte " + std::to_string(start) + ")";
    else if (is_control(c))
      fault = "the document id holds a control character (byte " + std::to_string(start) + ")";
  });
  return fault;
}

std::string clean_field_text(std::string_view text, bool& changed) {
  std::string out;
  out.reserve(text.size());
  for_each_char(text, [&](UChar32 c, std::size_t start, std::size_t end) {
    if (c < 0 || (is_control(c) && c != '\t' && c != '\n' && c != '\r')) {
      out += "\xEF\xBF\xBD";
      changed = true;
    } else {
      out.append(text.substr(start, end - start));
    }
  });
  return out;
}

bool is_blank_text(std::string_view text) {
  // Stops at the first character that is not blank: a text's first word, nearly always.
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0 ||
        (!u_isUWhiteSpace(c) && !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)))
      return false;
  }
  return true;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_char(text, [&](UChar32 c, std::size_t start, std::size_t end) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c < 0 || is_control(c))
      for (std::size_t k = start; k < end; ++k)
        out += hex_byte(static_cast<unsigned char>(text[k]));
    else
      out.append(text.substr(start, end - start));
  });
  return out;
}

}  // namespace diplograph
