#include "text/sentence_breaks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

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

}  // namespace

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
