#include "export/iri.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "text/byte_classes.h"
#include "text/decimal.h"

namespace diplograph {

namespace {

// Class 1: what percent_encode escapes, every byte but RFC 3986's unreserved characters.
constexpr ByteClassTable kNotUnreserved = make_byte_class_table([](unsigned c) -> std::uint8_t {
  const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
  return unreserved ? 0 : 1;
});

void append_percent_encoded(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  // Runs of unreserved bytes (most keys and ids are nothing else) are appended whole.
  std::size_t run = 0;
  for (std::size_t i = find_byte_of_class(text, kNotUnreserved, 1); i < text.size();
       i = find_byte_of_class(text, kNotUnreserved, 1, i + 1)) {
    const auto c = static_cast<unsigned char>(text[i]);
    out.append(text.substr(run, i - run));
    const char escape[] = {'%', kHex[c >> 4], kHex[c & 0x0F]};
    out.append(escape, sizeof escape);
    run = i + 1;
  }
  out.append(text.substr(run));
}

// base + folder: the start of every IRI of one kind of node, with room for `rest` bytes.
std::string iri_start(const std::string& base, std::string_view folder, std::size_t rest) {
  std::string out;
  out.reserve(base.size() + folder.size() + rest);
  out += base;
  out += folder;
  return out;
}

// base + folder + relation + "-" + the hash's sixteen hex digits: event and evidence IRIs.
std::string hashed_iri(const std::string& base, std::string_view folder, RelationType type,
                       const StableHasher& hash) {
  constexpr std::size_t kHashPart = 17;  // "-" and sixteen hex digits
  const std::string_view relation = name_of(type);
  std::string out = iri_start(base, folder, relation.size() + kHashPart);
  out += relation;
  out += '-';
  hash.append_hex(out);
  return out;
}

}  // namespace

std::string percent_encode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_percent_encoded(out, text);
  return out;
}

std::string stable_hash(std::string_view text) { return StableHasher().add(text).hex(); }

std::string StableHasher::hex() const {
  std::string out;
  append_hex(out);
  return out;
}

void StableHasher::append_hex(std::string& out) const {
  static constexpr char kHex[] = "0123456789abcdef";
  constexpr std::size_t kDigits = 16;
  const std::size_t first = out.size();
  out.resize(first + kDigits);
  unsigned long long hash = hash_;
  for (std::size_t i = kDigits; i-- > 0; hash >>= 4) out[first + i] = kHex[hash & 0xF];
}

std::string IriScheme::actor(const std::string& key) const {
  std::string out = iri_start(base, "actor/", key.size());
  append_percent_encoded(out, key);
  return out;
}

std::string IriScheme::event(const RelationEdge& event) const {
  StableHasher hash;
  hash.add(event.event_key());
  return hashed_iri(base, "event/", event.type, hash);
}

std::string IriScheme::mention(const std::string& document, const Span& span) const {
  constexpr std::size_t kOffsets = 24;  // "/", two offsets and "-", most of the time
  std::string out = iri_start(base, "mention/", document.size() + kOffsets);
  append_percent_encoded(out, document);
  out += '/';
  append_decimal(out, span.begin);
  out += '-';
  append_decimal(out, span.end);
  return out;
}

std::vector<std::string> IriScheme::evidence(const RelationEdge& event) const {
  const std::string key = event.event_key();
  std::vector<std::string> out;
  out.reserve(event.mentions.size());
  for (const Mention& mention : event.mentions) out.push_back(evidence(event, key, mention));
  return out;
}

std::string IriScheme::evidence(const RelationEdge& event, const std::string& event_key,
                                const Mention& mention) const {
  // The hash of key|begin|end|trigger begin|trigger end|confidence|document|sentence.
  StableHasher hash;
  hash.add(event_key);
  std::string digits;  // short enough to need no allocation
  for (const std::size_t offset :
       {mention.span.begin, mention.span.end, mention.trigger.begin, mention.trigger.end}) {
    digits.clear();
    append_decimal(digits, offset);
    hash.add('|').add(digits);
  }
  hash.add('|').add(std::to_string(std::lround(mention.confidence * 10000.0)));
  hash.add('|').add(mention.document).add('|').add(mention.sentence.str());
  return hashed_iri(base, "evidence/", event.type, hash);
}

std::string IriScheme::document(const std::string& id) const {
  std::string out = iri_start(base, "document/", id.size());
  append_percent_encoded(out, id);
  return out;
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
