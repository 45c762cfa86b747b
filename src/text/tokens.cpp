#include "text/tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <functional>

#include "text/contract_check.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

struct CodePoint {
  UChar32 value;
  std::size_t begin;
  std::size_t end;
};

// The character of more than one byte at `offset`, out of line: most characters are ASCII,
// which decode_at answers inline.
[[gnu::noinline]] CodePoint decode_multibyte_at(std::string_view text, std::size_t offset) {
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(offset);
  UChar32 c;
  U8_NEXT(data, i, static_cast<int32_t>(text.size()), c);
  return {c, offset, static_cast<std::size_t>(i)};
}

inline CodePoint decode_at(std::string_view text, std::size_t offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) return {byte, offset, offset + 1};
  return decode_multibyte_at(text, offset);
}

bool icu_is_word_char(UChar32 c) { return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_DIACRITIC); }

// The ICU properties the tokeniser asks of each character, precomputed for ASCII (most of
// the text) from ICU itself, so the answers cannot differ.
struct AsciiProperties {
  std::array<bool, 128> word{}, space{}, digit{}, capital{};
  AsciiProperties() {
    for (UChar32 c = 0; c < 128; ++c) {
      const auto i = static_cast<std::size_t>(c);
      word[i] = icu_is_word_char(c);
      space[i] = u_isUWhiteSpace(c);
      digit[i] = u_isdigit(c);
      capital[i] = u_isupper(c) || u_istitle(c);
    }
  }
};
// Built on first use (thread-safe), so tokenising works even during static initialisation.
const AsciiProperties& ascii() {
  static const AsciiProperties properties;
  return properties;
}

bool is_ascii(UChar32 c) { return c >= 0 && c < 128; }

// The character tests of the tokeniser, ASCII from the table (fetched once per call of
// tokenize: the thread-safe first-use check of ascii() costs more than the look-up).
class CharacterTests {
 public:
  CharacterTests() : ascii_(ascii()) {}
  bool is_word_char(UChar32 c) const {
    return is_ascii(c) ? ascii_.word[static_cast<std::size_t>(c)] : icu_is_word_char(c);
  }
  bool is_space(UChar32 c) const {
    return is_ascii(c) ? ascii_.space[static_cast<std::size_t>(c)] : u_isUWhiteSpace(c);
  }
  bool is_digit(UChar32 c) const {
    return is_ascii(c) ? ascii_.digit[static_cast<std::size_t>(c)] : u_isdigit(c);
  }
  bool is_capital(UChar32 c) const {
    return is_ascii(c) ? ascii_.capital[static_cast<std::size_t>(c)]
                       : (u_isupper(c) || u_istitle(c));
  }

 private:
  const AsciiProperties& ascii_;
};

bool is_joiner(UChar32 c) {
  return c == '-' || c == '\'' || c == 0x2019 || c == 0x2010 || c == 0x2011;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, Span span,
                            const std::vector<std::string>& clitics) {
  DIPLOGRAPH_CONTRACT_CHECK(span.begin <= span.end && span.end <= text.size());
  const CharacterTests chars;
  std::vector<Token> tokens;
  // About one token per five bytes of news text; growing the vector moved every token.
  tokens.reserve((span.end - span.begin) / 5 + 1);
  std::size_t i = span.begin;
  while (i < span.end) {
    const CodePoint first = decode_at(text, i);
    if (first.value < 0 || chars.is_space(first.value)) {
      i = first.end;
      continue;
    }
    // Built where it stays: a token moved into the list costs a copy of its folded form.
    Token& token = tokens.emplace_back();
    token.span.begin = i;
    // Most words are ASCII, which folds without ICU.
    bool ascii_only = is_ascii(first.value);
    if (chars.is_word_char(first.value)) {
      std::size_t end = first.end;
      bool all_digits = chars.is_digit(first.value);
      while (end < span.end) {
        // Letters and digits of ASCII, most of a word, without decoding.
        if (const auto byte = static_cast<unsigned char>(text[end]);
            byte < 0x80 && chars.is_word_char(byte)) {
          all_digits = all_digits && chars.is_digit(byte);
          ++end;
          continue;
        }
        const CodePoint next = decode_at(text, end);
        if (chars.is_word_char(next.value)) {
          all_digits = all_digits && chars.is_digit(next.value);
          ascii_only = ascii_only && is_ascii(next.value);
          end = next.end;
          continue;
        }
        // An inner joiner stays in the word only when a letter or digit follows it.
        if (is_joiner(next.value) && next.end < span.end &&
            chars.is_word_char(decode_at(text, next.end).value)) {
          all_digits = false;
          ascii_only = ascii_only && is_ascii(next.value);
          end = next.end;
          continue;
        }
        break;
      }
      token.span.end = end;
      token.kind = all_digits ? Token::Kind::number : Token::Kind::word;
      token.capitalised = chars.is_capital(first.value);
    } else {
      token.span.end = first.end;
      token.kind = Token::Kind::punctuation;
    }
    if (ascii_only)
      fold_ascii_case(token.span.of(text), token.folded);
    else
      token.folded = fold_case(token.span.of(text));
    token.hash = std::hash<std::string_view>{}(token.folded);
    i = token.span.end;
    if (token.is_word()) {
      for (const std::string& clitic : clitics) {
        if (token.folded.size() <= clitic.size() || !token.folded.ends_with(clitic)) continue;
        // Case folding keeps the byte length of the apostrophe and the ASCII letters a
        // clitic is made of, so its bytes end the span as they end the folded form.
        const std::size_t cut = token.span.end - clitic.size();
        if (cut <= token.span.begin || fold_case(text.substr(cut, clitic.size())) != clitic)
          continue;
        const Span ending_span{cut, token.span.end};
        token.span.end = cut;
        token.folded = fold_case(token.span.of(text));
        token.hash = std::hash<std::string_view>{}(token.folded);
        // `token` may move now.
        Token& ending = tokens.emplace_back();
        ending.kind = Token::Kind::punctuation;
        ending.span = ending_span;
        ending.folded = clitic;
        ending.hash = std::hash<std::string_view>{}(ending.folded);
        break;
      }
    }
  }
  return tokens;
}

}  // namespace diplograph
