#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <set>
#include <stdexcept>

#include "text/sentence_breaks.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

Span trim(std::string_view text, Span span) {
  span = trim_ascii_space(text, span);
  // U+00A0 no-break space, common in pasted news text
  while (span.end - span.begin >= 2 && text.substr(span.end - 2, 2) == "\xC2\xA0") span.end -= 2;
  return span;
}

// The word just before position `end` (which follows a full stop), case-folded.
std::string word_before_dot(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t dot = end;
  while (dot > begin && is_ascii_space(text[dot - 1])) --dot;
  if (dot == begin || text[dot - 1] != '.') return {};
  std::size_t start = dot - 1;
  while (start > begin && !is_ascii_space(text[start - 1]) && text[start - 1] != '(' &&
         text[start - 1] != '"')
    --start;
  return fold_case(text.substr(start, dot - 1 - start));
}

bool continues_sentence(std::string_view text, std::size_t begin, std::size_t end,
                        const SentenceRules& rules) {
  const std::string word = word_before_dot(text, begin, end);
  if (word.empty()) return false;
  // A single letter is an initial ("J. Smith"), unless it is a whole sentence's last word.
  if (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]))) return true;
  return std::find(rules.abbreviations.begin(), rules.abbreviations.end(), word) !=
         rules.abbreviations.end();
}

// ICU's sentence break iterator for this thread. Building one from the rules is costly
// (more than splitting a paragraph), so each thread keeps one and re-points it with setText.
icu::BreakIterator& sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator;
  if (!iterator) {
    UErrorCode status = U_ZERO_ERROR;
    iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
      iterator.reset();
      throw std::runtime_error("ICU sentence break iterator unavailable");
    }
  }
  return *iterator;
}

// Walks UTF-8 text and its UTF-16 form together, to turn ICU's UTF-16 offsets back into
// byte offsets. Offsets must be asked for in increasing order.
class Utf16ToUtf8Offsets {
 public:
  explicit Utf16ToUtf8Offsets(std::string_view utf8) : utf8_(utf8) {}
  std::size_t byte_offset(std::size_t utf16_offset) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080;
    while (utf16_ < utf16_offset && byte_ < utf8_.size()) {
      // Eight ASCII bytes are eight UTF-16 units.
      std::uint64_t word;
      if (utf16_offset - utf16_ >= sizeof word && byte_ + sizeof word <= utf8_.size() &&
          (std::memcpy(&word, utf8_.data() + byte_, sizeof word), (word & kHighBits) == 0)) {
        byte_ += sizeof word;
        utf16_ += sizeof word;
        continue;
      }
      const auto lead = static_cast<unsigned char>(utf8_[byte_]);
      // A character of four bytes is a surrogate pair, two UTF-16 units.
      const std::size_t bytes = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      utf16_ += bytes == 4 ? 2 : 1;
      byte_ += bytes;
    }
    return byte_;
  }

 private:
  std::string_view utf8_;
  std::size_t byte_ = 0;
  std::size_t utf16_ = 0;
};

std::vector<Span> split_paragraph(std::string_view text, Span paragraph,
                                  const SentenceRules& rules) {
  const std::string_view slice = paragraph.of(text);
  std::vector<Span> out;
  std::size_t start = 0;
  // Each break the rules find, unless an abbreviation or an initial goes before it.
  auto take_break = [&](std::size_t end) {
    if (end < slice.size() && continues_sentence(slice, start, end, rules)) return;
    Span span = trim(text, {paragraph.begin + start, paragraph.begin + end});
    if (!span.empty()) out.push_back(span);
    start = end;
  };
  // The same rules without ICU's iterator and the UTF-16 copy it reads; ICU decides only
  // for what they leave to it.
  std::vector<std::size_t> ends;
  if (find_sentence_ends(slice, ends)) {
    for (const std::size_t end : ends) take_break(end);
    return out;
  }
  icu::BreakIterator* iterator = &sentence_iterator();
  // ICU reads UTF-16 natively; through a UTF-8 UText, decoding and mapping offsets cost
  // about as much as finding the breaks. The iterator keeps a reference to `utf16`.
  const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(
      icu::StringPiece(slice.data(), static_cast<int32_t>(slice.size())));
  iterator->setText(utf16);
  Utf16ToUtf8Offsets offsets(slice);
  for (int32_t boundary = iterator->next(); boundary != icu::BreakIterator::DONE;
       boundary = iterator->next())
    take_break(offsets.byte_offset(static_cast<std::size_t>(boundary)));
  // The string goes; the iterator must not keep pointing at it.
  static const icu::UnicodeString kNothing;
  iterator->setText(kNothing);
  return out;
}

}  // namespace

bool is_boilerplate_line(std::string_view line, const BoilerplateRules& rules) {
  const std::string folded = fold_case(line);
  std::string_view trimmed = folded;
  while (!trimmed.empty() && is_ascii_space(trimmed.front())) trimmed.remove_prefix(1);
  while (!trimmed.empty() && is_ascii_space(trimmed.back())) trimmed.remove_suffix(1);
  for (const auto& prefix : rules.line_prefixes)
    if (trimmed.starts_with(prefix)) return true;
  for (const auto& marker : rules.line_markers)
    if (trimmed.find(marker) != std::string_view::npos) return true;
  for (const auto& whole : rules.whole_lines)
    if (trimmed == whole) return true;
  return false;
}

std::vector<Sentence> split_sentences(std::string_view text, const BoilerplateRules& boilerplate,
                                      const SentenceRules& rules) {
  std::vector<Sentence> sentences;
  std::set<std::string_view> seen_paragraphs;
  std::size_t paragraph_index = 0;
  bool first_paragraph = true;
  std::size_t line_begin = 0;
  while (line_begin <= text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const Span paragraph = trim(text, {line_begin, line_end});
    line_begin = line_end + 1;
    if (paragraph.empty()) continue;
    const std::string_view paragraph_text = paragraph.of(text);
    const std::size_t index = paragraph_index++;
    // Headlines come first and are often repeated right below; news pages duplicate paragraphs.
    if (!seen_paragraphs.insert(paragraph_text).second) continue;
    if (is_boilerplate_line(paragraph_text, boilerplate)) continue;
    const bool is_title =
        first_paragraph && paragraph_text.find_first_of(".!?") == std::string_view::npos;
    first_paragraph = false;
    for (const Span& span : split_paragraph(text, paragraph, rules)) {
      sentences.push_back({span, index, is_title});
    }
    if (line_end == text.size()) break;
  }
  return sentences;
}

}  // namespace diplograph
