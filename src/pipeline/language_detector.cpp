#include "pipeline/language_detector.h"

#include <climits>
// compact_lang_det.h uses FILE without including its header.
#include <cstdio>
// clang-format off
#include <cld2/public/compact_lang_det.h>
// clang-format on

namespace diplograph {

std::optional<std::string> detect_language(std::string_view text, std::size_t max_bytes) {
  // CLD2 reads at most INT_MAX bytes; the first part of a huge text tells its language.
  max_bytes = std::min<std::size_t>(max_bytes, INT_MAX);
  if (text.size() > max_bytes) {
    // Cut before a character that would not fit whole.
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text = text.substr(0, end);
  }
  const int length = static_cast<int>(text.size());
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::DetectLanguageSummary(text.data(), length, /*is_plain_text=*/true, top3, percent3,
                              &text_bytes, &reliable);
  // DetectLanguageSummary answers English for a text it cannot read; the summary's first
  // language is UNKNOWN then, and that is what says "cannot tell".
  if (top3[0] == CLD2::UNKNOWN_LANGUAGE) return std::nullopt;
  return std::string(CLD2::LanguageCode(top3[0]));
}

}  // namespace diplograph
