#include "cli/graph_outputs.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <stdexcept>
#include <vector>

#include "export/export_set.h"
#include "export/facts_writer.h"
#include "export/gzip_stream.h"
#include "export/parallel_tasks.h"
#include "export/property_graph/property_graph_exports.h"
#include "export/rdf/ntriples_writer.h"
#include "export/rdf/rdf_pass.h"
#include "export/rdf/rdf_triples.h"
#include "export/rdf/turtle_writer.h"

namespace diplograph::cli {

namespace {

// The file `name` is written as, compressed when asked for.
ExportFile rdf_file(std::string name, Compression compression,
                    std::function<void(std::ostream&)> write) {
  if (compression == Compression::none) return {std::move(name), std::move(write)};
  return {name + ".gz", [write = std::move(write)](std::ostream& out) { write_gzip(out, write); }};
}

}  // namespace

void write_all_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                       const std::filesystem::path& directory, const OutputDirectoryLock& lock,
                       const ExportOptions& exports, unsigned jobs,
                       const std::vector<ExportFile>& graph_files,
                       const std::vector<ExportFile>& last_files) {
  StagedExportSet set(directory, lock);
  // graph.nt and graph.ttl are written first, in one pass over the RDF statements, each
  // subject's made once: graph.nt is written from within the writing of graph.ttl. That
  // pass lists its subjects, makes its pieces and writes both files on every thread
  // (write_rdf), while the files that read only the graph (the report) are written beside
  // it. The other writers read the export view; they then run side by side, the largest
  // first so that no long one starts last. The RDF pass and the view writers do not
  // overlap: held together, the pass's list of subjects and the export view were the peak
  // of a run's memory (on the 100 MB benchmark corpus the graph is about 600 MB, the RDF
  // pass adds about 300 MB and the view writers about 200).
  const ExportSelection& chosen = exports.selection;
  const Compression compression = exports.compression;
  std::vector<ExportFile> first_files;  // the RDF files, and those that read only the graph
  const auto write_rdf_files = [&, jobs](const rdf::RdfOutputs& outputs) {
    // The subjects are freed when the pass ends, before the files after it are made.
    const rdf::SubjectTriples subjects(graph, iris, jobs);
    rdf::write_rdf(subjects, iris, outputs, jobs);
  };
  if (chosen.includes(ExportKind::ttl)) {
    first_files.push_back(rdf_file("graph.ttl", compression, [&](std::ostream& turtle) {
      if (!chosen.includes(ExportKind::nt)) return write_rdf_files({.turtle = &turtle});
      set.write(rdf_file("graph.nt", compression, [&](std::ostream& ntriples) {
        write_rdf_files({.ntriples = &ntriples, .turtle = &turtle});
      }));
    }));
  } else if (chosen.includes(ExportKind::nt)) {
    first_files.push_back(rdf_file("graph.nt", compression, [&](std::ostream& ntriples) {
      write_rdf_files({.ntriples = &ntriples});
    }));
  }
  const auto write_side_by_side = [&set, jobs](const std::vector<ExportFile>& batch) {
    std::vector<std::function<void()>> tasks;
    for (const ExportFile& file : batch) tasks.emplace_back([&set, &file] { set.write(file); });
    run_parallel(tasks, jobs);
  };
  first_files.insert(first_files.end(), graph_files.begin(), graph_files.end());
  write_side_by_side(first_files);
  // The export view is made once, by the first writer that needs it.
  const SharedExportView view(graph, iris, jobs);
  std::vector<ExportFile> files;
  if (chosen.includes(ExportKind::facts))
    files.push_back({"facts.jsonl", [&](std::ostream& out) { write_facts(view.get(), out); }});
  for (ExportFile& file : property_graph_export_files(graph, iris, chosen, &view))
    files.push_back(std::move(file));
  write_side_by_side(files);
  for (const ExportFile& file : last_files) set.write(file);
  set.publish();
}

void write_stream_export(const KnowledgeGraph& graph, const IriScheme& iris,
                         const std::string& format, std::ostream& out) {
  if (format == "nt") {
    write_ntriples(graph, iris, out);
  } else if (format == "ttl") {
    write_turtle(graph, iris, out);
  } else if (format == "jsonl") {
    write_facts(graph, iris, out);
  } else {
    throw std::invalid_argument("unknown export format: " + format);
  }
  out.flush();
  if (!out) throw std::runtime_error("cannot write the " + format + " export to standard output");
}

ExportOptions export_options(const std::string& list, const std::string& compression) {
  ExportOptions options;
  if (!list.empty()) options.selection = ExportSelection::parse(list);
  options.compression = compression == "gzip" ? Compression::gzip : Compression::none;
  return options;
}

void check_output_choice(const std::string& format, const std::filesystem::path& output_directory) {
  const bool to_stdout = !format.empty();
  if (!to_stdout && output_directory.empty())
    throw CLI::RequiredError("--output (or --format to write to standard output)");
  if (to_stdout && !output_directory.empty() && output_directory != "-")
    throw CLI::ValidationError("--format",
                               "writes to standard output: give no --output, or --output -");
  if (!to_stdout && output_directory == "-")
    throw CLI::ValidationError("--output", "- (standard output) needs --format nt, ttl or jsonl");
}

void claim_output_directory(std::optional<OutputDirectoryLock>& lock,
                            const std::filesystem::path& directory, bool wait) {
  lock.emplace(directory, wait ? OutputDirectoryLock::Wait::yes : OutputDirectoryLock::Wait::no);
  check_output_replaceable(directory);
}

void add_export_choice_options(CLI::App& command, std::string& export_list, std::string& compress,
                               const std::string& which) {
  command
      .add_option(
          "--exports", export_list,
          "Write only these exports (comma-separated): " + export_kind_names() + " (" + which + ")")
      ->check(kExportListCheck)
      ->excludes("--format");
  command
      .add_option("--compress", compress,
                  "gzip: write the RDF files as graph.nt.gz and graph.ttl.gz")
      ->check(CLI::IsMember(kCompressions))
      ->capture_default_str()
      ->excludes("--format");
}

}  // namespace diplograph::cli
