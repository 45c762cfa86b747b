#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

// The language a text is written in, as CLD2 (Debian's libcld2) tells it: an ISO 639-1 code
// ("en", "id", "fr") or a CLD2 tag for scripts and variants ("zh-Hant"). Nothing when the
// text is too short or too mixed for CLD2 to name a language at all (a headline of names).
// The text must be valid UTF-8 (every Document is). Reads at most `max_bytes` of it (cut
// at a character boundary).
std::optional<std::string> detect_language(std::string_view text, std::size_t max_bytes = SIZE_MAX);

// How much of a document's beginning the build reads to tell its language: CLD2 scores
// every byte it is given (about 260 instructions a byte; 17 % of a facts-only build when it
// read whole articles, 10 % at 1 KB), and about 80 words tell a language as well as the
// whole article does: every document of the dev sets, the samples and the 5 MB and 20 MB
// benchmark corpora gets the same language from 512 bytes as from its whole text (Malay
// and Indonesian, which CLD2 confuses, are read alike).
inline constexpr std::size_t kLanguageDetectionBytes = 512;

}  // namespace diplograph
