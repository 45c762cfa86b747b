#include "export/rdf/export_reader.h"

#include "export/rdf/graph_from_triples.h"
#include "export/rdf/triple_reader.h"

namespace diplograph::rdf {

std::filesystem::path rdf_file_of_export(const std::filesystem::path& export_path) {
  std::error_code error;
  if (!std::filesystem::is_directory(export_path, error)) return export_path;
  const auto ntriples = export_path / "graph.nt";
  return std::filesystem::exists(ntriples, error) ? ntriples : export_path / "graph.ttl";
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
  return assembler.finish(diagnostics);
}

}  // namespace diplograph::rdf
