#pragma once
#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

namespace diplograph::cli {

// The options of `diplograph eval`.
struct EvalCommandOptions {
  std::filesystem::path gold_directory;
  std::vector<std::string> inputs;
  std::filesystem::path lexicon_directory;
  unsigned jobs = 0;  // 0: the number of cores
  bool verbose = false;
};

// Registers `eval` on `app`; the callback stores the exit code in `exit_code`.
void add_eval_command(CLI::App& app, EvalCommandOptions& options, int& exit_code);

// Builds the graph of the inputs and prints the score table against the gold files,
// the same table as tests/gold/score.py. Returns an ExitCode.
int run_eval(const EvalCommandOptions& options);

}  // namespace diplograph::cli
