#include "export/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <system_error>

namespace diplograph {
namespace {

void sync_file(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) throw std::system_error(errno, std::generic_category(), "open " + path.string());
  const int status = ::fsync(fd);
  ::close(fd);
  if (status != 0) throw std::system_error(errno, std::generic_category(), "fsync " + path.string());
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write) {
  auto temporary = path;
  temporary += ".tmp-" + std::to_string(::getpid());
  try {
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      if (!out) throw std::system_error(errno, std::generic_category(), "cannot create " + temporary.string());
      write(out);
      out.flush();
      if (!out) throw std::runtime_error("write failed: " + temporary.string());
    }
    sync_file(temporary);
    std::filesystem::rename(temporary, path);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw;
  }
}

}  // namespace diplograph
