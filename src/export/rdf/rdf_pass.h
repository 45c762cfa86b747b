#pragma once
#include <ostream>

#include "export/iri.h"
#include "export/rdf/rdf_triples.h"

namespace diplograph::rdf {

// Where one pass over the RDF statements writes: graph.nt, graph.ttl, or both (null: not
// written).
struct RdfOutputs {
  std::ostream* ntriples = nullptr;
  std::ostream* turtle = nullptr;
};

// Writes the N-Triples and the Turtle of `subjects` in one pass: each subject's statements
// are made once and go to both files, in the one subject order of SubjectTriples (the
// N-Triples line order). N-Triples: one triple a line, lines sorted by bytes and unique,
// written directly, byte for byte as Serd writes them. Turtle: a generated-file comment,
// the prefixes of prefixes_for(iris), each subject's statements abbreviated by Serd.
// Deterministic; throws std::runtime_error if Serd or a stream fails.
void write_rdf(const SubjectTriples& subjects, const IriScheme& iris, const RdfOutputs& outputs);

}  // namespace diplograph::rdf
