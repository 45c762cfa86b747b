#include "pipeline/language_detector.h"

#include <climits>
// compact_lang_det.h uses FILE without including its header.
#include <cstdio>
// clang-format off
#include <cld2/public/compact_lang_det.h>
// clang-format on

namespace diplograph {

std::optional<std::string> detect_language(std::string_view text) {
  // CLD2 reads at most INT_MAX bytes; the first part of a huge text tells its language.
  const int length = static_cast<int>(std::min<std::size_t>(text.size(), INT_MAX));
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
