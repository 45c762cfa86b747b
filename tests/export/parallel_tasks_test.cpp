// Unit tests of run_parallel (src/export/parallel_tasks.h): every task runs once, on
// any number of threads, and a failure is reported as the first failing task's; and of
// run_over_ranges: its ranges cover every item once, each task numbered by its place.
#include "export/parallel_tasks.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

namespace diplograph {
namespace {

TEST(RunParallel, EveryTaskRunsExactlyOnceWhateverTheNumberOfThreads) {
  for (const unsigned threads : {0u, 1u, 2u, 3u, 16u}) {
    std::vector<std::atomic<int>> runs(10);
    std::vector<std::function<void()>> tasks;
    for (auto& count : runs) tasks.emplace_back([&count] { ++count; });
    run_parallel(tasks, threads);
    for (const auto& count : runs) EXPECT_EQ(count.load(), 1) << threads << " threads";
  }
}

TEST(RunParallel, NoTasksIsFine) { EXPECT_NO_THROW(run_parallel({}, 4)); }

TEST(RunParallel, RethrowsTheFirstFailureInTaskOrderAfterRunningTheRest) {
  for (const unsigned threads : {1u, 2u, 4u}) {
    std::atomic<int> finished{0};
    const std::vector<std::function<void()>> tasks = {
        [&] { ++finished; }, [] { throw std::runtime_error("second"); },
        [&] { ++finished; }, [] { throw std::runtime_error("fourth"); },
        [&] { ++finished; },
    };
    try {
      run_parallel(tasks, threads);
      FAIL() << "expected an exception";
    } catch (const std::runtime_error& error) {
      EXPECT_EQ(std::string(error.what()), "second");
    }
    EXPECT_EQ(finished.load(), 3) << threads << " threads";
  }
}

TEST(RunOverRanges, CoversEveryItemOnceInNumberedRanges) {
  for (const unsigned threads : {1u, 2u, 3u}) {
    for (const std::size_t count :
         {std::size_t{0}, std::size_t{1}, std::size_t{9}, std::size_t{10}}) {
      std::vector<std::atomic<int>> seen(count);
      std::atomic<std::size_t> tasks{0};
      std::atomic<int> misplaced{0};
      run_over_ranges(
          count, threads,
          [&](std::size_t task, std::size_t first, std::size_t last) {
            ++tasks;
            misplaced += first != task * 3 || last > first + 3 || last <= first;
            for (std::size_t i = first; i < last; ++i) ++seen[i];
          },
          3);
      for (const auto& runs : seen) EXPECT_EQ(runs.load(), 1) << count << " items";
      EXPECT_EQ(tasks.load(), range_tasks(count, 3)) << count << " items";
      EXPECT_EQ(misplaced.load(), 0) << count << " items";
    }
  }
}

}  // namespace
}  // namespace diplograph
