#pragma once
#include <filesystem>

namespace diplograph::cli {

// The lexicon a run uses when --lexicon is not given: for an installed binary
// (PREFIX/bin/diplograph) the one installed beside it, PREFIX/share/diplograph/lexicon/id,
// found from the binary's own location so that the install works without the source
// tree; otherwise (a binary in the build tree) the source tree's ontology/lexicon/id.
std::filesystem::path default_lexicon_for_this_binary();

}  // namespace diplograph::cli
