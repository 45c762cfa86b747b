#include "export/report/script_json.h"

#include "text/byte_classes.h"

namespace diplograph::report {

namespace {

// Class 1: the bytes that start what the function escapes ('<', '>', '&', and 0xE2, the
// first byte of U+2028 and U+2029).
constexpr ByteClassTable kScriptBytes = make_byte_class_table([](unsigned byte) -> std::uint8_t {
  return byte == '<' || byte == '>' || byte == '&' || byte == 0xE2 ? 1 : 0;
});

}  // namespace

void append_script_safe_json(std::string_view json_text, std::string& out) {
  out.reserve(out.size() + json_text.size() + json_text.size() / 16);
  for (std::size_t i = 0; i < json_text.size(); ++i) {
    // The bytes up to the next one that may need escaping are copied whole.
    const std::size_t next = find_byte_of_class(json_text, kScriptBytes, 1, i);
    out.append(json_text, i, next - i);
    i = next;
    if (i == json_text.size()) break;
    const char c = json_text[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json_text.size() && json_text[i + 1] == '\x80' &&
               (json_text[i + 2] == '\xA8' || json_text[i + 2] == '\xA9')) {
      out += json_text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
}

}  // namespace diplograph::report
