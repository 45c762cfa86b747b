#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace diplograph {

// A word whose hash is already known (Token::hash): looking it up does not hash it again.
// Requires: hash == std::hash<std::string_view>{}(text).
struct HashedWord {
  std::string_view text;
  std::size_t hash;
  friend bool operator==(const HashedWord& word, const std::string& key) {
    return word.text == key;
  }
};

// A hash for string-keyed unordered containers that also accepts std::string_view, C
// strings and HashedWord, so a look-up with a token's text never builds a temporary
// std::string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
  std::size_t operator()(const HashedWord& word) const { return word.hash; }
};

// Unordered containers keyed by strings, searchable by std::string_view.
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace diplograph
