// Times our Turtle (and N-Triples) writing in-process, on the graph of a corpus, for
// run_benchmark.sh to compare with `serdi -i ntriples -o turtle` over the same triples.
//
// Why in-process: `diplograph build` writes every export in one run and has no flag to
// write Turtle alone, and timing the whole process would add reading and extraction.
// The graph is built through the same pipeline library the CLI uses, then each writer runs
// `--repeat` times into /dev/null (as serdi's output goes to /dev/null) and the fastest
// run is reported, which is the least disturbed by other load on the machine.
//
//   diplograph_turtle_timing [--jobs N] [--repeat R] [--turtle-out FILE] INPUT...
//
// Prints `key=value` lines: triples, turtle_bytes, turtle_seconds, ntriples_seconds,
// rdf_triples_seconds (mapping the graph to sorted triples, part of both writers), and
// turtle_cpu_seconds / ntriples_cpu_seconds, the CPU time of the fastest runs.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "export/iri.h"
#include "export/rdf/ntriples_writer.h"
#include "export/rdf/rdf_triples.h"
#include "export/rdf/turtle_writer.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_set.h"
#include "pipeline/build_pipeline.h"

namespace {

using Clock = std::chrono::steady_clock;

// CPU seconds this process has used: on a machine shared with compilers the wall time of
// a run varies with their load, its CPU time much less, so both are reported.
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Fastest wall time of `repeat` runs; `cpu` receives the fastest CPU time.
double fastest_of(int repeat, const std::function<void()>& run, double* cpu = nullptr) {
  double best = 1e300, best_cpu = 1e300;
  for (int i = 0; i < repeat; ++i) {
    const auto start = Clock::now();
    const double cpu_start = cpu_seconds();
    run();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    best_cpu = std::min(best_cpu, cpu_seconds() - cpu_start);
  }
  if (cpu != nullptr) *cpu = best_cpu;
  return best;
}

int usage() {
  std::cerr
      << "usage: diplograph_turtle_timing [--jobs N] [--repeat R] [--turtle-out FILE] INPUT...\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace diplograph;
  unsigned jobs = 1;
  int repeat = 3;
  std::filesystem::path turtle_out;
  std::vector<std::filesystem::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--jobs" || arg == "--repeat" || arg == "--turtle-out") && i + 1 < argc) {
      const std::string value = argv[++i];
      if (arg == "--jobs") jobs = static_cast<unsigned>(std::stoul(value));
      if (arg == "--repeat") repeat = std::max(1, std::stoi(value));
      if (arg == "--turtle-out") turtle_out = value;
    } else if (arg.starts_with("-")) {
      return usage();
    } else {
      inputs.emplace_back(arg);
    }
  }
  if (inputs.empty()) return usage();

  try {
    // Every bundled language, as the CLI reads them: one lexicon alone would skip the
    // documents the CLI reads with another (or with a close variety listed in
    // languages.tsv), and the Turtle would then not be the CLI's graph.ttl.
    const LexiconSet lexicons = LexiconSet::load(default_lexicon_root());
    BuildOptions options;
    options.jobs = jobs;
    const auto build_start = Clock::now();
    const BuildResult result = build_graph(lexicons, inputs, options);
    const double build_seconds = std::chrono::duration<double>(Clock::now() - build_start).count();
    const IriScheme iris;

    std::size_t triples = 0;
    const double mapping =
        fastest_of(repeat, [&] { triples = rdf::rdf_triples(result.graph, iris).size(); });
    // A large stream buffer, as a file writer would use; /dev/null discards the bytes.
    std::vector<char> buffer(1 << 20);
    auto to_null = [&](auto write, double* cpu) {
      return fastest_of(
          repeat,
          [&] {
            std::ofstream out;
            out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            out.open("/dev/null", std::ios::binary);
            write(result.graph, iris, out);
          },
          cpu);
    };
    double turtle_cpu = 0, ntriples_cpu = 0;
    const double turtle = to_null(write_turtle, &turtle_cpu);
    const double ntriples = to_null(write_ntriples, &ntriples_cpu);

    std::size_t turtle_bytes = 0;
    if (!turtle_out.empty()) {
      std::ofstream out(turtle_out, std::ios::binary);
      write_turtle(result.graph, iris, out);
      out.close();
      turtle_bytes = std::filesystem::file_size(turtle_out);
    }
    std::cout << "documents=" << result.documents_read << "\nactors=" << result.graph.actor_count()
              << "\nevents=" << result.graph.event_count() << "\ntriples=" << triples
              << "\nturtle_bytes=" << turtle_bytes << "\nbuild_seconds=" << build_seconds
              << "\nrdf_triples_seconds=" << mapping << "\nturtle_seconds=" << turtle
              << "\nntriples_seconds=" << ntriples << "\nturtle_cpu_seconds=" << turtle_cpu
              << "\nntriples_cpu_seconds=" << ntriples_cpu << '\n';
  } catch (const std::exception& error) {
    std::cerr << "diplograph_turtle_timing: " << error.what() << '\n';
    return 1;
  }
  return EXIT_SUCCESS;
}
