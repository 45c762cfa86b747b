#pragma once
#include <CLI/CLI.hpp>
#include <cstddef>
#include <filesystem>
#include <string>

#include "export/report/report_data.h"
#include "pipeline/run_stats.h"

namespace diplograph::cli {

// The options of `diplograph report`, with their defaults.
struct ReportCommandOptions {
  std::filesystem::path export_path;  // an export directory, or its graph.nt/graph.ttl
  std::filesystem::path output_file;  // the report.html to write
  std::string base_iri = "https://diplograph.example.org/id/";
  std::size_t max_actors = report::ReportOptions{}.max_actors;
  bool quiet = false;
};

// Registers `report` on `app`; the callback stores the exit code in `exit_code`.
void add_report_command(CLI::App& app, ReportCommandOptions& options, int& exit_code);

// Reads an earlier export (or merged graph) back and writes its report.html. Returns an
// ExitCode.
int run_report(const ReportCommandOptions& options);

// What a run's stats say of its documents, for the report's summary.
report::DocumentTally document_tally(const RunStats& stats);

}  // namespace diplograph::cli
