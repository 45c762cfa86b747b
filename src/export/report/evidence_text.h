#pragma once
#include <string>

#include "graph/model.h"

namespace diplograph::report {

// A mention's sentence cut around its trigger words, so the page can highlight them
// without ever parsing markup: before + trigger + after == the sentence.
struct EvidenceText {
  std::string before;
  std::string trigger;
  std::string after;
};

// The cut is made only where the trigger lies inside the sentence's span and both ends fall
// on UTF-8 character boundaries; otherwise the whole sentence is `before` and nothing is
// highlighted (a graph read back from an old export may lack the spans).
EvidenceText split_at_trigger(const Mention& mention);

}  // namespace diplograph::report
