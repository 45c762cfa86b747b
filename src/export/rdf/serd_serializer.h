#pragma once
#include <ostream>
#include <vector>

#include "export/rdf/namespaces.h"
#include "export/rdf/rdf_terms.h"

namespace diplograph::rdf {

// The RDF syntaxes the exports write.
enum class Syntax { turtle, ntriples };

// Serialises `triples` in the given order through Serd's writer into `out`. Serd does the
// escaping of strings and IRIs; for Turtle it declares `prefixes` and abbreviates runs of
// the same subject and predicate, so callers pass triples sorted (rdf_triples does).
// Literal text that is not valid UTF-8, or holds NUL bytes, has those bytes replaced by
// U+FFFD: no text can break the syntax or be truncated silently.
//
// Throws std::runtime_error when Serd reports an error or the stream fails.
void serialize(const std::vector<Triple>& triples, const std::vector<Prefix>& prefixes,
               Syntax syntax, std::ostream& out);

}  // namespace diplograph::rdf
