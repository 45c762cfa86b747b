#pragma once
#include <filesystem>
#include <future>
#include <mutex>
#include <vector>

#include "export/export_file.h"
#include "export/output_lock.h"

namespace diplograph {

// An export set on its way to its output directory. Layout, for the output OUT in PARENT:
//   PARENT/OUT/                 the published set, whole (marked by .diplograph-export-set)
//   PARENT/.OUT.lock            the lock of its one writer (OutputDirectoryLock)
//   PARENT/.OUT.tmp-XXXXXX/     a set being written (mkdtemp), invisible until published
//   PARENT/.OUT.old-XXXXXX/     the previous set while it is deleted (only on file systems
//                               without renameat2's RENAME_EXCHANGE)
// Every file of a run is written into the staging directory; publish() then exchanges it
// with OUT in one rename, so a reader (or a crash) sees the old set or the new one, never
// a mix. A set that is never published (an error, a full disk, an exception) is deleted
// and OUT is left exactly as it was.
class StagedExportSet {
 public:
  // Checks that OUT may be replaced (see check_output_replaceable), removes the leftovers
  // of killed runs into OUT (restoring OUT from .OUT.old-* if a run died between the two
  // renames of the fallback), and creates the staging directory. `lock` proves the caller
  // is OUT's one writer.
  StagedExportSet(const std::filesystem::path& output_directory, const OutputDirectoryLock& lock);
  ~StagedExportSet();
  StagedExportSet(const StagedExportSet&) = delete;
  StagedExportSet& operator=(const StagedExportSet&) = delete;

  const std::filesystem::path& staging_directory() const { return staging_; }
  const std::filesystem::path& output_directory() const { return output_; }

  // Writes `file` into the staging directory, creating its folders. Requires: file.path is
  // relative and stays inside the set (checked: ContractViolation). Safe to call from
  // several threads for different files. A failure throws FileWriteError naming the file
  // as it would have been in OUT, with the operating system's reason. The file is synced to
  // disk on a thread of its own, which publish() waits for: the disk writes one file while
  // the next is made, instead of each write waiting for its own sync.
  void write(const ExportFile& file) const;

  // Waits until every written file is on disk, syncs their folders, then makes the staged
  // set OUT's content at once and deletes the previous set. Throws (and leaves OUT as it
  // was) if a sync or the rename fails or the set was discarded by an interrupt.
  void publish();

 private:
  // Opens staging/relative for writing, its folders created; see the definition.
  int create_file(const std::filesystem::path& relative) const;

  // Waits for the syncs of the files write() made; syncs the folders that hold them, up to
  // the staging directory.
  void sync_written_files() const;
  // Waits for every sync in flight, ignoring their errors (for a set being discarded).
  void settle_syncs() const noexcept;
  // The FileWriteError of `relative`, named in OUT, saying OUT's previous set is unchanged.
  FileWriteError unchanged_set_error(const std::filesystem::path& relative, std::error_code cause,
                                     const std::string& what) const;

  std::filesystem::path output_;
  std::filesystem::path staging_;
  bool published_ = false;
  // A file written so far, relative to the set, and its sync in flight.
  struct WrittenFile {
    std::filesystem::path path;
    std::future<void> sync;
  };
  mutable std::mutex written_mutex_;
  mutable std::vector<WrittenFile> written_;
};

// Throws std::runtime_error when `output_directory` exists and is not an export set that a
// run may replace whole: not a directory, or a directory holding files diplograph did not
// write (a set is recognised by its marker, or, written by an older version, by holding
// only export file names). Lets a run refuse before its build rather than after.
void check_output_replaceable(const std::filesystem::path& output_directory);

// For the one thread that handles SIGINT and SIGTERM: deletes the staging directory of
// every set not yet published and makes any later publish() fail. Waits for a publish()
// in progress to finish its renames, so the output is never left half-exchanged.
void discard_unpublished_export_sets();

}  // namespace diplograph
