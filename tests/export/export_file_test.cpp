// write_new_file and write_open_file on real files and a real pipe: a file of many write-
// behind windows is written whole and in order, its written pages leave the page cache, and
// a descriptor that cannot write behind (a pipe) is written as before.
#include "export/export_file.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

namespace diplograph {
namespace {

namespace fs = std::filesystem;

// Text whose every 64 KiB block differs, so that a block lost, repeated or moved shows.
std::string patterned(std::size_t bytes) {
  std::string text;
  text.reserve(bytes);
  for (std::size_t block = 0; text.size() < bytes; ++block) {
    const std::string line = "block " + std::to_string(block) + "\n";
    while (text.size() < bytes && text.size() < (block + 1) * 65536) text += line;
  }
  text.resize(bytes);
  return text;
}

class ScratchDirectory {
 public:
  ScratchDirectory() {
    std::string pattern = (fs::temp_directory_path() / "diplograph-export-file-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~ScratchDirectory() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

constexpr std::size_t kBytes = std::size_t{40} << 20;  // five write-behind windows

TEST(ExportFile, AFileOfManyWriteBehindWindowsIsWrittenWholeAndInOrder) {
  const ScratchDirectory dir;
  const fs::path path = dir.path() / "big.txt";
  const std::string text = patterned(kBytes);
  // In pieces of several sizes, as the writers hand them over.
  write_new_file(path, [&](std::ostream& out) {
    for (std::size_t at = 0, step = 1000; at < text.size(); at += step, step = step * 3 % 300007)
      out.write(text.data() + at, static_cast<std::streamsize>(std::min(step, text.size() - at)));
  });
  std::ifstream in(path, std::ios::binary);
  const std::string read((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(read.size(), text.size());
  EXPECT_TRUE(read == text);
}

TEST(ExportFile, WrittenPagesLeaveThePageCache) {
  const ScratchDirectory dir;
  struct statfs where {};
  ASSERT_EQ(::statfs(dir.path().c_str(), &where), 0);
  constexpr long kTmpfsMagic = 0x01021994;  // memory is where tmpfs keeps its files
  if (where.f_type == kTmpfsMagic) GTEST_SKIP() << "the temporary directory is on tmpfs";
  const fs::path path = dir.path() / "big.txt";
  const std::string text = patterned(kBytes);
  write_new_file(path, [&](std::ostream& out) { out.write(text.data(), kBytes); });
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  void* mapped = ::mmap(nullptr, kBytes, PROT_READ, MAP_SHARED, fd, 0);
  ASSERT_NE(mapped, MAP_FAILED);
  const long page = ::sysconf(_SC_PAGESIZE);
  std::vector<unsigned char> resident(kBytes / static_cast<std::size_t>(page));
  ASSERT_EQ(::mincore(mapped, kBytes, resident.data()), 0);
  std::size_t cached = 0;
  for (const unsigned char flags : resident) cached += flags & 1u;
  ::munmap(mapped, kBytes);
  ::close(fd);
  // All but the last windows were dropped once written (the first 24 of 40 MiB at least).
  EXPECT_LT(cached, resident.size() * 2 / 5) << cached << " of " << resident.size();
}

TEST(ExportFile, APipeThatCannotBeWrittenBehindIsWrittenWhole) {
  int ends[2];
  ASSERT_EQ(::pipe(ends), 0);
  std::string read;
  std::thread reader([&] {
    char buffer[65536];
    for (ssize_t got; (got = ::read(ends[0], buffer, sizeof buffer)) > 0;)
      read.append(buffer, static_cast<std::size_t>(got));
    ::close(ends[0]);
  });
  const std::string text = patterned(std::size_t{20} << 20);
  // Deferred: a pipe cannot be synced either, and the caller closes the descriptor.
  EXPECT_NO_THROW(write_open_file(
      ends[1], "pipe", [&](std::ostream& out) { out.write(text.data(), text.size()); },
      Durability::deferred));
  ::close(ends[1]);
  reader.join();
  EXPECT_EQ(read.size(), text.size());
  EXPECT_TRUE(read == text);
}

}  // namespace
}  // namespace diplograph
