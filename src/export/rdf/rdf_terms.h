#pragma once
#include <compare>
#include <string>
#include <string_view>

namespace diplograph::rdf {

// One RDF term of the export: an absolute IRI or a literal. Blank nodes are deliberately
// not representable: neosemantics duplicates them on re-import (INTEROP.md).
//
// Normal form: an IRI holds an absolute, percent-encoded IRI in `value` and nothing else;
// a literal holds its lexical form in `value` and at most one of `datatype` (an absolute
// IRI) or `language` (a BCP 47 tag). A literal with neither is an xsd:string.
struct Term {
  enum class Kind { iri, literal };

  Kind kind = Kind::iri;
  std::string value;
  std::string datatype;
  std::string language;

  static Term iri(std::string value) { return {Kind::iri, std::move(value), {}, {}}; }
  static Term literal(std::string text) { return {Kind::literal, std::move(text), {}, {}}; }
  static Term typed(std::string text, std::string datatype) {
    return {Kind::literal, std::move(text), std::move(datatype), {}};
  }
  static Term tagged(std::string text, std::string language) {
    return {Kind::literal, std::move(text), {}, std::move(language)};
  }

  bool is_iri() const { return kind == Kind::iri; }
  // IRIs sort before literals, so an abbreviated Turtle object list reads links first.
  friend auto operator<=>(const Term&, const Term&) = default;
};

// One statement of the default graph. The subject and predicate are always IRIs.
// Triples order by subject, then predicate, then object: the order in which Serd's writer
// can abbreviate runs of the same subject and predicate.
struct Triple {
  Term subject;
  Term predicate;
  Term object;
  friend auto operator<=>(const Triple&, const Triple&) = default;
};

// A term as the writers see it: the same normal form as Term, but viewing strings that
// live elsewhere (the interned vocabulary, the graph, or a SubjectBlock's own strings), so
// that making a triple copies no text. Orders exactly as Term does.
struct TermView {
  Term::Kind kind = Term::Kind::iri;
  std::string_view value;
  std::string_view datatype;
  std::string_view language;

  static TermView iri(std::string_view value) { return {Term::Kind::iri, value, {}, {}}; }
  static TermView literal(std::string_view text) { return {Term::Kind::literal, text, {}, {}}; }
  static TermView typed(std::string_view text, std::string_view datatype) {
    return {Term::Kind::literal, text, datatype, {}};
  }
  static TermView tagged(std::string_view text, std::string_view language) {
    return {Term::Kind::literal, text, {}, language};
  }

  bool is_iri() const { return kind == Term::Kind::iri; }
  Term owned() const {
    return {kind, std::string(value), std::string(datatype), std::string(language)};
  }
  friend auto operator<=>(const TermView&, const TermView&) = default;
};

// One predicate and object of a subject's statements.
struct Statement {
  std::string_view predicate;
  TermView object;
  friend auto operator<=>(const Statement&, const Statement&) = default;
};

}  // namespace diplograph::rdf
