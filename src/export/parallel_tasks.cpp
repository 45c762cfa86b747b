#include "export/parallel_tasks.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "text/contract_check.h"

namespace diplograph {

void run_parallel(const std::vector<std::function<void()>>& tasks, unsigned threads) {
  std::vector<std::exception_ptr> failures(tasks.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < tasks.size(); i = next++) {
      try {
        tasks[i]();
      } catch (...) {
        failures[i] = std::current_exception();
      }
    }
  };
  const std::size_t helpers = std::min<std::size_t>(std::max(threads, 1u), tasks.size());
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < helpers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  for (const std::exception_ptr& failure : failures)
    if (failure) std::rethrow_exception(failure);
}

void run_over_ranges(std::size_t count, unsigned threads,
                     const std::function<void(std::size_t, std::size_t, std::size_t)>& work,
                     std::size_t per_task) {
  DIPLOGRAPH_CONTRACT_CHECK(per_task >= 1);
  std::vector<std::function<void()>> tasks;
  tasks.reserve(range_tasks(count, per_task));
  for (std::size_t task = 0, first = 0; first < count; ++task, first += per_task)
    tasks.emplace_back([&work, task, first, last = std::min(count, first + per_task)] {
      work(task, first, last);
    });
  run_parallel(tasks, threads);
}

}  // namespace diplograph
