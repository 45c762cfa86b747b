#pragma once
#include <CLI/CLI.hpp>
#include <filesystem>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/export_file.h"
#include "export/export_selection.h"
#include "export/iri.h"
#include "export/output_lock.h"
#include "graph/knowledge_graph.h"

namespace diplograph::cli {

// The formats `--format` can stream to standard output: the names users type.
inline const std::vector<std::string> kStreamFormats = {"nt", "ttl", "jsonl"};

// Writes the exports of `graph` that `exports` selects as one export set that replaces
// `directory` whole (see StagedExportSet): facts.jsonl, graph.ttl, graph.nt (gzip-compressed
// into graph.ttl.gz and graph.nt.gz when asked), graph.graphml, graph.gexf, graph.dot,
// neo4j/, each of `graph_files` (a report: files that read only the graph, written side by
// side with graph.nt and graph.ttl), then each of `last_files` (stats.json) in order, once
// every other file is written. `lock` is the caller's lock of `directory`. `build` and
// `merge` both end here, so a merged graph is exported exactly like a built one. The
// exports are written by up to `jobs` threads at once; their content never depends on it.
// On any failure nothing is published and the previous set stays as it was.
void write_all_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                       const std::filesystem::path& directory, const OutputDirectoryLock& lock,
                       const ExportOptions& exports, unsigned jobs = 1,
                       const std::vector<ExportFile>& graph_files = {},
                       const std::vector<ExportFile>& last_files = {});

// The CLI11 check of --exports: a comma-separated list of export names (ExportSelection).
inline const CLI::Validator kExportListCheck(
    [](std::string& list) {
      try {
        ExportSelection::parse(list);
        return std::string();
      } catch (const std::invalid_argument& error) {
        return std::string(error.what());
      }
    },
    "LIST");

// The compressions --compress accepts.
inline const std::vector<std::string> kCompressions = {"none", "gzip"};

// Registers --exports and --compress on `command` (build and merge choose their exports
// alike); `which` ends the --exports help ("default: all; ...").
void add_export_choice_options(CLI::App& command, std::string& export_list, std::string& compress,
                               const std::string& which);

// What --exports LIST (empty: every export) and --compress (none or gzip) ask for; both
// are checked by CLI11 before this runs.
ExportOptions export_options(const std::string& list, const std::string& compression);

// Checks that a command's --output and --format agree: a directory, or one format to
// standard output (no --output, or --output -). Throws CLI11's usage errors (exit status 2).
void check_output_choice(const std::string& format, const std::filesystem::path& output_directory);

// The CLI11 check of --base-iri (base_iri_fault), shared by build and merge.
inline const CLI::Validator kBaseIriCheck(
    [](std::string& base) {
      const auto fault = base_iri_fault(base);
      return fault ? "--base-iri " + *fault : std::string();
    },
    "IRI");

// Writes the one export named by `format` (one of kStreamFormats) to `out`.
void write_stream_export(const KnowledgeGraph& graph, const IriScheme& iris,
                         const std::string& format, std::ostream& out);

// Takes the one-writer lock of `directory` into `lock` (waiting for it when `wait`) and
// checks that the directory may be replaced: what build and merge do before any work.
void claim_output_directory(std::optional<OutputDirectoryLock>& lock,
                            const std::filesystem::path& directory, bool wait);

}  // namespace diplograph::cli
