#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace diplograph {

// How exported identifiers are minted. IRIs derive from content only (keys, event keys,
// document ids and spans), never from counters or run order, so graphs built apart
// line up and union exactly.
struct IriScheme {
  std::string base = "https://diplograph.example.org/id/";

  std::string actor(const std::string& key) const;     // base + "actor/" + key
  std::string event(const RelationEdge& event) const;  // base + "event/" + type + "-" + hash
  std::string mention(const std::string& document, const Span& span) const;  // base + "mention/..."
  std::string document(const std::string& id) const;  // base + "document/" + id
  // What each mention says of the event (its trigger and confidence), in the order of
  // event.mentions: base + "evidence/" + type + "-" + a hash of the event key and every
  // field of the mention. All at once, so the event key is built once per event.
  std::vector<std::string> evidence(const RelationEdge& event) const;
  // The evidence IRI of `mention` of `event`, whose event key is `event_key`: one of those.
  std::string evidence(const RelationEdge& event, const std::string& event_key,
                       const Mention& mention) const;
};

// The ontology's namespace (ontology/diplomacy.ttl).
inline constexpr std::string_view kOntologyNamespace = "https://diplograph.example.org/ontology#";

// Percent-encodes everything outside RFC 3987's unreserved set (ASCII letters, digits,
// "-._~") and non-ASCII, so no IRI can carry a space, quote or angle bracket.
std::string percent_encode(std::string_view text);

// Why `base` cannot be the base of exported IRIs, or nullopt when it can: an absolute IRI
// (a scheme, ":", then text) with no space, control character or any of <>"{}|\^`, ending
// in "/" or "#" so that minted names append to it. Checked before a run, since a bad base
// makes every export unreadable.
std::optional<std::string> base_iri_fault(std::string_view base);

// A stable 64-bit FNV-1a hash as 16 lower-case hex digits.
std::string stable_hash(std::string_view text);

// The same hash fed piece by piece: stable_hash(a + b) == StableHasher().add(a).add(b).hex(),
// without building the concatenation (an evidence IRI hashes a whole sentence).
class StableHasher {
 public:
  StableHasher& add(std::string_view text) {
    for (const char ch : text) {
      hash_ ^= static_cast<unsigned char>(ch);
      hash_ *= 1099511628211ull;
    }
    return *this;
  }
  StableHasher& add(char ch) { return add(std::string_view(&ch, 1)); }
  std::string hex() const;
  // Appends hex() to `out` without a string of its own (sixteen digits are one past the
  // short-string buffer, so hex() allocates).
  void append_hex(std::string& out) const;

 private:
  unsigned long long hash_ = 14695981039346656037ull;
};

}  // namespace diplograph
