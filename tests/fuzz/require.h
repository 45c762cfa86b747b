#pragma once
#include <cstdio>
#include <cstdlib>

namespace diplograph::fuzz {

// Aborts with `what` when `condition` is false. A broken invariant is a finding, not an
// input error, and aborting is how libFuzzer learns to keep the input as a crash.
inline void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

}  // namespace diplograph::fuzz
