#pragma once
#include <cstddef>
#include <functional>
#include <vector>

namespace diplograph {

// Runs independent `tasks` on up to `threads` threads (the calling thread included), each
// task exactly once, and returns when all are done. Tasks are started in the order given,
// so put the longest first. If tasks throw, the exception of the first failing task in
// that order is rethrown once all have finished; the others still run to completion.
void run_parallel(const std::vector<std::function<void()>>& tasks, unsigned threads);

// How many items one task of run_over_ranges takes by default: enough that a task's
// overhead vanishes, few enough that the threads end together.
inline constexpr std::size_t kItemsPerTask = 4096;

// How many tasks run_over_ranges makes of `count` items, `per_task` (at least 1) a task.
inline std::size_t range_tasks(std::size_t count, std::size_t per_task = kItemsPerTask) {
  return (count + per_task - 1) / per_task;
}

// Runs `work(task, first, last)` over [0, count) cut into consecutive ranges of `per_task`
// items (the last one shorter), task t covering [t * per_task, ...), through run_parallel.
// For work whose items each fill their own place of a result made beforehand, so that the
// result is the same on any number of threads.
void run_over_ranges(
    std::size_t count, unsigned threads,
    const std::function<void(std::size_t task, std::size_t first, std::size_t last)>& work,
    std::size_t per_task = kItemsPerTask);

}  // namespace diplograph
