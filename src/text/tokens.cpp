#include "text/tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/utf8.h"

namespace diplograph {
namespace {

struct CodePoint {
  UChar32 value;
  std::size_t begin;
  std::size_t end;
};

CodePoint decode_at(std::string_view text, std::size_t offset) {
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(offset);
  UChar32 c;
  U8_NEXT(data, i, static_cast<int32_t>(text.size()), c);
  return {c, offset, static_cast<std::size_t>(i)};
}

bool is_word_char(UChar32 c) { return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_DIACRITIC); }
bool is_joiner(UChar32 c) { return c == '-' || c == '\'' || c == 0x2019 || c == 0x2010 || c == 0x2011; }

}  // namespace

std::vector<Token> tokenize(std::string_view text, Span span) {
  std::vector<Token> tokens;
  std::size_t i = span.begin;
  while (i < span.end) {
    const CodePoint first = decode_at(text, i);
    if (u_isUWhiteSpace(first.value) || first.value < 0) {
      i = first.end;
      continue;
    }
    Token token;
    token.span.begin = i;
    if (is_word_char(first.value)) {
      std::size_t end = first.end;
      bool all_digits = u_isdigit(first.value);
      while (end < span.end) {
        const CodePoint next = decode_at(text, end);
        if (is_word_char(next.value)) {
          all_digits = all_digits && u_isdigit(next.value);
          end = next.end;
          continue;
        }
        // An inner joiner stays in the word only when a letter or digit follows it.
        if (is_joiner(next.value) && next.end < span.end &&
            is_word_char(decode_at(text, next.end).value)) {
          all_digits = false;
          end = next.end;
          continue;
        }
        break;
      }
      token.span.end = end;
      token.kind = all_digits ? Token::Kind::number : Token::Kind::word;
      token.capitalised = u_isupper(first.value) || u_istitle(first.value);
    } else {
      token.span.end = first.end;
      token.kind = Token::Kind::punctuation;
    }
    token.folded = fold_case(token.span.of(text));
    i = token.span.end;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace diplograph
