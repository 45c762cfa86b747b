#pragma once
#include <filesystem>
#include <stdexcept>

namespace diplograph {

// Thrown when another run holds the lock of the output directory and the caller did not
// ask to wait.
class OutputBusyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One writer per output directory: an advisory lock (flock(2)) on the file `.NAME.lock`
// in the directory's parent, held for the lifetime of this object and released by the
// kernel when the process ends, however it ends. The lock file is left in place (removing
// it would let a third run lock a different file than a second one waiting on it).
class OutputDirectoryLock {
 public:
  enum class Wait { no, yes };
  // Takes the lock of `output_directory` (created's parent must exist). With Wait::no a
  // held lock throws OutputBusyError at once; with Wait::yes it blocks until free.
  OutputDirectoryLock(const std::filesystem::path& output_directory, Wait wait);
  ~OutputDirectoryLock();
  OutputDirectoryLock(const OutputDirectoryLock&) = delete;
  OutputDirectoryLock& operator=(const OutputDirectoryLock&) = delete;

  const std::filesystem::path& lock_file() const { return lock_file_; }

 private:
  std::filesystem::path lock_file_;
  int fd_ = -1;
};

// Where the export set named by `output_directory` lives, symlinks resolved, with no
// trailing slash: the lock, staging and leftover names all derive from it.
std::filesystem::path resolved_output_directory(const std::filesystem::path& output_directory);

}  // namespace diplograph
