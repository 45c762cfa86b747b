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

// Whether `c` is the ASCII white space that separates sentences and paragraphs.
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// `span` without the ASCII white space at either end of it in `text`.
inline Span trim_ascii_space(std::string_view text, Span span) {
  while (span.begin < span.end && is_ascii_space(text[span.begin])) ++span.begin;
  while (span.end > span.begin && is_ascii_space(text[span.end - 1])) --span.end;
  return span;
}

}  // namespace diplograph
