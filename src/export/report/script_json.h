#pragma once
#include <string>
#include <string_view>

namespace diplograph::report {

// Appends `json_text` to `out` made safe to sit inside an HTML <script
// type="application/json"> element: '<', '>' and '&' become \u003c, \u003e and \u0026 (so no
// "</script>" or "<!--" can end or bend the element), and U+2028 and U+2029 become \u2028 and
// \u2029 (line breaks to JavaScript engines before ES2019). Only string contents can hold these
// characters in valid JSON, so the result parses to the same value. `json_text` may be any piece of
// a JSON text that does not end inside a character.
void append_script_safe_json(std::string_view json_text, std::string& out);

}  // namespace diplograph::report
