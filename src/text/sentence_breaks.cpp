#include "text/sentence_breaks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <limits>

namespace diplograph {
namespace {

// The Sentence_Break class of every ASCII character, asked of ICU once.
const std::array<std::uint8_t, 128>& ascii_sentence_classes() {
  static const std::array<std::uint8_t, 128> classes = [] {
    std::array<std::uint8_t, 128> table{};
    for (UChar32 c = 0; c < 128; ++c)
      table[static_cast<std::size_t>(c)] =
          static_cast<std::uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    return table;
  }();
  return classes;
}

bool is_paragraph_separator(std::uint8_t c) {
  return c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF;
}
bool is_terminator(std::uint8_t c) { return c == U_SB_ATERM || c == U_SB_STERM; }

// The bytes a scan outside a terminator context must stop at: an ASCII terminator or
// separator, or any byte of a longer character (decoded and asked of ICU).
const std::array<bool, 256>& context_bytes() {
  static const std::array<bool, 256> stops = [] {
    std::array<bool, 256> table{};
    const auto& ascii = ascii_sentence_classes();
    for (std::size_t byte = 0; byte < 256; ++byte)
      table[byte] =
          byte >= 128 || is_terminator(ascii[byte]) || is_paragraph_separator(ascii[byte]);
    return table;
  }();
  return stops;
}

// Reads the characters of a text one at a time with their Sentence_Break classes.
class SentenceClassReader {
 public:
  explicit SentenceClassReader(std::string_view text)
      : ascii_(ascii_sentence_classes()),
        bytes_(reinterpret_cast<const std::uint8_t*>(text.data())),
        length_(static_cast<std::int32_t>(text.size())) {}
  std::int32_t length() const { return length_; }
  // The class of the character at byte `at`, which then moves past it. False for what
  // find_sentence_ends leaves to ICU: malformed UTF-8, Extend, Format.
  bool read(std::int32_t& at, std::uint8_t& sentence_class) const {
    if (bytes_[at] < 0x80) {
      sentence_class = ascii_[bytes_[at]];
      ++at;
      return true;
    }
    UChar32 c;
    U8_NEXT(bytes_, at, length_, c);
    if (c < 0) return false;
    sentence_class = static_cast<std::uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    return sentence_class != U_SB_EXTEND && sentence_class != U_SB_FORMAT;
  }

 private:
  const std::array<std::uint8_t, 128>& ascii_;
  const std::uint8_t* bytes_;
  std::int32_t length_;
};

}  // namespace

bool find_sentence_ends(std::string_view text, std::vector<std::size_t>& ends) {
  ends.clear();
  if (text.size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    return false;
  if (text.empty()) return true;
  // Read as it goes, without a copy of the text's classes: a paragraph may be megabytes.
  const SentenceClassReader reader(text);
  const auto& stops = context_bytes();
  const auto& ascii = ascii_sentence_classes();
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::int32_t length = reader.length();
  std::int32_t position = 0;  // the end of the current character `here`
  std::uint8_t before = U_SB_OTHER, here = U_SB_OTHER;
  if (!reader.read(position, here)) return false;
  // The terminator context ending at the current character: SATerm Close* Sp*, which rules
  // SB8 to SB11 look back to. `term` is its terminator's class.
  bool in_context = false;
  std::uint8_t term = U_SB_OTHER;
  bool seen_space = false;
  // SB8's look-ahead answer for the current context: every position of one context skips
  // the same characters ahead to the same letter, so it is asked once per context (which
  // also keeps the whole scan linear).
  enum class LowerAhead { unknown, yes, no } lower_ahead = LowerAhead::unknown;
  while (true) {
    // The context as it stands after this character.
    if (is_terminator(here)) {
      in_context = true;
      term = here;
      seen_space = false;
      lower_ahead = LowerAhead::unknown;
    } else if (in_context && here == U_SB_CLOSE && !seen_space) {
      // closing punctuation right after the terminator stays in the context
    } else if (in_context && here == U_SB_SP) {
      seen_space = true;
    } else {
      in_context = false;
    }
    // Outside a context, ASCII that is neither a terminator nor a separator cannot be
    // followed by a break, nor start a context: most of a text, skipped by table.
    if (!in_context && !is_paragraph_separator(here)) {
      const std::int32_t run = position;
      while (position < length && !stops[bytes[position]]) ++position;
      // `before` is asked only when `here` is a full stop, which a skipped byte is not.
      if (position > run) here = ascii[bytes[position - 1]];
    }
    if (position == length) break;
    std::int32_t after = position;
    std::uint8_t next;
    if (!reader.read(after, next)) return false;
    bool breaks = false;
    if (here == U_SB_CR && next == U_SB_LF) {
      breaks = false;  // SB3
    } else if (is_paragraph_separator(here)) {
      breaks = true;  // SB4
    } else if (here == U_SB_ATERM && next == U_SB_NUMERIC) {
      breaks = false;  // SB6
    } else if (here == U_SB_ATERM && next == U_SB_UPPER &&
               (before == U_SB_UPPER || before == U_SB_LOWER)) {
      breaks = false;  // SB7
    } else if (in_context) {
      if (term == U_SB_ATERM && lower_ahead == LowerAhead::unknown) {
        std::int32_t ahead = position;
        std::uint8_t c = U_SB_OTHER;
        while (ahead < length) {
          if (!reader.read(ahead, c)) return false;
          if (c == U_SB_OLETTER || c == U_SB_UPPER || c == U_SB_LOWER ||
              is_paragraph_separator(c) || is_terminator(c))
            break;
        }
        lower_ahead = c == U_SB_LOWER ? LowerAhead::yes : LowerAhead::no;
      }
      if (term == U_SB_ATERM && lower_ahead == LowerAhead::yes)
        breaks = false;  // SB8
      else if (next == U_SB_SCONTINUE || is_terminator(next))
        breaks = false;  // SB8a
      else if (!seen_space &&
               (next == U_SB_CLOSE || next == U_SB_SP || is_paragraph_separator(next)))
        breaks = false;  // SB9
      else if (next == U_SB_SP || is_paragraph_separator(next))
        breaks = false;  // SB10
      else
        breaks = true;  // SB11
    }
    if (breaks) ends.push_back(static_cast<std::size_t>(position));
    before = here;
    here = next;
    position = after;
  }
  ends.push_back(text.size());
  return true;
}

}  // namespace diplograph
