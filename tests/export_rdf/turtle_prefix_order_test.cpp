// The Turtle writer hands Serd its prefixes in look-up order (Prefix::lookup_rank) only where
// that cannot change what Serd writes: Serd qualifies an IRI with the first prefix whose IRI
// starts it, so prefixes that overlap keep the order they are declared in.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "export/rdf/namespaces.h"
#include "export/rdf/serd_serializer.h"

namespace diplograph::rdf {
namespace {

std::string turtle(const std::vector<Prefix>& prefixes, const std::vector<Triple>& triples) {
  std::string out;
  Serializer serializer(prefixes, Syntax::turtle, out);
  serializer.write(triples);
  serializer.finish();
  return out;
}

std::vector<Prefix> unranked(std::vector<Prefix> prefixes) {
  for (Prefix& prefix : prefixes) prefix.lookup_rank = 0;
  return prefixes;
}

TEST(TurtlePrefixOrder, RanksChangeNoByteOfTheOutput) {
  // The export's own prefixes, ranked against their declared order.
  const std::vector<Prefix> prefixes = prefixes_for(IriScheme{});
  const IriScheme iris;
  const std::string actor = iris.base + "actor/russia";
  const std::vector<Triple> triples = {
      {Term::iri(actor), Term::iri(term(kRdf, "type")), Term::iri(term(kDip, "State"))},
      {Term::iri(actor), Term::iri(term(kSkos, "prefLabel")), Term::tagged("Rusia", "id")},
      {Term::iri(actor), Term::iri(term(kDip, "mentionedIn")),
       Term::iri(iris.base + "document/a.txt")},
      {Term::iri(actor), Term::iri(term(kProv, "wasDerivedFrom")),
       Term::iri(iris.base + "mention/m1")}};
  const std::string ranked = turtle(prefixes, triples);
  EXPECT_EQ(ranked, turtle(unranked(prefixes), triples));
  // The directives keep the declared order: dcterms first, although dip: is looked up first.
  EXPECT_LT(ranked.find("@prefix dcterms:"), ranked.find("@prefix dip:"));
  EXPECT_NE(ranked.find("dip:State"), std::string::npos) << ranked;
}

TEST(TurtlePrefixOrder, OverlappingPrefixesKeepTheirDeclaredOrder) {
  // "outer" is declared first and starts "inner"'s IRI: Serd picks "outer" for
  // <http://x.org/inner/z>, whose rest "inner/z" is no local name, so it writes the whole
  // IRI. Looked up by rank, "inner" would come first and make it inner:z.
  const std::vector<Prefix> prefixes = {{"outer", "http://x.org/", 1},
                                        {"inner", "http://x.org/inner/", 0}};
  const std::string out =
      turtle(prefixes, {{Term::iri("http://x.org/inner/z"), Term::iri("http://x.org/p"),
                         Term::iri("http://x.org/inner/w")}});
  EXPECT_NE(out.find("<http://x.org/inner/z>"), std::string::npos) << out;
  EXPECT_EQ(out.find("inner:z"), std::string::npos) << out;
  EXPECT_NE(out.find("outer:p"), std::string::npos) << out;
}

}  // namespace
}  // namespace diplograph::rdf
