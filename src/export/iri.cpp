#include "export/iri.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace diplograph {

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0x0F];
    }
  }
  return out;
}

std::string stable_hash(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char ch : text) {
    hash ^= static_cast<unsigned char>(ch);
    hash *= 1099511628211ull;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

std::string IriScheme::actor(const std::string& key) const {
  return base + "actor/" + percent_encode(key);
}

std::string IriScheme::event(const RelationEdge& event) const {
  return base + "event/" + std::string(name_of(event.type)) + "-" + stable_hash(event.event_key());
}

std::string IriScheme::mention(const std::string& document, const Span& span) const {
  return base + "mention/" + percent_encode(document) + "/" + std::to_string(span.begin) + "-" +
         std::to_string(span.end);
}

std::vector<std::string> IriScheme::evidence(const RelationEdge& event) const {
  const std::string key = event.event_key();
  const std::string prefix = base + "evidence/" + std::string(name_of(event.type)) + "-";
  std::vector<std::string> out;
  out.reserve(event.mentions.size());
  for (const Mention& mention : event.mentions) {
    std::string content = key;
    for (const std::size_t offset :
         {mention.span.begin, mention.span.end, mention.trigger.begin, mention.trigger.end})
      content += '|' + std::to_string(offset);
    content += '|' + std::to_string(std::lround(mention.confidence * 10000.0));
    content += '|' + mention.document + '|' + mention.sentence;
    out.push_back(prefix + stable_hash(content));
  }
  return out;
}

std::string IriScheme::document(const std::string& id) const {
  return base + "document/" + percent_encode(id);
}

}  // namespace diplograph

namespace diplograph {

std::optional<std::string> base_iri_fault(std::string_view base) {
  const auto colon = base.find(':');
  const auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const auto is_scheme_char = [&](char c) {
    return is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
  };
  if (colon == std::string_view::npos || colon == 0 || !is_alpha(base[0]) ||
      !std::all_of(base.begin(), base.begin() + static_cast<std::ptrdiff_t>(colon), is_scheme_char))
    return "not an absolute IRI (it needs a scheme such as https:)";
  if (colon + 1 == base.size()) return "nothing after the scheme";
  for (const char c : base) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F ||
        std::string_view("<>\"{}|\\^`").find(c) != std::string_view::npos)
      return std::string("holds a character an IRI cannot hold (") +
             (byte <= 0x20 ? "a space or control character" : std::string(1, c)) + ")";
  }
  if (base.back() != '/' && base.back() != '#') return "must end in / or #";
  return std::nullopt;
}

}  // namespace diplograph
