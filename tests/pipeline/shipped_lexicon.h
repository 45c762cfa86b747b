#pragma once
// The Indonesian lexicon shipped in ontology/lexicon, loaded once per test program and
// shared by the pipeline tests that build graphs from real text.
#include "lexicon/lexicon.h"

namespace diplograph::testing {

inline const Lexicon& shipped_lexicon() {
  static const Lexicon loaded = Lexicon::load(default_lexicon_directory());
  return loaded;
}

}  // namespace diplograph::testing
