// Unit tests of run_parallel (src/export/parallel_tasks.h): every task runs once, on
// any number of threads, and a failure is reported as the first failing task's.
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

}  // namespace
}  // namespace diplograph
