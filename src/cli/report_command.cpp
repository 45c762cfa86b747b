#include "cli/report_command.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/exit_codes.h"
#include "export/atomic_file.h"
#include "export/rdf/export_reader.h"
#include "export/report/report_writer.h"

namespace diplograph::cli {
namespace {

// The stats.json beside an export, when it describes the graph read back: a merge into an
// old build directory leaves that build's stats.json behind, and its counts would be wrong.
std::optional<RunStats> stats_of_export(const std::filesystem::path& export_path,
                                        const KnowledgeGraph& graph, bool quiet) {
  if (!std::filesystem::is_directory(export_path)) return std::nullopt;
  const std::filesystem::path path = export_path / "stats.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  std::optional<RunStats> stats = parse_stats_json(text.str());
  const char* problem = nullptr;
  if (!stats)
    problem = "is not the stats.json of a diplograph run";
  else if (stats->actors != graph.actor_count() || stats->events != graph.event_count())
    problem = "counts other actors and events than the export";
  if (problem == nullptr) return stats;
  if (!quiet)
    std::cerr << path.string() << ": warning: " << problem
              << "; the report counts only the documents in the graph\n";
  return std::nullopt;
}

}  // namespace

report::DocumentTally document_tally(const RunStats& stats) {
  return {.from_run = true,
          .read = stats.documents_read,
          .skipped = stats.documents_skipped,
          .skips = stats.skipped};
}

void add_report_command(CLI::App& app, ReportCommandOptions& options, int& exit_code) {
  CLI::App* command = app.add_subcommand(
      "report",
      "Write report.html of an earlier export or merged graph: one offline page with the "
      "network, a timeline, a summary and the evidence of every edge");
  command
      ->add_option("export", options.export_path,
                   "Export directory (its graph.nt, else graph.ttl; its stats.json if any) or an "
                   "N-Triples/Turtle file written by diplograph")
      ->required();
  command->add_option("-o,--output", options.output_file, "The HTML file to write")->required();
  command
      ->add_option("--base-iri", options.base_iri,
                   "Base IRI the export was built with (diplograph build --base-iri)")
      ->capture_default_str();
  command
      ->add_option("--max-actors", options.max_actors,
                   "Draw at most this many actors: those with the most events")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_flag("-q,--quiet", options.quiet, "Print only errors");
  command->callback([&options, &exit_code] { exit_code = run_report(options); });
}

int run_report(const ReportCommandOptions& options) {
  const IriScheme iris{options.base_iri};
  std::vector<Diagnostic> diagnostics;
  const auto graph = rdf::read_export(options.export_path, iris, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics) std::cerr << diagnostic.to_string() << '\n';
  if (!graph) {
    std::cerr << rdf::rdf_file_of_export(options.export_path).string()
              << ": error: cannot read the export; no report written\n";
    return kFatal;
  }
  const std::optional<RunStats> stats = stats_of_export(options.export_path, *graph, options.quiet);
  const report::DocumentTally tally = stats ? document_tally(*stats) : report::DocumentTally{};
  report::ReportOptions report_options;
  report_options.max_actors = options.max_actors;
  write_file_atomically(options.output_file, [&](std::ostream& out) {
    report::write_report(*graph, iris, tally, report_options, out);
  });
  if (!options.quiet)
    std::cerr << "diplograph: report of " << graph->actor_count() << " actors, "
              << graph->event_count() << " events -> " << options.output_file.string() << '\n';
  return kSuccess;
}

}  // namespace diplograph::cli
