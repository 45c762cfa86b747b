#include "text/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "text/contract_check.h"

namespace diplograph {

std::optional<TextFault> find_text_fault(std::string_view bytes) {
  std::size_t line = 1;
  std::size_t line_start = 0;
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    return TextFault{0, 1, 1, "document larger than 2 GiB"};
  }
  int32_t i = 0;
  while (i < length) {
    // Printable ASCII and tabs, most of any text, need no decoding and cannot be a fault:
    // eight bytes a step while none is a control byte (line ends included) or above ASCII.
    constexpr std::uint64_t kOnes = 0x0101010101010101;
    constexpr std::uint64_t kHighBits = 0x80 * kOnes;
    std::uint64_t word;
    while (i + static_cast<int32_t>(sizeof word) <= length &&
           (std::memcpy(&word, data + i, sizeof word),
            ((word | (word - 0x20 * kOnes)) & kHighBits) == 0))
      i += static_cast<int32_t>(sizeof word);
    if (i >= length) break;
    if ((data[i] >= 0x20 && data[i] < 0x80) || data[i] == '\t') {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    auto fault = [&](std::string message) {
      return TextFault{static_cast<std::size_t>(start), line,
                       static_cast<std::size_t>(start) - line_start + 1, std::move(message)};
    };
    if (c < 0) return fault("invalid UTF-8 byte sequence at byte " + std::to_string(start));
    if (c == 0) return fault("NUL byte at byte " + std::to_string(start) + " (binary file?)");
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      char code[8];
      std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(c));
      return fault(std::string("control character U+") + code + " at byte " +
                   std::to_string(start) + " (binary file?)");
    }
    if (c == '\n') {
      ++line;
      line_start = static_cast<std::size_t>(i);
    }
  }
  return std::nullopt;
}

namespace {

bool is_ascii_byte(char c) { return static_cast<unsigned char>(c) < 0x80; }

// Whether valid UTF-8 `text` is in NFC, asked of ICU on the UTF-8 itself (the round trip
// through UTF-16 cost more than the check). ASCII is NFC; an ASCII character is a starter
// that nothing before it changes and that composes with nothing before it, but a mark after
// it may compose with it. So each run of other characters is checked with the ASCII
// character before it, and the ASCII between runs is not looked at by ICU.
bool is_nfc(std::string_view text, const icu::Normalizer2& nfc) {
  const auto begin = text.begin();
  auto at = std::find_if_not(begin, text.end(), is_ascii_byte);
  while (at != text.end()) {
    const auto run_end = std::find_if(at, text.end(), is_ascii_byte);
    const auto from = at == begin ? at : at - 1;
    UErrorCode status = U_ZERO_ERROR;
    const bool normalised = nfc.isNormalizedUTF8(
        icu::StringPiece(&*from, static_cast<std::int32_t>(run_end - from)), status);
    if (!normalised || U_FAILURE(status)) return false;
    at = std::find_if_not(run_end, text.end(), is_ascii_byte);
  }
  return true;
}

}  // namespace

std::string to_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normaliser unavailable");
  if (is_nfc(text, *nfc)) return std::string(text);
  const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  icu::UnicodeString normalised = nfc->normalize(source, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalisation failed");
  std::string out;
  normalised.toUTF8String(out);
  return out;
}

namespace {

// Lower-cases the ASCII capitals at the beginning of data[0, size), up to the first byte
// outside ASCII, eight bytes at a time; returns how many bytes that beginning has.
std::size_t lower_ascii_prefix(char* data, std::size_t size) {
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHighBits = 0x80 * kOnes;
  std::size_t i = 0;
  for (; i + sizeof(std::uint64_t) <= size; i += sizeof(std::uint64_t)) {
    std::uint64_t word;
    std::memcpy(&word, data + i, sizeof word);
    if (word & kHighBits) break;
    // Bytes below 0x80 cannot carry into their neighbours here: the high bit of a byte says
    // it is at least 'A' (+0x3F), and not above 'Z' (+0x25 leaves it clear).
    const std::uint64_t capitals =
        (word + (0x80 - 'A') * kOnes) & ~(word + (0x80 - 'Z' - 1) * kOnes) & kHighBits;
    word |= capitals >> 2;  // 0x80 >> 2 is 0x20, the case bit
    std::memcpy(data + i, &word, sizeof word);
  }
  for (; i < size && is_ascii_byte(data[i]); ++i) {
    const auto byte = static_cast<unsigned char>(data[i]);
    data[i] = static_cast<char>(byte + (static_cast<unsigned char>(byte - 'A') < 26 ? 32 : 0));
  }
  return i;
}

// Appends the case folding of `run`, bytes that are all outside ASCII, through ICU.
void append_folded_non_ascii(std::string_view run, std::string& out) {
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(run.data(), run.size()));
  unicode.foldCase();
  unicode.toUTF8String(out);
}

}  // namespace

std::string fold_case(std::string_view text) {
  // ASCII folds to ASCII lower case (ICU agrees), and most tokens are ASCII: skip the
  // round trip through UTF-16.
  std::string out(text);
  std::size_t ascii_end = lower_ascii_prefix(out.data(), out.size());
  if (ascii_end == text.size()) return out;
  // Only the runs of other characters go through ICU (a line with two curly quotes is
  // mostly ASCII). Folding them apart gives the bytes of folding the whole: full case
  // folding maps each character alone, without context, and an ASCII byte ends any
  // sequence, so a malformed one is replaced alike either way.
  out.resize(ascii_end);
  while (ascii_end < text.size()) {
    const auto first = text.begin();
    const auto run_end = static_cast<std::size_t>(
        std::find_if(first + static_cast<std::ptrdiff_t>(ascii_end), text.end(), is_ascii_byte) -
        first);
    append_folded_non_ascii(text.substr(ascii_end, run_end - ascii_end), out);
    ascii_end = static_cast<std::size_t>(
        std::find_if_not(first + static_cast<std::ptrdiff_t>(run_end), text.end(), is_ascii_byte) -
        first);
    const std::size_t appended_from = out.size();
    out.append(text.substr(run_end, ascii_end - run_end));
    lower_ascii_prefix(out.data() + appended_from, out.size() - appended_from);
  }
  return out;
}

void fold_ascii_case(std::string_view ascii, std::string& out) {
  out.assign(ascii);
  const std::size_t lowered = lower_ascii_prefix(out.data(), out.size());
  DIPLOGRAPH_CONTRACT_CHECK(lowered == out.size());
}

std::size_t count_characters(std::string_view utf8) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  const std::size_t size = utf8.size();
  // Counted in blocks of at most 255 bytes into one byte, which cannot overflow: the
  // compiler turns the inner loop into vector instructions, a third of the instructions of
  // a byte-by-byte count on the lengths of evidence sentences.
  constexpr std::size_t kBlock = 255;
  std::size_t continuations = 0;
  for (std::size_t i = 0; i < size;) {
    const std::size_t block_end = i + std::min(kBlock, size - i);
    unsigned char in_block = 0;
    for (; i < block_end; ++i) in_block += (bytes[i] & 0xC0) == 0x80;
    continuations += in_block;
  }
  return size - continuations;
}

std::string normalise_line_ends(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string out;
  out.reserve(text.size());
  // The text between carriage returns is copied whole.
  for (std::size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r')) {
    out.append(text.substr(0, cr));
    out += '\n';
    text.remove_prefix(cr + (cr + 1 < text.size() && text[cr + 1] == '\n' ? 2 : 1));
  }
  out.append(text);
  return out;
}

}  // namespace diplograph
