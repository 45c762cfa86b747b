#pragma once
#include <string_view>

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

}  // namespace diplograph
