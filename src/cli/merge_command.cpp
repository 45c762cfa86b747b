#include "cli/merge_command.h"

#include <algorithm>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/exit_codes.h"
#include "cli/graph_outputs.h"
#include "export/export_set.h"
#include "export/rdf/export_reader.h"

namespace diplograph::cli {

void add_merge_command(CLI::App& app, MergeCommandOptions& options, int& exit_code) {
  CLI::App* merge = app.add_subcommand(
      "merge",
      "Combine earlier exports into one graph, written in every format (idempotent, "
      "order-independent: shards merged give the graph of one run)");
  merge
      ->add_option("exports", options.exports,
                   "Export directories (their graph.nt, else graph.ttl, either possibly .gz) or "
                   "N-Triples/Turtle files (.gz too) written by diplograph")
      ->required();
  merge->add_option(
      "-o,--output", options.output_directory,
      "Directory the merged exports are written to; - with --format: standard output");
  merge
      ->add_option("--format", options.format,
                   "Write only this export to standard output: nt, ttl or jsonl")
      ->check(CLI::IsMember(kStreamFormats));
  add_export_choice_options(*merge, options.export_list, options.compress,
                            "default: all; merge writes no report or stats");
  merge
      ->add_option("--base-iri", options.base_iri,
                   "Base IRI the exports were built with (diplograph build --base-iri)")
      ->capture_default_str()
      ->check(kBaseIriCheck);
  merge->add_option("-j,--jobs", options.jobs,
                    "Threads writing the exports (default: the number of cores)");
  auto* quiet = merge->add_flag("-q,--quiet", options.quiet, "Print only errors");
  merge->add_flag("-v,--verbose", options.verbose, "Also print each export read")->excludes(quiet);
  merge->add_flag("--strict", options.strict, "Exit with status 3 when any export was skipped");
  merge->add_flag("--skip-bad-exports", options.skip_bad_exports,
                  "Merge the exports that can be read when others cannot (by default one "
                  "refused export fails the merge and nothing is written)");
  merge->add_flag("--wait", options.wait,
                  "When another run is writing the same output directory, wait for it to "
                  "finish instead of failing at once");
  merge->callback([&options, &exit_code] {
    check_output_choice(options.format, options.output_directory);
    exit_code = run_merge(options);
  });
}

int run_merge(const MergeCommandOptions& options) {
  const IriScheme iris{options.base_iri};
  const bool to_stdout = !options.format.empty();
  std::optional<OutputDirectoryLock> lock;
  if (!to_stdout) claim_output_directory(lock, options.output_directory, options.wait);
  KnowledgeGraph merged;
  std::vector<std::filesystem::path> refused;
  for (const std::filesystem::path& export_path : options.exports) {
    std::vector<Diagnostic> diagnostics;
    // One export at a time: only the merged graph and the export being read are in memory.
    const auto graph = rdf::read_export(export_path, iris, diagnostics);
    for (const Diagnostic& diagnostic : diagnostics) std::cerr << diagnostic.to_string() << '\n';
    if (!graph) {
      refused.push_back(rdf::rdf_file_of_export(export_path));
      std::cerr << refused.back().string()
                << (options.skip_bad_exports
                        ? ": error: export skipped; the merge goes on without it\n"
                        : ": error: not a readable diplograph export\n");
      continue;
    }
    if (options.verbose)
      std::cerr << "diplograph: read " << rdf::rdf_file_of_export(export_path).string() << ": "
                << graph->documents().size() << " documents, " << graph->actor_count()
                << " actors, " << graph->event_count() << " events\n";
    merged.merge(*graph);
  }
  const std::size_t skipped = refused.size();
  std::string refused_names;
  for (const auto& file : refused)
    refused_names += (refused_names.empty() ? "" : ", ") + file.string();
  if (skipped == options.exports.size()) {
    // Writing an empty graph now would replace earlier exports with nothing.
    std::cerr << "diplograph: error: no export could be read (" << refused_names
              << "); nothing written\n";
    return kFatal;
  }
  if (skipped > 0 && !options.skip_bad_exports) {
    // A merge of shards that silently lacks one is a wrong graph that looks right.
    std::cerr << "diplograph: error: " << skipped << " of " << options.exports.size()
              << " exports refused (" << refused_names
              << "); nothing written. Pass --skip-bad-exports to merge the others\n";
    return kFatal;
  }
  if (to_stdout)
    write_stream_export(merged, iris, options.format, std::cout);
  else
    write_all_exports(
        merged, iris, options.output_directory, *lock,
        export_options(options.export_list, options.compress),
        options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency()));
  if (!options.quiet)
    std::cerr << "diplograph: merged " << options.exports.size() - skipped << " exports ("
              << skipped << " skipped" << (skipped ? ": " + refused_names : std::string())
              << "): " << merged.documents().size() << " documents, " << merged.actor_count()
              << " actors, " << merged.event_count() << " events -> "
              << (to_stdout ? std::string("standard output") : options.output_directory.string())
              << '\n';
  if (options.strict && skipped > 0) return kSkippedStrict;
  return kSuccess;
}

}  // namespace diplograph::cli
