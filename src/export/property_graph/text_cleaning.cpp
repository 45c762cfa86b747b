#include "export/property_graph/text_cleaning.h"

#include <cstdint>

#include "text/byte_classes.h"

namespace diplograph::property_graph {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Class 1: every byte but printable ASCII, which clean_text keeps as it is.
constexpr ByteClassTable kNotPrintableAscii = make_byte_class_table(
    [](unsigned byte) -> std::uint8_t { return kept_by_clean_text(byte) ? 0 : 1; });

// Decodes one UTF-8 sequence at `pos`; returns the code point and advances `pos`, or returns
// U+FFFD and advances one byte when the sequence is invalid (overlong, surrogate, truncated).
char32_t decode_one(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
  const std::uint8_t lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length = 0;
  char32_t code = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code = lead & 0x07, minimum = 0x10000;
  } else {
    ++pos;
    return kReplacement;
  }
  if (pos + length > text.size()) {
    ++pos;
    return kReplacement;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      ++pos;
      return kReplacement;
    }
    code = (code << 6) | (byte(pos + i) & 0x3F);
  }
  if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    ++pos;
    return kReplacement;
  }
  pos += length;
  return code;
}

void append_utf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

bool is_bidi_control(char32_t code) {
  return (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

bool is_removed(char32_t code) {
  return code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F) || code == 0xFFFE ||
         code == 0xFFFF || is_bidi_control(code);
}

}  // namespace

std::string clean_text(std::string_view text) {
  // Printable ASCII (most labels, keys and IRIs) is kept as it is: copy it without decoding.
  if (byte_classes(text, kNotPrintableAscii) == 0) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Runs of printable ASCII are copied whole; only the other characters are decoded.
    const std::size_t run_end = find_byte_of_class(text, kNotPrintableAscii, 1, pos);
    out.append(text, pos, run_end - pos);
    pos = run_end;
    if (pos == text.size()) break;
    const char32_t code = decode_one(text, pos);
    if (code == '\t' || code == '\n' || code == '\r') {
      out += ' ';
    } else if (!is_removed(code)) {
      append_utf8(out, code);
    }
  }
  return out;
}

}  // namespace diplograph::property_graph
