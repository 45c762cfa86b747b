// Reading exports back (what `merge` does): Serd's reader over the real writers' output, the
// graph rebuilt from it, and the rules that make merging order-independent and idempotent.
#include "export/rdf/graph_from_triples.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <vector>

#include "export/rdf/ntriples_writer.h"
#include "export/rdf/predicates.h"
#include "export/rdf/rdf_mapping.h"
#include "export/rdf/triple_reader.h"
#include "export/rdf/turtle_writer.h"
#include "rdf_text.h"
#include "test_graphs.h"

namespace diplograph {
namespace {

using testing::ntriples_of;
using testing::turtle_of;

const IriScheme kScheme;

struct ReadBack {
  std::optional<KnowledgeGraph> graph;
  std::vector<Diagnostic> diagnostics;
  std::string messages() const {
    std::string out;
    for (const Diagnostic& d : diagnostics) out += d.to_string() + "\n";
    return out;
  }
};

ReadBack read_back(const std::string& rdf, rdf::RdfSyntax syntax) {
  ReadBack out;
  rdf::GraphFromTriples assembler(kScheme, "export");
  const auto read =
      rdf::read_triples(rdf, "export", syntax, [&assembler](rdf::Triple&& t) { assembler.add(t); });
  out.diagnostics = read.diagnostics;
  if (read.ok) out.graph = assembler.finish(out.diagnostics);
  return out;
}

// A document written in English: the state has the gazetteer's labels in English and
// Indonesian, the person only the English name the text gave; office titles take the
// dip:englishLabel path.
KnowledgeGraph english_graph() {
  KnowledgeGraph graph;
  DocumentRecord document;
  document.meta = {"en-1.txt", "Talks", "2024-05-01", "", "Wire", "en"};
  document.bytes = 120;
  document.sentences = 2;
  graph.add_document(document);
  ActorVertex state;
  state.key = "north-korea";
  state.label = "North Korea";
  state.labels = {{"en", "North Korea"}, {"id", "Korea Utara"}};
  state.names = {"DPRK", "North Korea", "Pyongyang"};
  state.iso3 = "PRK";
  state.documents = {"en-1.txt"};
  graph.add_actor(state);
  ActorVertex person;
  person.key = "choe-son-hui";
  person.type = ActorType::Person;
  person.label = "Choe Son Hui";
  person.labels = {{"en", "Choe Son Hui"}};
  person.offices = {{"top diplomat", "Minister of Foreign Affairs", "north-korea"}};
  person.documents = {"en-1.txt"};
  graph.add_actor(person);
  RelationEdge event;
  event.type = RelationType::affiliation;
  event.subject = "choe-son-hui";
  event.object = "north-korea";
  event.office = "top diplomat";
  event.mentions = {
      {"en-1.txt", {0, 60}, {10, 22}, "North Korea's top diplomat Choe Son Hui said.", 0.9}};
  graph.add_event(event);
  return graph;
}

class ExportRoundTrip : public ::testing::TestWithParam<std::string> {
 protected:
  KnowledgeGraph graph() const {
    if (GetParam() == "hostile") return testing::hostile_graph();
    if (GetParam() == "fixture") return testing::fixture_graph();
    return english_graph();
  }
};

TEST_P(ExportRoundTrip, NTriplesReadBackWriteTheSameBytes) {
  const std::string written = ntriples_of(graph());
  const ReadBack back = read_back(written, rdf::RdfSyntax::ntriples);
  ASSERT_TRUE(back.graph) << back.messages();
  EXPECT_EQ(ntriples_of(*back.graph), written);
  EXPECT_EQ(turtle_of(*back.graph), turtle_of(graph()));
}

TEST_P(ExportRoundTrip, TurtleReadBackWritesTheSameBytes) {
  const ReadBack back = read_back(turtle_of(graph()), rdf::RdfSyntax::turtle);
  ASSERT_TRUE(back.graph) << back.messages();
  EXPECT_EQ(ntriples_of(*back.graph), ntriples_of(graph()));
}

// The graph as plain values: every actor, event (with its mentions) and document, in
// export order, so two graphs compare by content rather than by their bytes.
struct GraphValues {
  std::vector<
      std::tuple<std::string, ActorType, std::string, LabelsByLanguage, std::set<std::string>,
                 std::string, std::string, std::set<Office>, std::set<std::string>>>
      actors;
  std::vector<std::tuple<RelationType, std::string, std::string, std::string, Modality, std::string,
                         std::vector<Mention>>>
      events;
  std::map<std::string, DocumentRecord> documents;
  friend bool operator==(const GraphValues&, const GraphValues&) = default;
};

GraphValues values_of(const KnowledgeGraph& graph) {
  GraphValues out;
  for (const ActorId id : graph.actors_in_order()) {
    const ActorVertex& a = graph.graph()[id];
    out.actors.emplace_back(a.key, a.type, a.label, a.labels, a.names, a.iso3, a.wikidata,
                            a.offices, a.documents);
  }
  for (const EventId id : graph.events_in_order()) {
    const RelationEdge& e = graph.graph()[id];
    out.events.emplace_back(e.type, e.subject, e.object, e.date, e.modality, e.office, e.mentions);
  }
  out.documents = graph.documents();
  return out;
}

TEST(ExportRoundTrip, ReadBackGivesTheSameGraphValues) {
  // The graphs whose text is clean UTF-8 (the hostile one's broken bytes come back as
  // U+FFFD, by design) and whose actors all have labels.
  for (const KnowledgeGraph& graph : {testing::fixture_graph(), english_graph()}) {
    for (const auto syntax : {rdf::RdfSyntax::ntriples, rdf::RdfSyntax::turtle}) {
      const ReadBack back = read_back(
          syntax == rdf::RdfSyntax::ntriples ? ntriples_of(graph) : turtle_of(graph), syntax);
      ASSERT_TRUE(back.graph) << back.messages();
      const GraphValues expected = values_of(graph), actual = values_of(*back.graph);
      ASSERT_FALSE(expected.events.empty());
      ASSERT_FALSE(expected.actors.empty());
      EXPECT_EQ(actual.actors, expected.actors);
      EXPECT_EQ(actual.events, expected.events);
      EXPECT_EQ(actual.documents, expected.documents);
      EXPECT_TRUE(actual == expected);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Graphs, ExportRoundTrip,
                         ::testing::Values("hostile", "fixture", "english"));

TEST(ExportRoundTrip, OnePreferredLabelPerLanguage) {
  const std::string turtle = turtle_of(english_graph());
  const std::string actor = "<" + kScheme.actor("north-korea") + ">";
  const std::string triples = ntriples_of(english_graph());
  const std::string pref = " <http://www.w3.org/2004/02/skos/core#prefLabel> ";
  EXPECT_NE(triples.find(actor + pref + "\"North Korea\"@en ."), std::string::npos) << triples;
  EXPECT_NE(triples.find(actor + pref + "\"Korea Utara\"@id ."), std::string::npos) << triples;
  EXPECT_EQ(triples.find(actor + " <" + rdf::predicate_iri(rdf::Predicate::english_label)),
            std::string::npos);
  EXPECT_NE(turtle.find("dip:englishLabel \"Minister of Foreign Affairs\""), std::string::npos);
  const ReadBack back = read_back(turtle, rdf::RdfSyntax::turtle);
  ASSERT_TRUE(back.graph) << back.messages();
  const ActorVertex& state = back.graph->graph()[*back.graph->find_actor("north-korea")];
  EXPECT_EQ(state.label, "North Korea");
  EXPECT_EQ(state.label_in("id"), "Korea Utara");
  EXPECT_EQ(state.names, (std::set<std::string>{"DPRK", "North Korea", "Pyongyang"}));
}

TEST(ExportReader, TwoPreferredLabelsInOneLanguageAreRefused) {
  const std::string actor = "<" + kScheme.actor("north-korea") + ">";
  const std::string extra =
      actor + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"DPRK\"@en .\n";
  const ReadBack back = read_back(ntriples_of(english_graph()) + extra, rdf::RdfSyntax::ntriples);
  EXPECT_FALSE(back.graph);
  EXPECT_NE(back.messages().find("more than one skos:prefLabel tagged \"en\""), std::string::npos)
      << back.messages();
}

// Exports written before labels per language gave an actor read in English text its
// lexicon name as dip:englishLabel: `merge` still reads them, as its English label.
TEST(ExportReader, ReadsTheEnglishLabelOfEarlierExports) {
  const std::string actor = "<" + kScheme.actor("choe-son-hui") + ">";
  const std::string earlier = ntriples_of(english_graph()) + actor + " <" +
                              rdf::predicate_iri(rdf::Predicate::english_label) +
                              "> \"Choe Son-hui\" .\n";
  const ReadBack back = read_back(earlier, rdf::RdfSyntax::ntriples);
  ASSERT_TRUE(back.graph) << back.messages();
  const ActorVertex& person = back.graph->graph()[*back.graph->find_actor("choe-son-hui")];
  EXPECT_EQ(person.label_in("en"), "Choe Son Hui");  // the prefLabel@en stays
  EXPECT_EQ(person.label, "Choe Son Hui");
}

// The triple builder writes what the mapping says (each predicate on the kinds of node the
// mapping gives it, in its form, as many times as its cardinality allows), and the graphs
// of ReadBackGivesTheSameGraphValues exercise every row of the mapping but the one only
// earlier versions wrote: reading them back compares every mapped field.
TEST(RdfMapping, TheBuilderFollowsItAndTheRoundTripCoversEveryRow) {
  using rdf::Cardinality;
  using rdf::ObjectType;
  std::set<const rdf::MappingRow*> seen;
  for (const KnowledgeGraph& graph : {testing::fixture_graph(), english_graph()}) {
    const rdf::SubjectTriples subjects(graph, kScheme);
    rdf::SubjectBlock block;
    for (std::size_t i = 0; i < subjects.size(); ++i) {
      subjects.fill(i, block);
      const std::string_view local = block.subject.substr(kScheme.base.size());
      std::optional<rdf::NodeKind> kind;
      for (std::size_t k = 0; k < rdf::kNodeSegments.size(); ++k)
        if (local.starts_with(rdf::kNodeSegments[k])) kind = static_cast<rdf::NodeKind>(k);
      ASSERT_TRUE(kind) << block.subject;
      std::map<const rdf::MappingRow*, std::vector<std::string_view>> languages;
      for (const rdf::Statement& statement : block.statements) {
        const auto predicate = std::find_if(
            rdf::kPredicates.begin(), rdf::kPredicates.end(),
            [&](const auto& p) { return rdf::predicate_iri(p.predicate) == statement.predicate; });
        if (predicate == rdf::kPredicates.end()) {  // a direct actor-to-actor property
          EXPECT_EQ(*kind, rdf::NodeKind::actor) << block.subject << " " << statement.predicate;
          EXPECT_TRUE(statement.object.is_iri());
          continue;
        }
        const rdf::MappingRow* row = rdf::mapping_row(*kind, predicate->predicate);
        ASSERT_NE(row, nullptr) << block.subject << " " << statement.predicate;
        EXPECT_NE(row->cardinality, Cardinality::legacy) << statement.predicate;
        const rdf::TermView& object = statement.object;
        EXPECT_EQ(object.is_iri(), row->object == ObjectType::iri) << statement.predicate;
        EXPECT_EQ(!object.language.empty(), row->object == ObjectType::tagged)
            << statement.predicate;
        EXPECT_EQ(!object.datatype.empty(), row->object != ObjectType::iri &&
                                                row->object != ObjectType::string &&
                                                row->object != ObjectType::tagged)
            << statement.predicate;
        languages[row].push_back(object.language);
        seen.insert(row);
      }
      for (const rdf::MappingRow& row : rdf::mapping_rows()) {
        if (row.node != *kind) continue;
        const std::vector<std::string_view>& tags = languages[&row];
        const std::set<std::string_view> unique(tags.begin(), tags.end());
        if (row.cardinality == Cardinality::one) {
          EXPECT_EQ(tags.size(), 1u) << row.field;
        } else if (row.cardinality == Cardinality::optional) {
          EXPECT_LE(tags.size(), 1u) << row.field;
        } else if (row.cardinality == Cardinality::per_language) {
          EXPECT_EQ(tags.size(), unique.size()) << block.subject << " " << row.field;
        }
      }
    }
  }
  for (const rdf::MappingRow& row : rdf::mapping_rows()) {
    if (row.cardinality == Cardinality::legacy) continue;
    EXPECT_TRUE(seen.contains(&row)) << "the round-trip graphs never write " << row.field;
  }
}

TEST(ExportReader, SyntaxErrorsNameTheLine) {
  const std::string written = ntriples_of(testing::fixture_graph());
  const std::string broken = written.substr(0, written.find('\n', 200)) + "\n<broken";
  const ReadBack back = read_back(broken, rdf::RdfSyntax::ntriples);
  ASSERT_FALSE(back.graph);
  ASSERT_FALSE(back.diagnostics.empty());
  EXPECT_EQ(back.diagnostics.front().file, "export");
  EXPECT_GE(back.diagnostics.front().line, 2u) << back.messages();
}

TEST(ExportReader, BlankNodesAreRefused) {
  const ReadBack back =
      read_back("_:b1 <http://example.org/p> \"x\" .\n", rdf::RdfSyntax::ntriples);
  ASSERT_FALSE(back.graph);
  EXPECT_NE(back.messages().find("blank node _:b1"), std::string::npos) << back.messages();
}

TEST(ExportReader, AnIncompleteExportIsRefusedAsAWhole) {
  std::string written = ntriples_of(testing::fixture_graph());
  // Drop every evidence node's confidence: the events can no longer be rebuilt exactly.
  std::string kept;
  std::istringstream lines(written);
  for (std::string line; std::getline(lines, line);)
    if (!(line.rfind("<" + kScheme.base + "evidence/", 0) == 0 &&
          line.find("#confidence>") != std::string::npos))
      kept += line + "\n";
  ASSERT_LT(kept.size(), written.size());
  const ReadBack back = read_back(kept, rdf::RdfSyntax::ntriples);
  EXPECT_FALSE(back.graph);
  EXPECT_NE(back.messages().find("evidence needs"), std::string::npos) << back.messages();
}

TEST(ExportReader, ForeignTriplesAreNamed) {
  const ReadBack back = read_back(
      "<https://diplograph.example.org/id/actor/iran> <http://example.org/colour> \"green\" .\n",
      rdf::RdfSyntax::ntriples);
  EXPECT_FALSE(back.graph);
  EXPECT_NE(
      back.messages().find("<https://diplograph.example.org/id/actor/iran>: unexpected predicate"),
      std::string::npos)
      << back.messages();
}

// Conflicting values settle the same way whichever graph is merged into which.
TEST(GraphMerge, IsOrderIndependentAndIdempotent) {
  KnowledgeGraph a = english_graph();
  KnowledgeGraph b = english_graph();
  ActorVertex renamed = b.graph()[*b.find_actor("north-korea")];
  renamed.label = "DPRK";
  renamed.labels["en"] = "DPRK";
  RelationEdge denied = b.graph()[*b.events_in_order().begin()];
  denied.modality = Modality::denied;
  denied.office = "diplomat";
  KnowledgeGraph other;
  for (const auto& [id, document] : b.documents()) other.add_document(document);
  other.add_actor(renamed);
  other.add_actor(b.graph()[*b.find_actor("choe-son-hui")]);
  other.add_event(denied);

  KnowledgeGraph ab = a;
  ab.merge(other);
  KnowledgeGraph ba = other;
  ba.merge(a);
  EXPECT_EQ(ntriples_of(ab), ntriples_of(ba));
  KnowledgeGraph twice = ab;
  twice.merge(ab);
  EXPECT_EQ(ntriples_of(twice), ntriples_of(ab));
  const ActorVertex& state = ab.graph()[*ab.find_actor("north-korea")];
  EXPECT_EQ(state.label, "DPRK");  // the smaller label
  EXPECT_EQ(state.label_in("en"), "DPRK");
  EXPECT_EQ(state.label_in("id"), "Korea Utara");
  EXPECT_TRUE(state.names.count("North Korea"));
  EXPECT_EQ(ab.graph()[*ab.events_in_order().begin()].modality, Modality::asserted);
}

}  // namespace
}  // namespace diplograph
