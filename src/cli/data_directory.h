#pragma once
#include <filesystem>

namespace diplograph::cli {

// The lexicon root (every language and the shared gazetteer) a run uses when --lexicon is
// not given: for an installed binary (PREFIX/bin/diplograph) the one installed beside it,
// PREFIX/share/diplograph/lexicon, found from the binary's own location so that the
// install works without the source tree; otherwise (a binary in the build tree) the
// source tree's ontology/lexicon.
std::filesystem::path default_lexicon_for_this_binary();

}  // namespace diplograph::cli
