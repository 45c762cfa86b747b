#include "cli/interrupt_cleanup.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "export/export_set.h"

namespace diplograph::cli {
namespace {

// Set by the waiting thread as soon as a signal is taken, before it deletes anything.
std::atomic<bool> interrupted{false};

// How long an error waits for the signal to end the process: the cleanup deletes a few
// staging directories.
constexpr std::chrono::seconds kInterruptGrace{10};

}  // namespace

void delete_staged_exports_on_interrupt() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  // Threads inherit the mask: only the waiting thread below ever receives these.
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread([signals] {
    int signal_number = 0;
    if (sigwait(&signals, &signal_number) != 0) return;
    interrupted = true;
    discard_unpublished_export_sets();
    // Die of the signal, as without this thread, so callers see the usual status.
    ::signal(signal_number, SIG_DFL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal_number);
    pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
    ::raise(signal_number);
  }).detach();
}

void let_an_interrupt_finish() {
  if (!interrupted) return;
  const auto deadline = std::chrono::steady_clock::now() + kInterruptGrace;
  while (std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

}  // namespace diplograph::cli
