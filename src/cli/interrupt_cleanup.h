#pragma once

namespace diplograph::cli {

// Makes SIGINT and SIGTERM delete the staging directories of unpublished export sets
// before the process dies of the signal (as it would have without this). Call first in
// main(), before any thread starts: the signals are blocked in every thread and taken by
// one thread that waits for them, so the cleanup runs outside a signal handler.
void delete_staged_exports_on_interrupt();

// Called where main() would report an error: when SIGINT or SIGTERM has been taken, the
// error is the interrupt's doing (the run's staged files were deleted under it, so its next
// write failed), and the process is about to die of the signal. Then this waits for that,
// so that the exit status is the signal's and not an error's. It returns at once when no
// signal was taken, and after ten seconds if the process is somehow still alive.
void let_an_interrupt_finish();

}  // namespace diplograph::cli
