#pragma once
#include <compare>
#include <memory>
#include <string>
#include <string_view>

namespace diplograph {

// An immutable text held once and shared by every copy: the evidence sentence of a
// mention. A sentence that states many relations (a list of states that all condemn one
// act) gives many mentions, and copies of events (per-document graphs folded into the
// run's graph, `merge`) copy their mentions again; all of them point at one string.
// Compares and orders by content.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text)  // NOLINT: a text is a SharedText
      : text_(std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT: as above

  const std::string& str() const { return text_ ? *text_ : empty_text(); }
  std::size_t size() const { return str().size(); }
  bool empty() const { return str().empty(); }

  friend bool operator==(const SharedText& a, const SharedText& b) {
    return a.text_ == b.text_ || a.str() == b.str();
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    return a.str().compare(b.str()) <=> 0;
  }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }

 private:
  static const std::string& empty_text() {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> text_;
};

}  // namespace diplograph
