#pragma once
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace diplograph::test {

// The outcome of a real reader run as a subprocess: its exit status and what it printed
// (stdout and stderr together, so a failing validator's message reaches the test log).
struct ReaderRun {
  int status = -1;
  std::string output;
};

// Runs a shell command line. The command is built from paths the tests control.
ReaderRun run(const std::string& command);

// Runs a reader script that prints one JSON document on stdout and parses it. Throws
// std::runtime_error with the reader's output when it fails or prints no JSON.
nlohmann::json run_json(const std::string& command);

// Single-quotes a path for the shell.
std::string shell_quote(const std::filesystem::path& path);

// Commands for the readers this suite uses, with the paths configured by CMake.
std::string xmllint_graphml(const std::filesystem::path& file);
std::string xmllint_gexf(const std::filesystem::path& file);
std::string python_reader(const std::string& script, const std::filesystem::path& file);
std::string node_reader(const std::string& script, const std::filesystem::path& file);

// A fresh empty directory under the system temp dir, removed by the destructor.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string read_text(const std::filesystem::path& file);

}  // namespace diplograph::test
