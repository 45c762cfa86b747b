#include "extract/document_budget.h"

namespace diplograph {

DocumentBudget::DocumentBudget(const ExtractionLimits& limits)
    : time_budget_(limits.time_budget),
      memory_budget_(limits.memory_budget_bytes),
      start_(std::chrono::steady_clock::now()) {}

void DocumentBudget::check_time(ExtractionStage stage) const {
  if (time_budget_.count() <= 0) return;
  const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start_);
  if (spent > time_budget_)
    throw BudgetExceeded(BudgetExceeded::Resource::time_ms,
                         static_cast<std::size_t>(time_budget_.count()),
                         static_cast<std::size_t>(spent.count()), stage);
}

void DocumentBudget::charge(std::size_t bytes, ExtractionStage stage) {
  charged_ += bytes;
  if (memory_budget_ != 0 && charged_ > memory_budget_)
    throw BudgetExceeded(BudgetExceeded::Resource::memory_bytes, memory_budget_, charged_, stage);
}

}  // namespace diplograph
