#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace diplograph {

// True when ICU's sentence rules (Unicode UAX #29, which ICU's root rules follow) cannot
// break `text` anywhere but at its end, so that the whole text is one sentence without
// asking the break iterator. Those rules break only after a terminator (Sentence_Break
// STerm or ATerm, with closing punctuation and spaces) or a paragraph separator (Sep, CR,
// LF). This answers true for a text with none of those characters, or whose only ones end
// it as terminators, then closing punctuation, then spaces (Term+ Close* Sp*, which rules
// SB8a, SB9 and SB10 keep together). Any other text, and text that is not valid UTF-8,
// answers false: ICU decides. The character classes are ICU's own.
bool is_one_sentence(std::string_view text);

// The sentence boundaries ICU's root sentence rules give `text`, found without ICU's break
// iterator: UAX #29's rules SB3 to SB11 over ICU's Sentence_Break classes. On success,
// `ends` holds the byte offset that ends each sentence, in order, the last one
// text.size() (nothing for an empty text), and the answer is true. Texts these rules leave
// to ICU answer false, with `ends` unspecified: any Extend or Format character (rule SB5,
// which makes them invisible, is not implemented), text that is not valid UTF-8, and text
// of 2^31 bytes or more.
bool find_sentence_ends(std::string_view text, std::vector<std::size_t>& ends);

}  // namespace diplograph
