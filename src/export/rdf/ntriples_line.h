#pragma once
#include <string>
#include <string_view>

#include "export/rdf/rdf_terms.h"

namespace diplograph::rdf {

// Appends one N-Triples line (`<s> <p> o .` and a newline) to `out`, byte for byte as
// Serd 0.30's N-Triples writer writes it: in IRIs the characters N-Triples forbids (space,
// `"<>\^`{|}` and controls) as \uXXXX; in literals \\ \" \n \r \t, other controls as
// \uXXXX; UTF-8 as it is. N-Triples is a line format, so the export writes it directly
// instead of through Serd's writer (tests/export_rdf compares the two on every character).
// Literal text that is not clean (is_clean_text) is written cleaned, as Serializer does.
// Throws std::runtime_error for an IRI that is not well-formed UTF-8, as Serd refuses it.
void append_ntriples_line(std::string& out, std::string_view subject, std::string_view predicate,
                          const TermView& object);

// The parts of a line, for a writer that escapes a subject or predicate once and repeats
// the result on each of its lines: `<iri>`, and the object term (an IRI or a literal),
// each exactly as append_ntriples_line writes it.
void append_ntriples_iri(std::string& out, std::string_view iri);
void append_ntriples_object(std::string& out, const TermView& object);

}  // namespace diplograph::rdf
