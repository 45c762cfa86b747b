#pragma once
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/rdf/namespaces.h"
#include "export/rdf/rdf_terms.h"

namespace diplograph::rdf {

// The RDF syntaxes the exports write.
enum class Syntax { turtle, ntriples };

// Whether a Turtle serialisation starts with its @prefix lines. A piece of a file made apart
// from its start (write_turtle_in_pieces) still abbreviates with the prefixes but declares
// none: the file's first piece did.
enum class PrefixDirectives { written, omitted };

// True when `text` is well-formed UTF-8 without NUL bytes, so that it can be written as a
// literal as it is.
bool is_clean_text(std::string_view text);
// `text` with NUL bytes and ill-formed UTF-8 replaced by U+FFFD: what every writer of the
// RDF exports writes for such a literal.
std::string cleaned_text(std::string_view text);

// Serialises `triples` in the given order through Serd's writer into `out`. Serd does the
// escaping of strings and IRIs; for Turtle it declares `prefixes` and abbreviates runs of
// the same subject and predicate, so callers pass triples sorted (rdf_triples does).
// Literal text that is not valid UTF-8, or holds NUL bytes, has those bytes replaced by
// U+FFFD: no text can break the syntax or be truncated silently.
//
// Throws std::runtime_error when Serd reports an error or the stream fails.
void serialize(const std::vector<Triple>& triples, const std::vector<Prefix>& prefixes,
               Syntax syntax, std::ostream& out);

// The same, a batch of triples at a time, so a whole graph never has to be in memory as
// triples: Turtle abbreviation still works across batches as long as batches arrive in
// subject order. Call finish() once at the end (it throws as serialize() does).
class Serializer {
 public:
  Serializer(const std::vector<Prefix>& prefixes, Syntax syntax, std::ostream& out);
  // Appends to `buffer` instead, for text made apart from its stream (a piece of graph.ttl
  // made on another thread): the text is complete in it once finish() returns.
  Serializer(const std::vector<Prefix>& prefixes, Syntax syntax, std::string& buffer,
             PrefixDirectives directives = PrefixDirectives::written);
  ~Serializer();
  Serializer(const Serializer&) = delete;
  Serializer& operator=(const Serializer&) = delete;

  void write(const std::vector<Triple>& triples);
  // The statements of one subject, sorted by predicate and object (SubjectBlock).
  void write(std::string_view subject, const std::vector<Statement>& statements);
  void finish();

 private:
  Serializer(const std::vector<Prefix>& prefixes, Syntax syntax, std::ostream* out,
             std::string* buffer, PrefixDirectives directives);
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace diplograph::rdf
