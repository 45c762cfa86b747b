#pragma once
#include <string_view>

namespace diplograph {

// True for a language tag Turtle's LANGTAG accepts (BCP 47 shape): a first subtag of 1-8
// letters, then "-" subtags of 1-8 letters or digits ("id", "en-US", "zh-Hant").
bool is_language_tag(std::string_view tag);

}  // namespace diplograph
