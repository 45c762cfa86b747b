#pragma once
#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

namespace diplograph::cli {

// The options of `diplograph merge`, with their defaults.
struct MergeCommandOptions {
  std::vector<std::filesystem::path> exports;  // export directories or graph.nt/graph.ttl files
  std::filesystem::path output_directory;      // "-" or empty with --format: standard output
  std::string format;                          // nt, ttl or jsonl: stream that one export
  std::string export_list;                     // --exports LIST; empty: every export
  std::string compress = "none";  // none or gzip: how graph.nt and graph.ttl are written
  std::string base_iri = "https://diplograph.example.org/id/";
  unsigned jobs = 0;  // threads writing the exports; 0: the number of cores
  bool quiet = false;
  bool verbose = false;
  bool strict = false;
  bool wait = false;
  bool skip_bad_exports = false;  // merge the readable exports when others are refused
};

// Registers `merge` on `app`; the callback stores the exit code in `exit_code`.
void add_merge_command(CLI::App& app, MergeCommandOptions& options, int& exit_code);

// Reads earlier exports back and writes their union in every format. Returns an ExitCode.
int run_merge(const MergeCommandOptions& options);

}  // namespace diplograph::cli
