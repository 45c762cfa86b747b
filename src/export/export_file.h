#pragma once
#include <filesystem>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <system_error>

namespace diplograph {

// One file of an export set: where it goes, relative to the set's directory (for example
// "graph.nt" or "neo4j/actors.csv"), and what writes its content. Writers only read the
// finished graph, so the files of a set can be written side by side.
struct ExportFile {
  std::filesystem::path path;
  std::function<void(std::ostream&)> write;
};

// A file that could not be written: names the file and the operating system's reason
// (for example "No space left on device"), whatever the writer itself reported.
class FileWriteError : public std::runtime_error {
 public:
  FileWriteError(std::filesystem::path path, std::error_code cause, const std::string& what);
  const std::filesystem::path& path() const { return path_; }
  std::error_code cause() const { return cause_; }

 private:
  std::filesystem::path path_;
  std::error_code cause_;
};

// Creates `path` (which must not exist), writes it with `write` and syncs it to disk.
// The stream reports the first failed write(2); its errno becomes the FileWriteError
// thrown, so a full disk is reported as such and not as whatever the writer made of a
// failed stream. On failure the partial file is left for the caller to discard.
void write_new_file(const std::filesystem::path& path,
                    const std::function<void(std::ostream&)>& write);

// The process's umask, read without changing it (umask(2) would change it for every
// thread that is creating files at that moment).
unsigned file_creation_mask();

// When a written file reaches the disk.
enum class Durability {
  // Before the call returns (fsync), and the descriptor is closed.
  synced,
  // Later: on success the call leaves the descriptor open for the caller to hand to
  // sync_and_close, so that the disk writes while the next file is made.
  deferred,
};

// The same for a file already open for writing as `fd`; `path` names it in errors. The call
// closes `fd`, except after a successful write with Durability::deferred.
void write_open_file(int fd, const std::filesystem::path& path,
                     const std::function<void(std::ostream&)>& write,
                     Durability durability = Durability::synced);

// Flushes a file written with Durability::deferred to disk (fsync) and closes its
// descriptor. Syncing the descriptor that wrote, not the path reopened, is what makes a
// delayed write-back error (EIO, ENOSPC) reach this call. Throws FileWriteError naming
// `shown_as` with the operating system's reason.
void sync_and_close(int fd, const std::filesystem::path& shown_as);

}  // namespace diplograph
