#include "text/language_tag.h"

namespace diplograph {

bool is_language_tag(std::string_view tag) {
  std::size_t run = 0;
  bool first_subtag = true;
  for (const char c : tag) {
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    if (c == '-') {
      if (run == 0) return false;
      run = 0;
      first_subtag = false;
    } else if (alpha || (digit && !first_subtag)) {
      if (++run > 8) return false;
    } else {
      return false;
    }
  }
  return run > 0;
}

}  // namespace diplograph
