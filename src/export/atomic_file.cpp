#include "export/atomic_file.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "export/export_file.h"

namespace diplograph {

void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write) {
  // mkstemp, not a PID: two processes with the same PID (containers sharing a volume)
  // must never share a temporary file.
  std::string name = path.string() + ".tmp-XXXXXX";
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0)
    throw std::system_error(errno, std::generic_category(),
                            "cannot create a file beside " + path.string());
  const std::filesystem::path temporary = name;
  try {
    // mkstemp makes the file 0600; give it the permissions a new file would have.
    ::fchmod(fd, 0666 & ~file_creation_mask());
    write_open_file(fd, path, write);
    std::filesystem::rename(temporary, path);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw;
  }
}

}  // namespace diplograph
