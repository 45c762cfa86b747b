#pragma once
#include <cstddef>
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

// How many subjects one piece of the RDF files holds (about 0.9 MB of N-Triples and Turtle
// on the generated benchmark corpus): the unit of work write_rdf hands to a thread.
inline constexpr std::size_t kSubjectsPerPiece = 512;

// Writes the N-Triples and the Turtle of `subjects` in one pass: each subject's statements
// are made once and go to both files, in the one subject order of SubjectTriples (the
// N-Triples line order). N-Triples: one triple a line, lines sorted by bytes and unique,
// written directly, byte for byte as Serd writes them. Turtle: a generated-file comment,
// the prefixes of prefixes_for(iris), each subject's statements abbreviated by Serd.
//
// The subjects are made into text a piece of `subjects_per_piece` at a time on up to
// `threads` threads (the calling thread included) and written in order, each file by
// whichever thread is free, so the files are the same bytes whatever the threads and the
// piece size: Serd's Turtle is the costliest part of a run, and on one thread the others
// would wait for it at the end.
// Deterministic; throws std::runtime_error if Serd or a stream fails.
void write_rdf(const SubjectTriples& subjects, const IriScheme& iris, const RdfOutputs& outputs,
               unsigned threads = 1, std::size_t subjects_per_piece = kSubjectsPerPiece);

}  // namespace diplograph::rdf
