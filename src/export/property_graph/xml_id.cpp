#include "export/property_graph/xml_id.h"

namespace diplograph::property_graph {

std::string xml_id(std::string_view key) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(key.size());
  for (const char ch : key) {
    const auto c = static_cast<unsigned char>(ch);
    const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.';
    if (kept) {
      out += ch;
    } else {
      out += '_';
      out += kHex[c >> 4];
      out += kHex[c & 0x0F];
    }
  }
  // An empty key still needs a non-empty NMTOKEN.
  if (out.empty()) out.push_back('_');
  return out;
}

}  // namespace diplograph::property_graph
