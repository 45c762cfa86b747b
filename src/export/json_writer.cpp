#include "export/json_writer.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#include "text/byte_classes.h"
#include "text/decimal.h"
#include "text/formatted_doubles.h"
#include "text/short_escapes.h"

namespace diplograph {
namespace {

// The bytes nlohmann escapes (quote, backslash, control characters), and those that are not
// ASCII, which need a check that the text is well-formed UTF-8.
constexpr std::uint8_t kJsonEscaped = 1;
constexpr std::uint8_t kJsonNotAscii = 2;
constexpr ByteClassTable kJsonBytes = make_byte_class_table([](unsigned byte) -> std::uint8_t {
  if (byte < 0x20 || byte == '"' || byte == '\\') return kJsonEscaped;
  return byte >= 0x80 ? kJsonNotAscii : 0;
});

bool is_well_formed_utf8(std::string_view text) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// Appends well-formed UTF-8 `text` escaped as nlohmann escapes it: the short escapes JSON
// has, \u00xx in lower-case hex for the other control characters, every other character
// as it is (DEL and non-ASCII included).
void append_escaped(std::string_view text, std::string& out) {
  std::size_t from = 0;
  while (from < text.size()) {
    const std::size_t at = find_byte_of_class(text, kJsonBytes, kJsonEscaped, from);
    out.append(text.substr(from, at - from));
    if (at == text.size()) break;
    const auto byte = static_cast<unsigned char>(text[at]);
    if (const std::string_view escape = shared_short_escape(byte); !escape.empty()) {
      out += escape;
    } else if (byte == '\b') {
      out += "\\b";
    } else if (byte == '\f') {
      out += "\\f";
    } else {
      constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
    from = at + 1;
  }
}

}  // namespace

void JsonWriter::separate() {
  if (comma_due_) out_ += ',';
}

void JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  comma_due_ = false;
}

void JsonWriter::close(char bracket) {
  out_ += bracket;
  comma_due_ = true;
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(JsonKey name) {
  // Comma, quotes and colon around the key in one append: a key is written for every
  // value of every record, and each append checks the capacity anew.
  const std::string_view text = name.text();
  const std::size_t at = out_.size();
  const std::size_t comma = comma_due_ ? 1 : 0;
  out_.resize(at + comma + text.size() + 3);
  char* place = out_.data() + at;
  if (comma_due_) *place++ = ',';
  *place++ = '"';
  std::memcpy(place, text.data(), text.size());
  place += text.size();
  *place++ = '"';
  *place = ':';
  comma_due_ = false;
}

void JsonWriter::text_key(std::string_view name) {
  string(name);
  out_ += ':';
  comma_due_ = false;
}

void JsonWriter::string(std::string_view value) {
  separate();
  const std::uint8_t classes = byte_classes(value, kJsonBytes);
  if ((classes & kJsonNotAscii) == 0 || is_well_formed_utf8(value)) {
    out_ += '"';
    if (classes & kJsonEscaped)
      append_escaped(value, out_);
    else
      out_ += value;
    out_ += '"';
  } else {
    // Malformed UTF-8: nlohmann decides what it replaces.
    out_ += nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  comma_due_ = true;
}

void JsonWriter::integer(std::size_t value) {
  separate();
  append_decimal(out_, value);
  comma_due_ = true;
}

void JsonWriter::number(double value) {
  separate();
  // A writer lives for one record; the texts are kept for the thread's next records.
  thread_local FormattedDoubles formatted;
  out_ += formatted.text(value, 0, [](double v) { return nlohmann::json(v).dump(); });
  comma_due_ = true;
}

void JsonWriter::boolean(bool value) {
  separate();
  out_ += value ? "true" : "false";
  comma_due_ = true;
}

void JsonWriter::null() {
  separate();
  out_ += "null";
  comma_due_ = true;
}

}  // namespace diplograph
