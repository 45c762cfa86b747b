#pragma once
#include <filesystem>
#include <optional>
#include <vector>

#include "export/iri.h"
#include "graph/knowledge_graph.h"
#include "text/diagnostic.h"

namespace diplograph::rdf {

// The RDF file of an earlier export: the path itself when it is a file, else the export
// directory's graph.nt, else graph.nt.gz, graph.ttl or graph.ttl.gz (the first that exists).
std::filesystem::path rdf_file_of_export(const std::filesystem::path& export_path);

// Reads an earlier export back into the graph it was written from (N-Triples or Turtle
// through Serd, gzip-compressed or not). Nothing when the file is unreadable, not RDF, or not a
// complete export minted with `iris`, or describes no document (an empty or prefix-only file);
// `diagnostics` then says where and why. Never throws for bad input.
std::optional<KnowledgeGraph> read_export(const std::filesystem::path& export_path,
                                          const IriScheme& iris,
                                          std::vector<Diagnostic>& diagnostics);

}  // namespace diplograph::rdf
