#include "cli/progress_bar.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace diplograph::cli {

ProgressBar::ProgressBar(std::ostream& out, bool enabled)
    : out_(out), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (!enabled_ || total == 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (done < total && drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  drawn_ = true;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0.0;
  const double eta = rate > 0 ? static_cast<double>(total - done) / rate : 0.0;
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = kWidth * done / total;
  char line[160];
  std::snprintf(line, sizeof line, "\r[%s%s] %zu/%zu documents  %.1f/s  ETA %.0f s ",
                std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(), done,
                total, rate, eta);
  out_ << line << std::flush;
}

void ProgressBar::finish() {
  if (!enabled_ || !drawn_) return;
  out_ << "\r\033[K" << std::flush;  // erase the bar's line
  drawn_ = false;
}

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

}  // namespace diplograph::cli
