#include "export/export_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <streambuf>
#include <string>

namespace diplograph {
namespace {

// How much of a file is handed to the disk at a time while it is written, and then dropped
// from the page cache (write_behind).
constexpr off_t kWriteBehindBytes = off_t{8} << 20;

// A std::streambuf over a file descriptor that remembers the errno of the first failed
// write, which std::ofstream forgets.
class DescriptorBuffer : public std::streambuf {
 public:
  explicit DescriptorBuffer(int fd) : fd_(fd) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }
  std::streamsize xsputn(const char* data, std::streamsize size) override {
    if (size < static_cast<std::streamsize>(buffer_.size()))
      return std::streambuf::xsputn(data, size);
    if (!drain() || !write_all(data, static_cast<std::size_t>(size))) return 0;
    return size;
  }

 private:
  bool drain() {
    const auto pending = static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return write_all(buffer_.data(), pending);
  }
  bool write_all(const char* data, std::size_t size) {
    if (error_) return false;
    while (size > 0) {
      const ssize_t written = ::write(fd_, data, size);
      if (written < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        return false;
      }
      data += written;
      size -= static_cast<std::size_t>(written);
      written_ += written;
    }
    return write_behind();
  }

  // Writes behind the writer, the way Linus Torvalds described streaming writes: each 8 MiB
  // written is handed to the disk at once (sync_file_range), and the 8 MiB before it,
  // written by then, is dropped from the page cache (posix_fadvise). The file is synced
  // when complete anyway, so the disk does no more work; what changes is that a run of
  // gigabytes of exports keeps a few megabytes of them in memory instead of all, reusing
  // the same pages, where growing the page cache by gigabytes cost as much CPU as making
  // the text (ten seconds on the 100 MB benchmark, on its virtual machine). A file system
  // that cannot do this (EINVAL, ESPIPE, ENOSYS) is written as before; a write-back error
  // is the write's error, as sync_file_range may report it in fsync's stead.
  bool write_behind() {
    while (write_behind_ && written_ - handed_ >= kWriteBehindBytes) {
      if (::sync_file_range(fd_, handed_, kWriteBehindBytes, SYNC_FILE_RANGE_WRITE) != 0)
        return stop_writing_behind(errno);
      if (handed_ >= kWriteBehindBytes) {
        const off_t previous = handed_ - kWriteBehindBytes;
        if (::sync_file_range(fd_, previous, kWriteBehindBytes,
                              SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                                  SYNC_FILE_RANGE_WAIT_AFTER) != 0)
          return stop_writing_behind(errno);
        ::posix_fadvise(fd_, previous, kWriteBehindBytes, POSIX_FADV_DONTNEED);
      }
      handed_ += kWriteBehindBytes;
    }
    return true;
  }
  bool stop_writing_behind(int error) {
    write_behind_ = false;
    if (error == EINVAL || error == ESPIPE || error == ENOSYS || error == EOPNOTSUPP) return true;
    error_ = error;
    return false;
  }

  int fd_;
  int error_ = 0;
  off_t written_ = 0;  // bytes written so far: the file is written from its start
  off_t handed_ = 0;   // bytes handed to the disk by write_behind
  bool write_behind_ = true;
  std::array<char, 1 << 16> buffer_{};
};

[[noreturn]] void fail(const std::filesystem::path& path, int error) {
  const std::error_code cause(error, std::generic_category());
  throw FileWriteError(path, cause, "cannot write " + path.string() + ": " + cause.message());
}

}  // namespace

unsigned file_creation_mask() {
  static const unsigned mask = [] {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
      if (line.rfind("Umask:", 0) == 0)
        return static_cast<unsigned>(std::stoul(line.substr(6), nullptr, 8));
    return 022u;
  }();
  return mask;
}

FileWriteError::FileWriteError(std::filesystem::path path, std::error_code cause,
                               const std::string& what)
    : std::runtime_error(what), path_(std::move(path)), cause_(cause) {}

void write_new_file(const std::filesystem::path& path,
                    const std::function<void(std::ostream&)>& write) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail(path, errno);
  write_open_file(fd, path, write);
}

void write_open_file(int fd, const std::filesystem::path& path,
                     const std::function<void(std::ostream&)>& write, Durability durability) {
  int error = 0;
  try {
    DescriptorBuffer buffer(fd);
    std::ostream out(&buffer);
    try {
      write(out);
      out.flush();
    } catch (...) {
      // The writer's own message ("the output stream failed") hides the cause.
      if (buffer.error()) error = buffer.error();
      if (!error) throw;
    }
    if (!error && buffer.error()) error = buffer.error();
    if (!error && !out) error = EIO;
    if (!error && durability == Durability::synced && ::fsync(fd) != 0) error = errno;
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (!error && durability == Durability::deferred) return;  // the caller syncs and closes
  if (::close(fd) != 0 && !error) error = errno;
  if (error) fail(path, error);
}

void sync_and_close(int fd, const std::filesystem::path& shown_as) {
  int error = ::fsync(fd) != 0 ? errno : 0;
  if (::close(fd) != 0 && !error) error = errno;
  if (error) fail(shown_as, error);
}

}  // namespace diplograph
