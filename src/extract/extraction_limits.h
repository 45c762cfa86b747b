#pragma once
#include <chrono>
#include <cstddef>

namespace diplograph {

// The most actors one coordinated group holds ("A, B, C dan D"): relations are built over
// the pairs of two groups, so a list of hundreds of names never becomes a cross-product.
// The rest are left out, and the pipeline warns.
inline constexpr std::size_t kMaxGroupMembers = 16;

// The bounds one document's extraction keeps to, so that no single document (a page of
// megabytes without a full stop, a list of thousands of names) can take a batch's time or
// memory. The defaults sit far above what news articles need; the CLI can change them.
struct ExtractionLimits {
  // A longer sentence is cut into pieces of at most this size (text/long_sentences.h):
  // the work per sentence and every evidence literal stay bounded.
  std::size_t max_sentence_bytes = 2048;
  // A sentence yields at most this many relations, the first ones read; the rest are
  // dropped with a warning (a coordinated list of actors would otherwise give a cross-product).
  std::size_t max_relations_per_sentence = 64;
  // A document whose extraction takes longer, or whose working set (as the extractor
  // counts it) grows larger, is reported and skipped. Zero: no limit.
  std::chrono::milliseconds time_budget{60'000};
  std::size_t memory_budget_bytes = std::size_t{1} << 30;
};

}  // namespace diplograph
