#pragma once
#include <functional>
#include <vector>

namespace diplograph {

// Runs independent `tasks` on up to `threads` threads (the calling thread included), each
// task exactly once, and returns when all are done. Tasks are started in the order given,
// so put the longest first. If tasks throw, the exception of the first failing task in
// that order is rethrown once all have finished; the others still run to completion.
void run_parallel(const std::vector<std::function<void()>>& tasks, unsigned threads);

}  // namespace diplograph
