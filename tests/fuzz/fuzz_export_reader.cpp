// libFuzzer target: an export read back as `merge` reads it (Serd's N-Triples or Turtle
// reader, then the graph rebuilt from the triples). Bad input must come back as
// diagnostics; a graph that is rebuilt must survive writing and reading again unchanged,
// since merge relies on exports being exact.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "export/rdf/graph_from_triples.h"
#include "export/rdf/ntriples_writer.h"
#include "export/rdf/triple_reader.h"
#include "require.h"

namespace {

using namespace diplograph;

std::optional<KnowledgeGraph> read_back(std::string_view bytes, rdf::RdfSyntax syntax,
                                        std::vector<Diagnostic>& diagnostics) {
  const IriScheme iris;
  rdf::GraphFromTriples assembler(iris, "fuzz");
  const auto read = rdf::read_triples(
      bytes, "fuzz", syntax, [&assembler](rdf::Triple&& triple) { assembler.add(triple); });
  diagnostics = read.diagnostics;
  if (!read.ok) {
    fuzz::require(!read.diagnostics.empty(), "a failed read says why");
    return std::nullopt;
  }
  auto graph = assembler.finish(diagnostics);
  fuzz::require(graph.has_value() || !diagnostics.empty(), "a refused export says why");
  return graph;
}

std::string ntriples_of(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_ntriples(graph, IriScheme{}, out);
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Turtle's grammar holds N-Triples', so the Turtle reader sees every seed; the strict
  // N-Triples reader gets the files that look like it.
  const rdf::RdfSyntax syntax =
      bytes.substr(0, 1) == "<" ? rdf::RdfSyntax::ntriples : rdf::RdfSyntax::turtle;
  std::vector<Diagnostic> diagnostics;
  const auto graph = read_back(bytes, syntax, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics)
    fuzz::require(diagnostic.file == "fuzz" && !diagnostic.message.empty(),
                  "diagnostics name the input");
  if (!graph) return 0;
  const std::string written = ntriples_of(*graph);
  const auto again = read_back(written, rdf::RdfSyntax::ntriples, diagnostics);
  fuzz::require(again.has_value(), "what the writer wrote reads back");
  fuzz::require(ntriples_of(*again) == written, "a graph read back writes the same bytes");
  return 0;
}
