#pragma once
#include <chrono>
#include <cstddef>
#include <ostream>

namespace diplograph::cli {

// A one-line progress display on a terminal: documents done of total, rate and ETA,
// redrawn in place at most ten times a second. Disabled (every call does nothing) when
// `enabled` is false: the CLI enables it only when standard error is a terminal, so logs
// of cron jobs and pipelines never fill with carriage returns.
class ProgressBar {
 public:
  ProgressBar(std::ostream& out, bool enabled);
  // Called by the pipeline after each document (never concurrently).
  void update(std::size_t done, std::size_t total);
  // Clears the line so the next message starts on a clean one.
  void finish();

 private:
  std::ostream& out_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// True when standard error is a terminal.
bool stderr_is_terminal();

}  // namespace diplograph::cli
