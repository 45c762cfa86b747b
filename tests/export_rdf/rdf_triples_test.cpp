// The mapping from the knowledge graph to triples: classes, typed dates, modality, the
// direct edge only for factual events, provenance, IRIs from content, sorted output.
#include "export/rdf/rdf_triples.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "export/rdf/namespaces.h"
#include "test_graphs.h"

namespace diplograph::rdf {
namespace {

const IriScheme kIris;
const std::string kDipNs(rdf::kDip);

bool has(const std::vector<Triple>& triples, const std::string& s, const std::string& p,
         const Term& o) {
  return std::binary_search(triples.begin(), triples.end(), Triple{Term::iri(s), Term::iri(p), o});
}

std::vector<Term> objects(const std::vector<Triple>& triples, const std::string& s,
                          const std::string& p) {
  std::vector<Term> out;
  for (const Triple& t : triples)
    if (t.subject.value == s && t.predicate.value == p) out.push_back(t.object);
  return out;
}

TEST(DateDatatype, FollowsPrecision) {
  EXPECT_EQ(date_datatype("2024"), term(kXsd, "gYear"));
  EXPECT_EQ(date_datatype("2024-04"), term(kXsd, "gYearMonth"));
  EXPECT_EQ(date_datatype("2024-04-23"), term(kXsd, "date"));
  EXPECT_EQ(date_datatype("2024-02-29"), term(kXsd, "date"));
}

TEST(DateDatatype, RejectsWhatXsdRejects) {
  for (const char* bad : {"", "24", "2023-02-29", "2024-13", "2024-00", "2024-04-31", "2024-4-1",
                          "2024/04/01", "2024-04-23T10:00", "abcd"})
    EXPECT_EQ(date_datatype(bad), "") << bad;
}

TEST(DecimalLexical, IsShortAndLocaleFree) {
  EXPECT_EQ(decimal_lexical(0.85), "0.85");
  EXPECT_EQ(decimal_lexical(1.0), "1.0");
  EXPECT_EQ(decimal_lexical(0.0), "0.0");
  EXPECT_EQ(decimal_lexical(0.123456), "0.1235");
}

TEST(RdfTriples, AreSortedAndUnique) {
  const auto triples = rdf_triples(testing::fixture_graph(), kIris);
  ASSERT_FALSE(triples.empty());
  EXPECT_TRUE(std::is_sorted(triples.begin(), triples.end()));
  EXPECT_EQ(std::adjacent_find(triples.begin(), triples.end()), triples.end());
}

TEST(RdfTriples, UseNoBlankNodesAndOnlyAbsoluteIris) {
  for (const Triple& t : rdf_triples(testing::hostile_graph(), kIris)) {
    for (const Term* term : {&t.subject, &t.predicate, &t.object}) {
      if (!term->is_iri()) continue;
      EXPECT_TRUE(term->value.starts_with("http://") || term->value.starts_with("https://"))
          << term->value;
      EXPECT_EQ(term->value.find_first_of(" <>\"{}|\\^`\n"), std::string::npos) << term->value;
    }
  }
}

TEST(RdfTriples, EventIsANodeWithTypeActorsDateModalityAndMentions) {
  const KnowledgeGraph graph = testing::fixture_graph();
  const auto triples = rdf_triples(graph, kIris);
  RelationEdge visit;
  visit.type = RelationType::visit;
  visit.subject = "north-korea";
  visit.object = "iran";
  visit.date = "2024-04-23";
  const std::string node = kIris.event(visit);
  const std::string type = term(kRdf, "type");
  EXPECT_TRUE(has(triples, node, type, Term::iri(kDipNs + "Visit")));
  EXPECT_TRUE(has(triples, node, type, Term::iri(kDipNs + "Event")));
  EXPECT_TRUE(has(triples, node, kDipNs + "actor", Term::iri(kIris.actor("north-korea"))));
  EXPECT_TRUE(has(triples, node, kDipNs + "recipient", Term::iri(kIris.actor("iran"))));
  EXPECT_TRUE(has(triples, node, kDipNs + "date", Term::typed("2024-04-23", term(kXsd, "date"))));
  EXPECT_TRUE(has(triples, node, kDipNs + "modality", Term::iri(kDipNs + "Asserted")));
  EXPECT_TRUE(has(triples, node, kDipNs + "confidence", Term::typed("0.8", term(kXsd, "decimal"))));
  // One event reported by two articles: one node, two mentions, two sources.
  EXPECT_EQ(objects(triples, node, kDipNs + "mention").size(), 2u);
  EXPECT_EQ(objects(triples, node, term(kProv, "wasDerivedFrom")).size(), 2u);
  EXPECT_TRUE(
      has(triples, kIris.actor("north-korea"), kDipNs + "visited", Term::iri(kIris.actor("iran"))));
}

TEST(RdfTriples, MentionHoldsDocumentSpanAndSentence) {
  const auto triples = rdf_triples(testing::fixture_graph(), kIris);
  const std::string sentence = "Rusia menyerang Ukraina.";
  const std::string node = kIris.mention("000_fixture_a.txt", {700, 700 + sentence.size()});
  EXPECT_TRUE(
      has(triples, node, kDipNs + "inDocument", Term::iri(kIris.document("000_fixture_a.txt"))));
  EXPECT_TRUE(
      has(triples, node, kDipNs + "startOffset", Term::typed("700", term(kXsd, "integer"))));
  EXPECT_TRUE(has(triples, node, kDipNs + "endOffset", Term::typed("724", term(kXsd, "integer"))));
  EXPECT_TRUE(has(triples, node, kDipNs + "sentence", Term::tagged(sentence, "id")));
}

TEST(RdfTriples, PartialDatesAreTypedByPrecision) {
  const auto triples = rdf_triples(testing::fixture_graph(), kIris);
  std::set<std::string> datatypes;
  for (const Triple& t : triples)
    if (t.predicate.value == kDipNs + "date") datatypes.insert(t.object.datatype);
  EXPECT_EQ(datatypes, (std::set<std::string>{term(kXsd, "date"), term(kXsd, "gYear"),
                                              term(kXsd, "gYearMonth")}));
}

TEST(RdfTriples, HypotheticalEventsGetNoDirectEdge) {
  const auto triples = rdf_triples(testing::fixture_graph(), kIris);
  const std::string nk = kIris.actor("north-korea"), us = kIris.actor("united-states");
  EXPECT_FALSE(has(triples, nk, kDipNs + "met", Term::iri(us)));
  RelationEdge talks;
  talks.type = RelationType::meet;
  talks.subject = "north-korea";
  talks.object = "united-states";
  EXPECT_TRUE(
      has(triples, kIris.event(talks), kDipNs + "modality", Term::iri(kDipNs + "Hypothetical")));
  // Alleged events are reported facts (GUIDELINES.md): the direct edge stays.
  EXPECT_TRUE(has(triples, nk, kDipNs + "aided", Term::iri(kIris.actor("russia"))));
}

TEST(RdfTriples, ActorsHaveTypesLabelsCodesAndWikidata) {
  const auto triples = rdf_triples(testing::fixture_graph(), kIris);
  const std::string nk = kIris.actor("north-korea");
  const std::string type = term(kRdf, "type");
  EXPECT_TRUE(has(triples, nk, type, Term::iri(kDipNs + "State")));
  EXPECT_TRUE(has(triples, nk, type, Term::iri(kDipNs + "Actor")));
  EXPECT_TRUE(has(triples, nk, term(kSkos, "prefLabel"), Term::tagged("Korea Utara", "id")));
  EXPECT_TRUE(has(triples, nk, term(kSkos, "prefLabel"), Term::tagged("North Korea", "en")));
  EXPECT_TRUE(has(triples, nk, term(kSkos, "altLabel"), Term::tagged("Pyongyang", "id")));
  EXPECT_FALSE(has(triples, nk, term(kSkos, "altLabel"), Term::tagged("Korea Utara", "id")));
  EXPECT_TRUE(has(triples, nk, kDipNs + "iso3166Alpha3", Term::literal("PRK")));
  EXPECT_TRUE(
      has(triples, nk, term(kOwl, "sameAs"), Term::iri("http://www.wikidata.org/entity/Q423")));
}

TEST(RdfTriples, OfficesAreNodesLinkedToTheirInstitution) {
  const KnowledgeGraph graph = testing::fixture_graph();
  const auto triples = rdf_triples(graph, kIris);
  const Office office{"Presiden", "President", "russia"};
  const std::string node = office_iri(kIris, "vladimir-putin", office);
  EXPECT_TRUE(has(triples, kIris.actor("vladimir-putin"), kDipNs + "holdsOffice", Term::iri(node)));
  EXPECT_TRUE(has(triples, node, kDipNs + "officeTitle", Term::tagged("Presiden", "id")));
  EXPECT_TRUE(has(triples, node, kDipNs + "officeTitle", Term::tagged("President", "en")));
  EXPECT_TRUE(has(triples, node, kDipNs + "officeIn", Term::iri(kIris.actor("russia"))));
}

TEST(RdfTriples, DocumentsCarryDublinCoreMetadata) {
  const auto triples = rdf_triples(testing::fixture_graph(), kIris);
  const std::string doc = kIris.document("000_fixture_a.txt");
  EXPECT_TRUE(
      has(triples, doc, term(kDcterms, "issued"), Term::typed("2024-04-24", term(kXsd, "date"))));
  EXPECT_TRUE(has(triples, doc, term(kDcterms, "language"), Term::literal("id")));
  EXPECT_TRUE(has(triples, doc, kDipNs + "url",
                  Term::typed("https://example.org/news/a", term(kXsd, "anyURI"))));
  // No URL, no url triple.
  EXPECT_TRUE(objects(triples, kIris.document("001_fixture_b.txt"), kDipNs + "url").empty());
}

TEST(RdfTriples, DoNotDependOnInsertionOrder) {
  // The same content added in another order, and split into two merged halves.
  const KnowledgeGraph whole = testing::fixture_graph();
  KnowledgeGraph left, right;
  left.merge(whole);
  right.merge(left);
  EXPECT_EQ(rdf_triples(whole, kIris), rdf_triples(right, kIris));
}

TEST(RdfTriples, BaseIriIsConfigurable) {
  IriScheme custom;
  custom.base = "http://example.com/kg/";
  for (const Triple& t : rdf_triples(testing::fixture_graph(), custom))
    EXPECT_TRUE(t.subject.value.starts_with("http://example.com/kg/")) << t.subject.value;
}

}  // namespace
}  // namespace diplograph::rdf
