// diplograph: the command line. The one place that turns errors into messages and exit codes.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/build_command.h"
#include "cli/eval_command.h"
#include "cli/exit_codes.h"
#include "cli/interrupt_cleanup.h"
#include "cli/merge_command.h"
#include "cli/report_command.h"
#include "text/diagnostic.h"

int main(int argc, char** argv) {
  using namespace diplograph::cli;
  delete_staged_exports_on_interrupt();
  CLI::App app{"diplograph: knowledge graphs of diplomacy from news articles"};
  app.footer(
      "Exit status: 0 the run completed (skipped documents are reported on stderr); 1 a fatal "
      "error;\n"
      "2 a usage error; 3 with --strict, when any document (or, for merge, any export) was "
      "skipped.");
  app.set_version_flag("--version", std::string("diplograph ") + DIPLOGRAPH_VERSION);
  app.require_subcommand(1);
  int exit_code = kSuccess;
  BuildCommandOptions build;
  add_build_command(app, build, exit_code);
  MergeCommandOptions merge;
  add_merge_command(app, merge, exit_code);
  EvalCommandOptions eval;
  add_eval_command(app, eval, exit_code);
  ReportCommandOptions report;
  add_report_command(app, report, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? kSuccess : kUsage;
  } catch (const diplograph::InputError& error) {
    let_an_interrupt_finish();
    std::cerr << error.what() << '\n';
    return kFatal;
  } catch (const std::exception& error) {
    let_an_interrupt_finish();
    std::cerr << "diplograph: error: " << error.what() << '\n';
    return kFatal;
  }
  return exit_code;
}
