#include "cli/build_command.h"

#include <chrono>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/data_directory.h"
#include "cli/exit_codes.h"
#include "cli/graph_outputs.h"
#include "cli/progress_bar.h"
#include "cli/report_command.h"
#include "export/export_set.h"
#include "export/report/report_writer.h"
#include "lexicon/lexicon_set.h"
#include "pipeline/build_pipeline.h"
#include "pipeline/run_stats.h"

namespace diplograph::cli {

void add_build_command(CLI::App& app, BuildCommandOptions& options, int& exit_code) {
  CLI::App* build =
      app.add_subcommand("build", "Build the knowledge graph of news documents and export it");
  build
      ->add_option(
          "inputs", options.inputs,
          ".txt files, .jsonl files (one JSON document a line: id, text, optional title, "
          "published, "
          "url, source, lang), directories of them (searched recursively), or - for standard input")
      ->required();
  build->add_option(
      "-o,--output", options.output_directory,
      "Directory the exports (and stats.json) are written to; - with --format: standard output");
  build
      ->add_option(
          "--format", options.format,
          "Write only this export to standard output instead of a directory: nt (N-Triples), "
          "ttl (Turtle) or jsonl (facts)")
      ->check(CLI::IsMember(kStreamFormats));
  add_export_choice_options(*build, options.export_list, options.compress,
                            "default: all; docs/exports.md");
  build
      ->add_option("--stdin-format", options.stdin_format,
                   "How the input - is read: text (one document) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  build->add_option("--lexicon", options.lexicon_directory,
                    "Lexicon root with languages.tsv, or one language's lexicon directory "
                    "(default: the bundled lexicons of every language)");
  build->add_option("--lang", options.language,
                    "Read every document as this language (id, en), whatever its metadata "
                    "says; default: a document's lang, else the language CLD2 detects");
  build
      ->add_option("--base-iri", options.base_iri,
                   "Base IRI of actors, events, mentions and documents")
      ->capture_default_str()
      ->check(kBaseIriCheck);
  build->add_option("-j,--jobs", options.jobs, "Worker threads (default: the number of cores)");
  build
      ->add_option("--max-document-bytes", options.max_document_bytes,
                   "Skip documents larger than this")
      ->capture_default_str();
  build
      ->add_option("--document-time-budget", options.document_time_budget_seconds,
                   "Skip (and report) a document whose extraction takes longer than this many "
                   "seconds; 0: no limit")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  build
      ->add_option("--document-memory-budget", options.document_memory_budget_mib,
                   "Skip (and report) a document whose extraction holds more than this many MiB "
                   "(tokens, actors, relations, text); 0: no limit")
      ->capture_default_str();
  build
      ->add_option("--report-max-actors", options.report_max_actors,
                   "report.html draws at most this many actors: those with the most events")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  auto* quiet = build->add_flag("-q,--quiet", options.quiet,
                                "Print only errors: no warnings, progress or summary");
  build
      ->add_flag("-v,--verbose", options.verbose,
                 "Also print the files written and the lexicon used")
      ->excludes(quiet);
  build->add_flag("--strict", options.strict,
                  "Exit with status 3 when any document was skipped, 1 when one hit an internal "
                  "error");
  build->add_flag("--wait", options.wait,
                  "When another run is writing the same output directory, wait for it to "
                  "finish instead of failing at once");
  build->callback([&options, &exit_code] {
    check_output_choice(options.format, options.output_directory);
    exit_code = run_build(options);
  });
}

int run_build(const BuildCommandOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  const bool to_stdout = !options.format.empty();
  // One writer per output directory, checked before the build rather than after it.
  std::optional<OutputDirectoryLock> lock;
  if (!to_stdout) claim_output_directory(lock, options.output_directory, options.wait);
  const auto lexicon_directory = options.lexicon_directory.empty()
                                     ? default_lexicon_for_this_binary()
                                     : options.lexicon_directory;
  const LexiconSet lexicons = LexiconSet::load(lexicon_directory);
  if (!options.language.empty() && !lexicons.find(options.language))
    throw CLI::ValidationError("--lang", "no lexicon for language '" + options.language +
                                             "' (there are: " + lexicons.tag_list() + ")");
  if (options.verbose)
    std::cerr << "diplograph: lexicon " << lexicon_directory.string() << " (" << lexicons.tag_list()
              << ")\n";

  BuildOptions build;
  build.read.max_document_bytes = options.max_document_bytes;
  build.limits.time_budget = std::chrono::milliseconds(
      static_cast<long long>(options.document_time_budget_seconds * 1000.0));
  build.limits.memory_budget_bytes = options.document_memory_budget_mib << 20;
  build.forced_language = options.language;
  build.jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  build.stdin_format = options.stdin_format == "jsonl" ? StdinFormat::jsonl : StdinFormat::text;
  build.standard_input = &std::cin;
  if (!to_stdout) build.output_directory = resolved_output_directory(options.output_directory);
  std::vector<std::filesystem::path> inputs(options.inputs.begin(), options.inputs.end());
  ProgressBar bar(std::cerr, !options.quiet && stderr_is_terminal());
  BuildResult result =
      build_graph(lexicons, inputs, build,
                  [&bar](std::size_t done, std::size_t total) { bar.update(done, total); });
  bar.finish();
  for (const Diagnostic& diagnostic : result.diagnostics)
    std::cerr << diagnostic.to_string() << '\n';
  if (!options.quiet)
    for (const Diagnostic& warning : result.warnings) std::cerr << warning.to_string() << '\n';

  const IriScheme iris{options.base_iri};
  const auto stats_now = [&] {
    return collect_stats(
        result, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  };
  RunStats stats;
  if (to_stdout) {
    write_stream_export(result.graph, iris, options.format, std::cout);
    stats = stats_now();
  } else {
    const ExportOptions exports = export_options(options.export_list, options.compress);
    report::ReportOptions report_options;
    report_options.max_actors = options.report_max_actors;
    // The report shows documents read and skipped, which the exports do not change.
    const ExportFile report_file{"report.html", [&](std::ostream& out) {
                                   report::write_report(result.graph, iris,
                                                        document_tally(stats_now()), report_options,
                                                        out);
                                 }};
    // stats.json is written last into the set, so that its time includes the exports.
    const ExportFile stats_file{"stats.json", [&](std::ostream& out) {
                                  stats = stats_now();
                                  out << stats_json(stats);
                                }};
    std::vector<ExportFile> graph_files, last_files;
    if (exports.selection.includes(ExportKind::report)) graph_files.push_back(report_file);
    if (exports.selection.includes(ExportKind::stats)) last_files.push_back(stats_file);
    write_all_exports(result.graph, iris, options.output_directory, *lock, exports, build.jobs,
                      graph_files, last_files);
    if (!exports.selection.includes(ExportKind::stats)) stats = stats_now();
    if (options.verbose)
      for (const auto& entry :
           std::filesystem::recursive_directory_iterator(options.output_directory))
        if (entry.is_regular_file())
          std::cerr << "diplograph: wrote " << entry.path().string() << '\n';
  }
  if (!options.quiet) {
    std::cerr << "diplograph: " << summary_line(stats) << " -> "
              << (to_stdout ? std::string("standard output") : options.output_directory.string())
              << '\n';
  }
  if (result.internal_errors > 0)
    std::cerr << "diplograph: error: " << result.internal_errors
              << " documents hit an internal error (a bug in diplograph; see above)\n";
  if (options.strict && result.internal_errors > 0) return kFatal;
  if (options.strict && result.documents_skipped > 0) return kSkippedStrict;
  return kSuccess;
}

}  // namespace diplograph::cli
