#include "text/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

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
    // Printable ASCII and tabs, most of any text, need no decoding and cannot be a fault.
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

std::string to_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normaliser unavailable");
  // Checked on the UTF-8 itself: nearly every text is already NFC, and the round trip
  // through UTF-16 cost more than the check.
  if (nfc->isNormalizedUTF8(icu::StringPiece(text.data(), text.size()), status) &&
      U_SUCCESS(status))
    return std::string(text);
  status = U_ZERO_ERROR;
  const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  icu::UnicodeString normalised = nfc->normalize(source, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalisation failed");
  std::string out;
  normalised.toUTF8String(out);
  return out;
}

std::string fold_case(std::string_view text) {
  // ASCII folds to ASCII lower case (ICU agrees), and most tokens are ASCII: skip the
  // round trip through UTF-16.
  std::string out(text);
  bool ascii = true;
  for (char& c : out) {
    ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (ascii) return out;
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  unicode.foldCase();
  out.clear();
  unicode.toUTF8String(out);
  return out;
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
