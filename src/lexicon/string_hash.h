#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

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

// The hashes of a table's keys as a bit set, which answers "certainly not a key" with one
// bit test: most words of a text are in none of the lexicon's tables, and a look-up that
// fails in an unordered_map costs a division and a walk of a bucket. A hash it has not seen
// may still test positive (then the table decides); a key's hash always does.
class HashFilter {
 public:
  void add(std::size_t hash) {
    if (bits_.empty()) bits_.assign(kBits / 64, 0);
    bits_[word_of(hash)] |= bit_of(hash);
  }
  bool may_contain(std::size_t hash) const {
    return !bits_.empty() && (bits_[word_of(hash)] & bit_of(hash)) != 0;
  }
  // Adds every hash `other` holds: the filter of the union of two tables.
  void add_all(const HashFilter& other) {
    if (other.bits_.empty()) return;
    if (bits_.empty()) {
      bits_ = other.bits_;
      return;
    }
    for (std::size_t k = 0; k < bits_.size(); ++k) bits_[k] |= other.bits_[k];
  }

 private:
  // 64 Ki bits (8 KiB): a table of 2,000 keys gives about 3 % false positives.
  static constexpr std::size_t kBits = std::size_t{1} << 16;
  static std::size_t word_of(std::size_t hash) { return (hash % kBits) / 64; }
  static std::uint64_t bit_of(std::size_t hash) { return std::uint64_t{1} << (hash % 64); }
  std::vector<std::uint64_t> bits_;  // empty until the first key
};

// A string-keyed table whose look-ups of absent words, most of a text's, stop at its
// HashFilter. Keys are added with operator[], as in a map.
template <typename Value>
class FilteredStringMap {
 public:
  Value& operator[](const std::string& key) {
    filter_.add(StringHash{}(key));
    return map_[key];
  }
  // False when no key has this hash; true when one may.
  bool may_contain(std::size_t hash) const { return filter_.may_contain(hash); }
  const HashFilter& filter() const { return filter_; }
  // The value of `word`, or null.
  const Value* find(const HashedWord& word) const {
    if (!filter_.may_contain(word.hash)) return nullptr;
    const auto found = map_.find(word);
    return found == map_.end() ? nullptr : &found->second;
  }
  const Value* find(std::string_view text) const {
    return find(HashedWord{text, StringHash{}(text)});
  }

 private:
  StringMap<Value> map_;
  HashFilter filter_;
};

}  // namespace diplograph
