#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace diplograph {

// True for a language tag Turtle's LANGTAG accepts (BCP 47 shape): a first subtag of 1-8
// letters, then "-" subtags of 1-8 letters or digits ("id", "en-US", "zh-Hant").
bool is_language_tag(std::string_view tag);

// An actor's name per language, by language tag ("en" -> "South Korea", "id" -> "Korea
// Selatan"), sorted by tag; searchable by std::string_view.
using LabelsByLanguage = std::map<std::string, std::string, std::less<>>;

}  // namespace diplograph
