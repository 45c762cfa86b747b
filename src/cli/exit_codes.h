#pragma once

namespace diplograph::cli {

// The exit statuses of `diplograph`, documented in --help and the README.
enum ExitCode : int {
  kSuccess = 0,        // the run completed (skipped documents are reported, not fatal)
  kFatal = 1,          // the run could not complete (lexicon missing, output not writable)
  kUsage = 2,          // the command line was wrong
  kSkippedStrict = 3,  // --strict and at least one document was skipped
};

}  // namespace diplograph::cli
