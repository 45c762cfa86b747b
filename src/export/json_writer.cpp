#include "export/json_writer.h"

#include <nlohmann/json.hpp>

#include "text/byte_classes.h"
#include "text/decimal.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

// Text nlohmann writes between the quotes as it is: well-formed UTF-8 without a quote,
// backslash or control character.
constexpr std::uint8_t kJsonEscaped = 1;
constexpr std::uint8_t kJsonNotAscii = 2;
constexpr ByteClassTable kJsonBytes = make_byte_class_table([](unsigned byte) -> std::uint8_t {
  if (byte < 0x20 || byte == '"' || byte == '\\') return kJsonEscaped;
  return byte >= 0x80 ? kJsonNotAscii : 0;
});

bool needs_no_escape(std::string_view text) {
  const std::uint8_t classes = byte_classes(text, kJsonBytes);
  if (classes & kJsonEscaped) return false;
  return (classes & kJsonNotAscii) == 0 || !find_text_fault(text);
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

void JsonWriter::key(std::string_view name) {
  string(name);
  out_ += ':';
  comma_due_ = false;
}

void JsonWriter::string(std::string_view value) {
  separate();
  if (needs_no_escape(value)) {
    out_ += '"';
    out_ += value;
    out_ += '"';
  } else {
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
  out_ += nlohmann::json(value).dump();
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
