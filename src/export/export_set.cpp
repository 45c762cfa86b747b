#include "export/export_set.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <fstream>
#include <mutex>
#include <set>
#include <string_view>
#include <system_error>

#include "text/contract_check.h"

namespace diplograph {
namespace {

// The file every published set carries, so that the next run knows it may replace it.
constexpr std::string_view kMarker = ".diplograph-export-set";

// Names an older diplograph wrote into an output directory before sets had the marker.
constexpr std::array<std::string_view, 8> kLegacyNames = {
    "graph.nt",   "graph.ttl", "facts.jsonl", "graph.graphml",
    "graph.gexf", "graph.dot", "neo4j",       "stats.json"};

// Sets not yet published, for discard_unpublished_export_sets.
std::mutex registry_mutex;
std::set<std::filesystem::path> unpublished;
bool discarded = false;

[[noreturn]] void fail(int error, const std::string& what) {
  throw std::system_error(error, std::generic_category(), what);
}

void sync_directory(const std::filesystem::path& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail(errno, "cannot open " + directory.string());
  const int status = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (status != 0) fail(error, "cannot sync " + directory.string());
}

std::string hidden_prefix(const std::filesystem::path& output, std::string_view role) {
  // Appended piece by piece: GCC 12 reports a false -Wrestrict on `"." + std::string`.
  std::string prefix(".");
  prefix += output.filename().string();
  prefix += '.';
  prefix += role;
  prefix += '-';
  return prefix;
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

// A file an older diplograph left: one of kLegacyNames or its PID-named temporary.
bool is_legacy_export_name(const std::string& name) {
  return std::any_of(kLegacyNames.begin(), kLegacyNames.end(), [&](std::string_view legacy) {
    return name == legacy || starts_with(name, std::string(legacy) + ".tmp-");
  });
}

std::filesystem::path make_temporary_directory(const std::filesystem::path& parent,
                                               const std::string& prefix) {
  std::string name = (parent / (prefix + "XXXXXX")).string();
  if (!::mkdtemp(name.data())) fail(errno, "cannot create a directory in " + parent.string());
  // mkdtemp makes it 0700; the published set gets the permissions of a new directory.
  ::chmod(name.c_str(), 0777 & ~file_creation_mask());
  return name;
}

// Removes what killed runs left beside `output`; restores `output` from a previous set
// moved aside if a run died between the two renames of the fallback.
void remove_leftovers(const std::filesystem::path& output) {
  const std::string staged = hidden_prefix(output, "tmp");
  const std::string moved_aside = hidden_prefix(output, "old");
  std::vector<std::filesystem::path> stale;
  std::vector<std::filesystem::path> previous;
  for (const auto& entry : std::filesystem::directory_iterator(output.parent_path())) {
    const std::string name = entry.path().filename().string();
    if (starts_with(name, staged)) stale.push_back(entry.path());
    if (starts_with(name, moved_aside)) previous.push_back(entry.path());
  }
  if (!std::filesystem::exists(output) && !previous.empty()) {
    std::filesystem::rename(previous.front(), output);
    previous.erase(previous.begin());
  }
  for (const auto& path : stale) std::filesystem::remove_all(path);
  for (const auto& path : previous) std::filesystem::remove_all(path);
}

}  // namespace

void check_output_replaceable(const std::filesystem::path& output_directory) {
  const std::filesystem::path output = resolved_output_directory(output_directory);
  const auto status = std::filesystem::symlink_status(output);
  if (!std::filesystem::exists(status)) return;
  if (!std::filesystem::is_directory(status))
    throw std::runtime_error(output_directory.string() + " exists and is not a directory");
  if (std::filesystem::exists(output / kMarker)) return;
  for (const auto& entry : std::filesystem::directory_iterator(output)) {
    const std::string name = entry.path().filename().string();
    if (!is_legacy_export_name(name))
      throw std::runtime_error(
          output_directory.string() + " holds " + name +
          ", which diplograph did not write; a run replaces its output directory whole, so "
          "choose a new or empty directory (or an earlier export directory)");
  }
}

StagedExportSet::StagedExportSet(const std::filesystem::path& output_directory,
                                 const OutputDirectoryLock&)
    : output_(resolved_output_directory(output_directory)) {
  check_output_replaceable(output_);
  std::filesystem::create_directories(output_.parent_path());
  remove_leftovers(output_);
  const std::lock_guard lock(registry_mutex);
  if (discarded) throw std::runtime_error("interrupted; nothing written");
  staging_ = make_temporary_directory(output_.parent_path(), hidden_prefix(output_, "tmp"));
  unpublished.insert(staging_);
}

StagedExportSet::~StagedExportSet() {
  settle_syncs();
  if (published_) return;
  const std::lock_guard lock(registry_mutex);
  unpublished.erase(staging_);
  std::error_code ignored;
  std::filesystem::remove_all(staging_, ignored);
}

int StagedExportSet::create_file(const std::filesystem::path& relative) const {
  // Every file lands inside the set: a relative path that does not climb out of it.
  DIPLOGRAPH_CONTRACT_CHECK(relative.is_relative() && !relative.empty() &&
                            *relative.lexically_normal().begin() != "..");
  // Under the registry's lock, so that once an interrupt has discarded the set no file or
  // folder is created in it again (which would leave the staging directory behind).
  const std::lock_guard lock(registry_mutex);
  if (discarded) throw std::runtime_error("interrupted; the export set was discarded");
  const std::filesystem::path target = staging_ / relative;
  std::filesystem::create_directories(target.parent_path());
  const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    const std::error_code cause(errno, std::generic_category());
    throw FileWriteError(output_ / relative, cause,
                         "cannot create " + (output_ / relative).string() + ": " + cause.message());
  }
  return fd;
}

// The message of a file that could not be written or synced, named where the user looks
// for it (the staging directory is deleted).
FileWriteError StagedExportSet::unchanged_set_error(const std::filesystem::path& relative,
                                                    std::error_code cause,
                                                    const std::string& what) const {
  const std::filesystem::path shown = output_ / relative;
  return FileWriteError(shown, cause,
                        what + " " + shown.string() + ": " + cause.message() +
                            "; the previous export set in " + output_.string() + " is unchanged");
}

void StagedExportSet::write(const ExportFile& file) const {
  const int fd = create_file(file.path);
  try {
    write_open_file(fd, staging_ / file.path, file.write, Durability::deferred);
  } catch (const FileWriteError& error) {
    throw unchanged_set_error(file.path, error.cause(), "cannot write");
  }
  // The file's fsync runs on a thread of its own; without one, here.
  const std::filesystem::path shown = output_ / file.path;
  std::future<void> sync;
  try {
    sync = std::async(std::launch::async, [fd, shown] { sync_and_close(fd, shown); });
  } catch (const std::system_error&) {
    std::promise<void> done;
    try {
      sync_and_close(fd, shown);
      done.set_value();
    } catch (...) {
      done.set_exception(std::current_exception());
    }
    sync = done.get_future();
  }
  const std::lock_guard lock(written_mutex_);
  written_.push_back({file.path, std::move(sync)});
}

void StagedExportSet::settle_syncs() const noexcept {
  const std::lock_guard lock(written_mutex_);
  for (WrittenFile& file : written_)
    if (file.sync.valid()) file.sync.wait();
}

void StagedExportSet::sync_written_files() const {
  const std::lock_guard lock(written_mutex_);
  std::set<std::filesystem::path> folders{staging_};
  for (WrittenFile& file : written_) {
    try {
      file.sync.get();
    } catch (const FileWriteError& error) {
      throw unchanged_set_error(file.path, error.cause(), "cannot sync");
    }
    // Every folder between the file and the staging directory holds a new entry.
    for (std::filesystem::path folder = file.path.parent_path(); !folder.empty();
         folder = folder.parent_path())
      folders.insert(staging_ / folder);
  }
  for (const std::filesystem::path& folder : folders) {
    try {
      sync_directory(folder);
    } catch (const std::system_error& error) {
      throw unchanged_set_error(folder.lexically_relative(staging_), error.code(),
                                "cannot sync the folder");
    }
  }
}

void StagedExportSet::publish() {
  write({std::string(kMarker), [](std::ostream& out) {
           out << "Written by diplograph. The next run into this directory replaces it whole.\n";
         }});
  sync_written_files();
  const std::lock_guard lock(registry_mutex);
  if (discarded) throw std::runtime_error("interrupted; the export set was not published");
  if (!std::filesystem::exists(output_)) {
    std::filesystem::rename(staging_, output_);
  } else if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, output_.c_str(), RENAME_EXCHANGE) ==
             0) {
    // staging_ now holds the previous set.
    std::filesystem::remove_all(staging_);
  } else if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) {
    // No atomic exchange on this file system: move the previous set aside first. A crash
    // between the renames leaves it in .OUT.old-*, from where the next run restores it.
    const std::filesystem::path previous =
        make_temporary_directory(output_.parent_path(), hidden_prefix(output_, "old"));
    std::filesystem::rename(output_, previous);
    std::filesystem::rename(staging_, output_);
    std::filesystem::remove_all(previous);
  } else {
    fail(errno, "cannot move the new export set into " + output_.string());
  }
  unpublished.erase(staging_);
  published_ = true;
  sync_directory(output_.parent_path());
}

void discard_unpublished_export_sets() {
  const std::lock_guard lock(registry_mutex);
  discarded = true;
  std::error_code ignored;
  // Writers create files only under this lock and not once `discarded` is set, so the
  // directories stay gone; files already open are written to unlinked inodes.
  for (const auto& staging : unpublished) std::filesystem::remove_all(staging, ignored);
  unpublished.clear();
}

}  // namespace diplograph
