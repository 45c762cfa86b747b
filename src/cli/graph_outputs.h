#pragma once
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph::cli {

// The formats `--format` can stream to standard output: the names users type.
inline const std::vector<std::string> kStreamFormats = {"nt", "ttl", "jsonl"};

// Writes every export of `graph` into `directory` (created if missing), each file
// atomically: facts.jsonl, graph.ttl, graph.nt, graph.graphml, graph.gexf, graph.dot, neo4j/.
// `build` and `merge` both end here, so a merged graph is exported exactly like a built one.
// The files are written by up to `jobs` threads at once; their content never depends on it.
void write_all_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                       const std::filesystem::path& directory, unsigned jobs = 1);

// Checks that a command's --output and --format agree: a directory, or one format to
// standard output (no --output, or --output -). Throws CLI11's usage errors (exit status 2).
void check_output_choice(const std::string& format, const std::filesystem::path& output_directory);

// Writes the one export named by `format` (one of kStreamFormats) to `out`.
void write_stream_export(const KnowledgeGraph& graph, const IriScheme& iris,
                         const std::string& format, std::ostream& out);

}  // namespace diplograph::cli
