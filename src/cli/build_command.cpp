#include "cli/build_command.h"

#include <fstream>
#include <iostream>
#include <thread>

#include "cli/exit_codes.h"
#include "export/atomic_file.h"
#include "export/facts_writer.h"
#include "export/property_graph/property_graph_exports.h"
#include "export/rdf/rdf_exports.h"
#include "lexicon/lexicon.h"
#include "pipeline/build_pipeline.h"

namespace diplograph::cli {

void add_build_command(CLI::App& app, BuildCommandOptions& options, int& exit_code) {
  CLI::App* build = app.add_subcommand("build", "Build the knowledge graph of news documents and export it");
  build->add_option("inputs", options.inputs, ".txt files and directories of them (searched recursively)")
      ->required();
  build->add_option("-o,--output", options.output_directory, "Directory the exports are written to")->required();
  build->add_option("--lexicon", options.lexicon_directory, "Lexicon directory (default: the bundled Indonesian one)");
  build->add_option("--base-iri", options.base_iri, "Base IRI of actors, events, mentions and documents")
      ->capture_default_str();
  build->add_option("-j,--jobs", options.jobs, "Worker threads (default: the number of cores)");
  build->add_option("--max-document-bytes", options.max_document_bytes, "Skip documents larger than this")
      ->capture_default_str();
  build->add_flag("-q,--quiet", options.quiet, "Print only errors");
  build->add_flag("--strict", options.strict, "Exit with status 3 when any document was skipped");
  build->callback([&options, &exit_code] { exit_code = run_build(options); });
}

int run_build(const BuildCommandOptions& options) {
  const auto lexicon_directory =
      options.lexicon_directory.empty() ? default_lexicon_directory() : options.lexicon_directory;
  const Lexicon lexicon = Lexicon::load(lexicon_directory);

  BuildOptions build;
  build.read.max_document_bytes = options.max_document_bytes;
  build.jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::filesystem::path> inputs(options.inputs.begin(), options.inputs.end());
  BuildResult result = build_graph(lexicon, inputs, build);
  for (const Diagnostic& diagnostic : result.diagnostics) std::cerr << diagnostic.to_string() << '\n';

  std::filesystem::create_directories(options.output_directory);
  const IriScheme iris{options.base_iri};
  write_file_atomically(options.output_directory / "facts.jsonl",
                        [&](std::ostream& out) { write_facts(result.graph, iris, out); });
  write_rdf_exports(result.graph, iris, options.output_directory);
  write_property_graph_exports(result.graph, iris, options.output_directory);

  if (!options.quiet) {
    std::cerr << "diplograph: " << result.documents_read << " documents read, " << result.documents_skipped
              << " skipped; " << result.graph.actor_count() << " actors, " << result.graph.event_count()
              << " events -> " << options.output_directory.string() << '\n';
  }
  if (options.strict && result.documents_skipped > 0) return kSkippedStrict;
  return kSuccess;
}

}  // namespace diplograph::cli
