#include "export/rdf/export_reader.h"

#include "export/rdf/graph_from_triples.h"
#include "export/rdf/triple_reader.h"

namespace diplograph::rdf {

std::filesystem::path rdf_file_of_export(const std::filesystem::path& export_path) {
  std::error_code error;
  if (!std::filesystem::is_directory(export_path, error)) return export_path;
  // N-Triples reads fastest; a set written with --compress gzip has only the .gz files.
  for (const char* name : {"graph.nt", "graph.nt.gz", "graph.ttl", "graph.ttl.gz"})
    if (std::filesystem::exists(export_path / name, error)) return export_path / name;
  return export_path / "graph.nt";
}

std::optional<KnowledgeGraph> read_export(const std::filesystem::path& export_path,
                                          const IriScheme& iris,
                                          std::vector<Diagnostic>& diagnostics) {
  const std::filesystem::path file = rdf_file_of_export(export_path);
  GraphFromTriples assembler(iris, file.string());
  const TripleReadResult read =
      read_triples_file(file, [&assembler](Triple&& triple) { assembler.add(triple); });
  if (!read.ok) {
    diagnostics.insert(diagnostics.end(), read.diagnostics.begin(), read.diagnostics.end());
    return std::nullopt;
  }
  std::optional<KnowledgeGraph> graph = assembler.finish(diagnostics);
  if (graph && graph->documents().empty()) {
    // Every export names at least the documents it was built from: an empty or
    // prefix-only file is a failed or truncated run, and merging it would add nothing
    // while passing for a success.
    diagnostics.push_back({file.string(), 0, 0, Diagnostic::Severity::error,
                           "not a diplograph export: it describes no document (the file is "
                           "empty or holds only prefixes)"});
    return std::nullopt;
  }
  return graph;
}

}  // namespace diplograph::rdf
