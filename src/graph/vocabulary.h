#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

// The vocabulary of the graph, stated once: the kinds of actor, the relation types and the
// modalities, each with every name the exports and readers use for it (ontology class and
// property, Neo4j type, colour, ...). Every writer and reader reads these tables; no other
// file lists them. tests/graph/vocabulary_test.cpp checks them against
// ontology/diplomacy.ttl, and the static_asserts below against the enums.

// The kinds of actor the graph holds (GUIDELINES.md): scored State, Person, Organization;
// Delegation is a group sent by a state, resolved to that state and its leader.
enum class ActorType { State, Person, Organization, Delegation };

// The relation types of the diplomacy ontology, aligned with PLOVER/CAMEO event classes.
enum class RelationType {
  visit,
  meet,
  agree,
  cooperate,
  support,
  oppose,
  accuse,
  reject,
  aid,
  assault,
  sanction,
  affiliation
};

// How sure the text is that the event happened.
enum class Modality { asserted, alleged, denied, planned, hypothetical };

// An sRGB colour (0-255 per channel), as Gephi and GraphML r/g/b keys want it.
struct Rgb {
  int r = 0;
  int g = 0;
  int b = 0;
  std::string hex() const;  // "#1f77b4", for DOT
};

// What an actor type is called everywhere.
struct ActorTypeTerms {
  ActorType type;
  std::string_view name;            // facts.jsonl, CSV, GraphML and the Neo4j label: "State"
  std::string_view ontology_class;  // local name of its dip: class
  // The tab10 palette, readable by most colour-blind viewers.
  Rgb colour;
  std::string_view report_shape;  // the Cytoscape.js node shape of report.html
};

// What a relation type is called everywhere, and how it behaves.
struct RelationTypeTerms {
  RelationType type;
  std::string_view name;             // "visit"
  std::string_view ontology_class;   // local name of its dip: event class: "Visit"
  std::string_view direct_property;  // the dip: actor-to-actor property: "visited"
  // Neo4j relationship type, upper snake case in the past tense as Cypher style wants it.
  std::string_view neo4j_type;
  // For drawings: cooperation in blues and greens, hostility in reds and browns,
  // affiliation (a person's office) in grey.
  Rgb colour;
  bool symmetric;    // holds both ways (meet, agree, cooperate)
  bool states_only;  // the recipient is always a State (a visit is to a state)
};

// What a modality is called everywhere.
struct ModalityTerms {
  Modality modality;
  std::string_view name;        // "asserted"
  std::string_view individual;  // local name of its dip:Modality individual: "Asserted"
  // Planned and hypothetical events are kept marked but never asserted as facts.
  bool factual;
};

inline constexpr std::array<ActorTypeTerms, 4> kActorTypeTerms = {{
    {ActorType::State, "State", "State", {31, 119, 180}, "ellipse"},
    {ActorType::Person, "Person", "Person", {255, 127, 14}, "round-rectangle"},
    {ActorType::Organization, "Organization", "Organization", {44, 160, 44}, "hexagon"},
    {ActorType::Delegation, "Delegation", "Delegation", {148, 103, 189}, "diamond"},
}};

inline constexpr std::array<RelationTypeTerms, 12> kRelationTypeTerms = {{
    {RelationType::visit, "visit", "Visit", "visited", "VISITED", {78, 121, 167}, false, true},
    {RelationType::meet, "meet", "Meet", "met", "MET", {118, 183, 178}, true, false},
    {RelationType::agree,
     "agree",
     "Agree",
     "agreedWith",
     "AGREED_WITH",
     {89, 161, 79},
     true,
     false},
    {RelationType::cooperate,
     "cooperate",
     "Cooperate",
     "cooperatedWith",
     "COOPERATED_WITH",
     {44, 127, 60},
     true,
     false},
    {RelationType::support,
     "support",
     "Support",
     "supported",
     "SUPPORTED",
     {176, 122, 161},
     false,
     false},
    {RelationType::oppose, "oppose", "Oppose", "opposed", "OPPOSED", {242, 142, 43}, false, false},
    {RelationType::accuse, "accuse", "Accuse", "accused", "ACCUSED", {225, 87, 89}, false, false},
    {RelationType::reject,
     "reject",
     "Reject",
     "rejected",
     "REJECTED",
     {214, 96, 160},
     false,
     false},
    {RelationType::aid, "aid", "Aid", "aided", "AIDED", {156, 117, 95}, false, false},
    {RelationType::assault,
     "assault",
     "Assault",
     "attacked",
     "ATTACKED",
     {165, 15, 21},
     false,
     false},
    {RelationType::sanction,
     "sanction",
     "Sanction",
     "sanctioned",
     "SANCTIONED",
     {99, 54, 20},
     false,
     false},
    {RelationType::affiliation,
     "affiliation",
     "Affiliation",
     "affiliatedWith",
     "AFFILIATED_WITH",
     {150, 150, 150},
     false,
     false},
}};

inline constexpr std::array<ModalityTerms, 5> kModalityTerms = {{
    {Modality::asserted, "asserted", "Asserted", true},
    {Modality::alleged, "alleged", "Alleged", true},
    {Modality::denied, "denied", "Denied", true},
    {Modality::planned, "planned", "Planned", false},
    {Modality::hypothetical, "hypothetical", "Hypothetical", false},
}};

namespace vocabulary_detail {
// True when entry i of `table` describes enumerator i and the table ends at `last`: the
// table can then be indexed by the enum, and a new enumerator without an entry (or entries
// out of order) fails to compile.
template <typename Table, typename Enum, typename Entry>
constexpr bool indexed_by_enum(const Table& table, Enum Entry::*field, Enum last) {
  for (std::size_t i = 0; i < table.size(); ++i)
    if (static_cast<std::size_t>(table[i].*field) != i) return false;
  return table.size() == static_cast<std::size_t>(last) + 1;
}
}  // namespace vocabulary_detail

static_assert(vocabulary_detail::indexed_by_enum(kActorTypeTerms, &ActorTypeTerms::type,
                                                 ActorType::Delegation),
              "kActorTypeTerms must list every ActorType in enum order");
static_assert(vocabulary_detail::indexed_by_enum(kRelationTypeTerms, &RelationTypeTerms::type,
                                                 RelationType::affiliation),
              "kRelationTypeTerms must list every RelationType in enum order");
static_assert(vocabulary_detail::indexed_by_enum(kModalityTerms, &ModalityTerms::modality,
                                                 Modality::hypothetical),
              "kModalityTerms must list every Modality in enum order");

constexpr const ActorTypeTerms& terms_of(ActorType type) {
  return kActorTypeTerms[static_cast<std::size_t>(type)];
}
constexpr const RelationTypeTerms& terms_of(RelationType type) {
  return kRelationTypeTerms[static_cast<std::size_t>(type)];
}
constexpr const ModalityTerms& terms_of(Modality modality) {
  return kModalityTerms[static_cast<std::size_t>(modality)];
}

// Every value of each enum, in enum order (from the tables).
template <typename Terms, std::size_t N, typename Enum>
constexpr std::array<Enum, N> all_of(const std::array<Terms, N>& table, Enum Terms::*field) {
  std::array<Enum, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = table[i].*field;
  return out;
}
inline constexpr auto kAllActorTypes = all_of(kActorTypeTerms, &ActorTypeTerms::type);
inline constexpr auto kAllRelationTypes = all_of(kRelationTypeTerms, &RelationTypeTerms::type);
inline constexpr auto kAllModalities = all_of(kModalityTerms, &ModalityTerms::modality);

constexpr std::string_view name_of(ActorType type) { return terms_of(type).name; }
constexpr std::string_view name_of(RelationType type) { return terms_of(type).name; }
constexpr std::string_view name_of(Modality modality) { return terms_of(modality).name; }
std::optional<ActorType> actor_type_from(std::string_view name);
std::optional<RelationType> relation_type_from(std::string_view name);
std::optional<Modality> modality_from(std::string_view name);

// meet, agree and cooperate hold both ways; the others go from subject to object.
constexpr bool is_symmetric(RelationType type) { return terms_of(type).symmetric; }

// Planned and hypothetical events are kept marked but never asserted as facts.
constexpr bool is_factual(Modality modality) { return terms_of(modality).factual; }

}  // namespace diplograph
