#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

// The language a text is written in, as CLD2 (Debian's libcld2) tells it: an ISO 639-1 code
// ("en", "id", "fr") or a CLD2 tag for scripts and variants ("zh-Hant"). Nothing when the
// text is too short or too mixed for CLD2 to name a language at all (a headline of names).
// The text must be valid UTF-8 (every Document is).
std::optional<std::string> detect_language(std::string_view text);

}  // namespace diplograph
