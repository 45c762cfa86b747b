#include "cli/interrupt_cleanup.h"

#include <pthread.h>
#include <signal.h>

#include <thread>

#include "export/export_set.h"

namespace diplograph::cli {

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

}  // namespace diplograph::cli
