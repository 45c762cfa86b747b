#pragma once

namespace diplograph::cli {

// Makes SIGINT and SIGTERM delete the staging directories of unpublished export sets
// before the process dies of the signal (as it would have without this). Call first in
// main(), before any thread starts: the signals are blocked in every thread and taken by
// one thread that waits for them, so the cleanup runs outside a signal handler.
void delete_staged_exports_on_interrupt();

}  // namespace diplograph::cli
