#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "export/rdf/rdf_terms.h"
#include "text/diagnostic.h"

namespace diplograph::rdf {

// The two RDF syntaxes an export is written in; N-Triples is read strictly as itself.
enum class RdfSyntax { ntriples, turtle };

// The syntax a file name implies: ".nt" (or ".nt.gz") is N-Triples, anything else Turtle.
RdfSyntax syntax_of(const std::filesystem::path& file);

// True for a gzip-compressed file (".gz"), which read_triples_file decompresses.
bool is_gzip_file(const std::filesystem::path& file);

// Called once per statement read, with every IRI absolute (prefixed names and the base
// expanded).
using TripleHandler = std::function<void(Triple&&)>;

// What reading one document of RDF found: the statements handed on and, when it failed,
// where and why. Reading stops at the first error, so a failed read is partial.
struct TripleReadResult {
  bool ok = true;
  std::size_t triples = 0;
  std::vector<Diagnostic> diagnostics;  // with the file name, line and column Serd reports
};

// Reads RDF through Serd's reader (strict mode). Blank nodes are reported as errors: the
// exports never have them, and they could not be merged by name. Never throws for bad
// input; `name` labels the diagnostics.
TripleReadResult read_triples(std::string_view bytes, const std::string& name, RdfSyntax syntax,
                              const TripleHandler& handler);
TripleReadResult read_triples_file(const std::filesystem::path& file, const TripleHandler& handler);

}  // namespace diplograph::rdf
