#include "export/output_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace diplograph {

std::filesystem::path resolved_output_directory(const std::filesystem::path& output_directory) {
  std::filesystem::path resolved =
      std::filesystem::weakly_canonical(std::filesystem::absolute(output_directory));
  if (!resolved.has_filename()) resolved = resolved.parent_path();
  if (resolved == resolved.root_path())
    throw std::runtime_error("the output directory cannot be the file system root " +
                             output_directory.string());
  return resolved;
}

OutputDirectoryLock::OutputDirectoryLock(const std::filesystem::path& output_directory, Wait wait) {
  const std::filesystem::path directory = resolved_output_directory(output_directory);
  std::filesystem::create_directories(directory.parent_path());
  // Appended piece by piece: GCC 12 reports a false -Wrestrict on `"." + std::string`.
  std::string lock_name(".");
  lock_name += directory.filename().string();
  lock_name += ".lock";
  lock_file_ = directory.parent_path() / lock_name;
  fd_ = ::open(lock_file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd_ < 0)
    throw std::system_error(errno, std::generic_category(),
                            "cannot create the lock file " + lock_file_.string());
  int status;
  do {
    status = ::flock(fd_, LOCK_EX | (wait == Wait::yes ? 0 : LOCK_NB));
  } while (status != 0 && errno == EINTR);
  if (status == 0) return;
  const int error = errno;
  ::close(fd_);
  if (error == EWOULDBLOCK)
    throw OutputBusyError(output_directory.string() +
                          " is being written by another diplograph run (it holds " +
                          lock_file_.string() + "); pass --wait to wait for it");
  throw std::system_error(error, std::generic_category(), "cannot lock " + lock_file_.string());
}

OutputDirectoryLock::~OutputDirectoryLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace diplograph
