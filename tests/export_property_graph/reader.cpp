#include "reader.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace diplograph::test {

ReaderRun run(const std::string& command) {
  ReaderRun result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run: " + command);
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.output.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

nlohmann::json run_json(const std::string& command) {
  // stderr is kept apart here: warnings must not corrupt the JSON.
  ReaderRun result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run: " + command);
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.output.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("reader failed (" + std::to_string(status) + "): " + command + "\n" +
                             result.output);
  try {
    return nlohmann::json::parse(result.output);
  } catch (const std::exception& error) {
    throw std::runtime_error(std::string("reader printed no JSON: ") + error.what() + "\n" +
                             result.output);
  }
}

std::string shell_quote(const std::filesystem::path& path) {
  std::string out = "'";
  for (const char ch : path.string()) {
    if (ch == '\'')
      out += "'\\''";
    else
      out += ch;
  }
  return out + "'";
}

std::string xmllint_graphml(const std::filesystem::path& file) {
  return shell_quote(PG_XMLLINT) + " --noout --nonet --schema " +
         shell_quote(std::filesystem::path(PG_SCHEMAS_DIR) / "graphml" / "graphml.xsd") + " " +
         shell_quote(file);
}

std::string xmllint_gexf(const std::filesystem::path& file) {
  return shell_quote(PG_XMLLINT) + " --noout --nonet --relaxng " +
         shell_quote(std::filesystem::path(PG_SCHEMAS_DIR) / "gexf-1.3" / "gexf.rng") + " " +
         shell_quote(file);
}

std::string python_reader(const std::string& script, const std::filesystem::path& file) {
  return shell_quote(PG_PYTHON) + " " +
         shell_quote(std::filesystem::path(PG_READERS_DIR) / script) + " " + shell_quote(file);
}

std::string node_reader(const std::string& script, const std::filesystem::path& file) {
  return "NODE_PATH=" + shell_quote(PG_NODE_MODULES) + " " + shell_quote(PG_NODE) + " " +
         shell_quote(std::filesystem::path(PG_READERS_DIR) / script) + " " + shell_quote(file);
}

TempDir::TempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed: " + pattern);
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace diplograph::test
