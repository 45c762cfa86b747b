#pragma once
#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "export/report/report_data.h"

namespace diplograph::cli {

// The options of `diplograph build`, with their defaults.
struct BuildCommandOptions {
  std::vector<std::string> inputs;
  std::filesystem::path output_directory;  // "-" or empty with --format: standard output
  std::string format;                      // nt, ttl or jsonl: stream that one export to stdout
  std::string stdin_format = "text";       // how the input "-" is read: text or jsonl
  std::string export_list;                 // --exports LIST; empty: every export
  std::string compress = "none";           // none or gzip: how graph.nt and graph.ttl are written
  std::filesystem::path lexicon_directory;
  std::string language;  // --lang: read every document as this language
  std::string base_iri = "https://diplograph.example.org/id/";
  unsigned jobs = 0;  // 0: the number of cores
  std::size_t max_document_bytes = 16u << 20;
  double document_time_budget_seconds = 60;       // per document; 0: no limit
  std::size_t document_memory_budget_mib = 1024;  // per document, as extraction counts it; 0: none
  std::size_t report_max_actors = report::ReportOptions{}.max_actors;  // actors report.html draws
  bool quiet = false;
  bool verbose = false;
  bool strict = false;
  bool wait = false;  // wait for another run's lock of the output directory
};

// Registers `build` on `app`; the callback stores the exit code in `exit_code`.
void add_build_command(CLI::App& app, BuildCommandOptions& options, int& exit_code);

// Runs a build: documents in, exports out. Returns an ExitCode.
int run_build(const BuildCommandOptions& options);

}  // namespace diplograph::cli
