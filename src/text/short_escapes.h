#pragma once
#include <string_view>

namespace diplograph {

// The two-character escapes that JSON and N-Triples strings share: \" \\ \n \r \t. Empty for
// any other byte, which each format escapes in its own way (JSON: \b, \f and \u00xx in lower
// case; N-Triples: \u00XX in upper case).
constexpr std::string_view shared_short_escape(unsigned char byte) {
  switch (byte) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      return {};
  }
}

}  // namespace diplograph
