#include "text/sentence_breaks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <limits>

namespace diplograph {
namespace {

// What a character can do to a sentence break, from its Sentence_Break property.
enum class BreakRole : std::uint8_t {
  none,        // letters, digits, most punctuation: never followed by a break
  terminator,  // STerm, ATerm: a break may follow
  close,       // Close: stays with a terminator before it
  space,       // Sp: stays with a terminator before it
  separator,   // Sep, CR, LF: a break follows
  other_tail,  // Extend, Format and the rest: fine in the body, left to ICU in a tail
};

BreakRole role_from_icu(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_STERM:
    case U_SB_ATERM:
      return BreakRole::terminator;
    case U_SB_CLOSE:
      return BreakRole::close;
    case U_SB_SP:
      return BreakRole::space;
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return BreakRole::separator;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return BreakRole::other_tail;
    default:
      return BreakRole::none;
  }
}

// The roles of ASCII, most of the text, asked of ICU once, and which bytes end the body:
// an ASCII terminator or separator, or any byte of a longer character (decoded and asked
// of ICU).
struct ByteRoles {
  std::array<BreakRole, 128> ascii{};
  std::array<bool, 256> ends_body{};
};
const ByteRoles& byte_roles() {
  static const ByteRoles roles = [] {
    ByteRoles table;
    for (UChar32 c = 0; c < 128; ++c) {
      const auto byte = static_cast<std::size_t>(c);
      table.ascii[byte] = role_from_icu(c);
      table.ends_body[byte] =
          table.ascii[byte] == BreakRole::terminator || table.ascii[byte] == BreakRole::separator;
    }
    for (std::size_t byte = 128; byte < 256; ++byte) table.ends_body[byte] = true;
    return table;
  }();
  return roles;
}

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
  const auto& body_ends = byte_roles().ends_body;
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
      while (position < length && !body_ends[bytes[position]]) ++position;
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

bool is_one_sentence(std::string_view text) {
  const ByteRoles& roles = byte_roles();
  const auto& ascii = roles.ascii;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  if (static_cast<std::size_t>(length) != text.size()) return false;
  // Where the reading is: in the body, or in the tail's terminators, closers or spaces.
  enum class Part { body, terminators, closers, spaces } part = Part::body;
  std::int32_t i = 0;
  while (i < length) {
    // Most of a text is body ASCII that changes nothing: skipped without the state machine.
    if (part == Part::body) {
      while (i < length && !roles.ends_body[bytes[i]]) ++i;
      if (i == length) break;
    }
    BreakRole role;
    if (bytes[i] < 0x80) {
      role = ascii[bytes[i]];
      ++i;
    } else {
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0) return false;
      role = role_from_icu(c);
    }
    if (role == BreakRole::separator) return false;
    switch (part) {
      case Part::body:
        if (role == BreakRole::terminator) part = Part::terminators;
        break;
      case Part::terminators:
        if (role == BreakRole::close)
          part = Part::closers;
        else if (role == BreakRole::space)
          part = Part::spaces;
        else if (role != BreakRole::terminator)
          return false;
        break;
      case Part::closers:
        if (role == BreakRole::space)
          part = Part::spaces;
        else if (role != BreakRole::close)
          return false;
        break;
      case Part::spaces:
        if (role != BreakRole::space) return false;
        break;
    }
  }
  return true;
}

}  // namespace diplograph
