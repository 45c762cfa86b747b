#pragma once
#include <chrono>
#include <cstddef>
#include <exception>

#include "extract/extraction_limits.h"

namespace diplograph {

// The step of extraction a document was in when it ran out of budget.
enum class ExtractionStage { sentences, tokens, reference_date, mentions, dates, relations };

// Thrown when a document spends its time or memory budget: the document is reported
// (the pipeline words the message) and skipped; the batch goes on.
class BudgetExceeded : public std::exception {
 public:
  enum class Resource { time_ms, memory_bytes };
  BudgetExceeded(Resource resource, std::size_t budget, std::size_t spent, ExtractionStage stage)
      : resource(resource), budget(budget), spent(spent), stage(stage) {}
  const char* what() const noexcept override { return "diplograph::BudgetExceeded"; }

  Resource resource;
  std::size_t budget;  // milliseconds or bytes
  std::size_t spent;
  ExtractionStage stage;
};

// One document's extraction measured against its time and memory budget
// (ExtractionLimits). The extractor checks it between stages and sentences, so a document
// overruns its time budget by at most one stage of one sentence. Memory is the extractor's
// own count of what it holds (tokens, mentions, relations, the text), not the process's:
// that count is the same on every run and machine, so the same documents are skipped.
class DocumentBudget {
 public:
  explicit DocumentBudget(const ExtractionLimits& limits);

  // Throws BudgetExceeded when the time budget is spent.
  void check_time(ExtractionStage stage) const;
  // Adds `bytes` to the working set; throws BudgetExceeded when it is over budget.
  void charge(std::size_t bytes, ExtractionStage stage);

  std::size_t charged_bytes() const { return charged_; }

 private:
  std::chrono::milliseconds time_budget_;
  std::size_t memory_budget_;
  std::chrono::steady_clock::time_point start_;
  std::size_t charged_ = 0;
};

}  // namespace diplograph
