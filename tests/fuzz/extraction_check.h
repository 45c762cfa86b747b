#pragma once
#include "require.h"
#include "text/document.h"

namespace diplograph::fuzz {

// Runs the extraction stage (sentences, tokens, mentions, dates, relations) with the real
// Indonesian lexicon on a document a reader accepted, and aborts on a broken invariant
// that the graph builder and the exporters rely on (spans inside the text, indices inside
// their vectors, evidence that is still valid UTF-8), so libFuzzer keeps the input.
void extract_and_check(const Document& document);

}  // namespace diplograph::fuzz
