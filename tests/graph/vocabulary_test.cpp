// The vocabulary table (src/graph/vocabulary.h) against ontology/diplomacy.ttl, read with
// Serd: every class, property and individual the table names exists in the ontology with
// the right kind, and every event class, actor class and modality of the ontology is in the
// table. (That the table follows the enums is checked at compile time.)
#include "graph/vocabulary.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "export/rdf/namespaces.h"
#include "export/rdf/triple_reader.h"

namespace diplograph {
namespace {

// The ontology's triples as subject -> predicate -> objects.
using Statements = std::map<std::string, std::map<std::string, std::set<std::string>>>;

const Statements& ontology() {
  static const Statements statements = [] {
    Statements out;
    const auto read = rdf::read_triples_file(
        std::filesystem::path(DIPLOGRAPH_TEST_SOURCE_DIR) / "ontology" / "diplomacy.ttl",
        [&out](rdf::Triple&& t) {
          out[t.subject.value][t.predicate.value].insert(t.object.value);
        });
    EXPECT_TRUE(read.ok);
    return out;
  }();
  return statements;
}

std::string dip(std::string_view local) { return rdf::term(rdf::kDip, local); }
const std::string kType = rdf::term(rdf::kRdf, "type");
const std::string kSubClassOf = rdf::term(rdf::kRdfs, "subClassOf");

bool states(const std::string& subject, const std::string& predicate, const std::string& object) {
  const auto s = ontology().find(subject);
  if (s == ontology().end()) return false;
  const auto p = s->second.find(predicate);
  return p != s->second.end() && p->second.count(object) > 0;
}

// Subjects the ontology states `predicate object` of.
std::set<std::string> subjects_with(const std::string& predicate, const std::string& object) {
  std::set<std::string> out;
  for (const auto& [subject, predicates] : ontology())
    if (const auto p = predicates.find(predicate); p != predicates.end() && p->second.count(object))
      out.insert(subject);
  return out;
}

TEST(Vocabulary, RelationTypesAreTheOntologysEventClasses) {
  ASSERT_FALSE(ontology().empty());
  std::set<std::string> ours;
  for (const RelationTypeTerms& terms : kRelationTypeTerms) {
    const std::string cls = dip(terms.ontology_class);
    const std::string property = dip(terms.direct_property);
    ours.insert(cls);
    EXPECT_TRUE(states(cls, kSubClassOf, dip("Event"))) << cls;
    EXPECT_TRUE(states(cls, dip("directProperty"), property)) << cls << " -> " << property;
    EXPECT_TRUE(states(property, kType, rdf::term(rdf::kOwl, "ObjectProperty"))) << property;
    EXPECT_EQ(states(property, kType, rdf::term(rdf::kOwl, "SymmetricProperty")), terms.symmetric)
        << property << " is symmetric in one place only";
  }
  EXPECT_EQ(subjects_with(kSubClassOf, dip("Event")), ours);
}

TEST(Vocabulary, ActorTypesAreTheOntologysActorClasses) {
  std::set<std::string> ours;
  for (const ActorTypeTerms& terms : kActorTypeTerms) {
    ours.insert(dip(terms.ontology_class));
    EXPECT_TRUE(states(dip(terms.ontology_class), kType, rdf::term(rdf::kOwl, "Class")));
  }
  EXPECT_EQ(subjects_with(kSubClassOf, dip("Actor")), ours);
}

TEST(Vocabulary, ModalitiesAreTheOntologysIndividuals) {
  std::set<std::string> ours;
  for (const ModalityTerms& terms : kModalityTerms) ours.insert(dip(terms.individual));
  EXPECT_EQ(subjects_with(kType, dip("Modality")), ours);
}

TEST(Vocabulary, NamesAreUniqueAndReadBack) {
  std::set<std::string_view> names, neo4j;
  for (const RelationTypeTerms& terms : kRelationTypeTerms) {
    EXPECT_TRUE(names.insert(terms.name).second) << terms.name;
    EXPECT_TRUE(neo4j.insert(terms.neo4j_type).second) << terms.neo4j_type;
    EXPECT_EQ(relation_type_from(terms.name), terms.type);
  }
  for (const ActorTypeTerms& terms : kActorTypeTerms)
    EXPECT_EQ(actor_type_from(terms.name), terms.type);
  for (const ModalityTerms& terms : kModalityTerms)
    EXPECT_EQ(modality_from(terms.name), terms.modality);
  EXPECT_EQ(relation_type_from("visited"), std::nullopt);
  EXPECT_EQ(Rgb({31, 119, 180}).hex(), "#1f77b4");
  // Only visits go to states by definition (GUIDELINES.md: visit is actor -> State).
  for (const RelationTypeTerms& terms : kRelationTypeTerms)
    EXPECT_EQ(terms.states_only, terms.type == RelationType::visit) << terms.name;
}

}  // namespace
}  // namespace diplograph
