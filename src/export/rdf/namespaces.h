#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "export/iri.h"

namespace diplograph::rdf {

// The vocabularies the export uses. Every IRI string of a term is built from one of these
// namespaces, and the Turtle writer declares them all, so no CURIE can name an undeclared
// prefix (Serd would write it without complaint, INTEROP.md).
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kWikidata = "http://www.wikidata.org/entity/";
inline constexpr std::string_view kDip = kOntologyNamespace;

// A prefix declaration of the Turtle output: `@prefix name: <iri> .`
struct Prefix {
  std::string name;
  std::string iri;
  // Where the writer's look-up tries it, lowest first. Serd tries the prefixes one by one
  // for every IRI it writes (with a string comparison each), so the namespaces the
  // statements use most come first. The writer follows this order only when no prefix's IRI
  // starts another's: then at most one prefix fits an IRI, whatever the order.
  unsigned lookup_rank = 0;
};

// The prefixes to declare for data minted by `iris`: the vocabularies above plus one per
// kind of data node (actor:, event:, office:, doc:, mention:), in a fixed order (the order
// of the declarations), each ranked by how often the export uses it.
std::vector<Prefix> prefixes_for(const IriScheme& iris);

// Concatenates a namespace and a local name into an IRI string.
inline std::string term(std::string_view ns, std::string_view local) {
  std::string out(ns);
  out += local;
  return out;
}

}  // namespace diplograph::rdf
