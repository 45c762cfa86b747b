#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace diplograph {

// The sentence boundaries ICU's root sentence rules give `text`, found without ICU's break
// iterator: UAX #29's rules SB3 to SB11 over ICU's Sentence_Break classes. On success,
// `ends` holds the byte offset that ends each sentence, in order, the last one
// text.size() (nothing for an empty text), and the answer is true. Texts these rules leave
// to ICU answer false, with `ends` unspecified: any Extend or Format character (rule SB5,
// which makes them invisible, is not implemented), text that is not valid UTF-8, and text
// of 2^31 bytes or more.
bool find_sentence_ends(std::string_view text, std::vector<std::size_t>& ends);

}  // namespace diplograph
