#include "cli/eval_command.h"

#include <iostream>
#include <thread>

#include "cli/data_directory.h"
#include "cli/exit_codes.h"
#include "eval/gold.h"
#include "eval/scorer.h"
#include "lexicon/lexicon_set.h"
#include "pipeline/build_pipeline.h"

namespace diplograph::cli {

void add_eval_command(CLI::App& app, EvalCommandOptions& options, int& exit_code) {
  CLI::App* eval = app.add_subcommand(
      "eval", "Score extraction against gold annotations (as tests/gold/score.py)");
  eval->add_option("--gold", options.gold_directory,
                   "Directory of gold .tsv files (tests/gold/GUIDELINES.md)")
      ->required()
      ->check(CLI::ExistingDirectory);
  eval->add_option("inputs", options.inputs, ".txt files and directories of them")->required();
  eval->add_option("--lexicon", options.lexicon_directory,
                   "Lexicon directory (default: the bundled one)");
  eval->add_option("-j,--jobs", options.jobs, "Worker threads (default: the number of cores)");
  eval->add_flag("-v,--verbose", options.verbose, "List every miss and every spurious item");
  eval->callback([&options, &exit_code] { exit_code = run_eval(options); });
}

int run_eval(const EvalCommandOptions& options) {
  const LexiconSet lexicons =
      LexiconSet::load(options.lexicon_directory.empty() ? default_lexicon_for_this_binary()
                                                         : options.lexicon_directory);
  const auto gold = load_gold(options.gold_directory);
  BuildOptions build;
  build.jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  const BuildResult result = build_graph(
      lexicons, std::vector<std::filesystem::path>(options.inputs.begin(), options.inputs.end()),
      build);
  for (const Diagnostic& diagnostic : result.diagnostics)
    std::cerr << diagnostic.to_string() << '\n';
  const EvaluationReport report = evaluate(result.graph, gold);
  if (options.verbose)
    for (const std::string& miss : report.misses) std::cout << "  " << miss << '\n';
  std::cout << report.table();
  return kSuccess;
}

}  // namespace diplograph::cli
