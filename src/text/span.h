#pragma once
#include <cstddef>
#include <string_view>

namespace diplograph {

// A half-open byte range [begin, end) into a document's normalised UTF-8 text.
// Every mention, relation and triple points back to its source through one.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace diplograph
