#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "text/sentences.h"

namespace diplograph {

// Cuts every sentence longer than `max_bytes` into pieces of at most `max_bytes`, so that
// no sentence can make extraction's work or an evidence literal grow without bound (a
// page whose "sentence" is megabytes of text without a full stop). A piece ends at the
// last clause punctuation (; : ,) in the second half of the window, else at the last
// space, else at a UTF-8 character boundary. Sentences within the limit are kept as they
// are. Returns how many sentences were cut. Requires: max_bytes >= 16 and `text` valid UTF-8.
std::size_t cut_long_sentences(std::string_view text, std::vector<Sentence>& sentences,
                               std::size_t max_bytes);

}  // namespace diplograph
