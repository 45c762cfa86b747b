#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace diplograph {

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

inline constexpr std::array kAllActorTypes = {ActorType::State, ActorType::Person,
                                              ActorType::Organization, ActorType::Delegation};

inline constexpr std::array kAllModalities = {Modality::asserted, Modality::alleged,
                                              Modality::denied, Modality::planned,
                                              Modality::hypothetical};

inline constexpr std::array kAllRelationTypes = {
    RelationType::visit,     RelationType::meet,     RelationType::agree,
    RelationType::cooperate, RelationType::support,  RelationType::oppose,
    RelationType::accuse,    RelationType::reject,   RelationType::aid,
    RelationType::assault,   RelationType::sanction, RelationType::affiliation};

std::string_view name_of(ActorType type);
std::string_view name_of(RelationType type);
std::string_view name_of(Modality modality);
std::optional<ActorType> actor_type_from(std::string_view name);
std::optional<RelationType> relation_type_from(std::string_view name);
std::optional<Modality> modality_from(std::string_view name);

// meet, agree and cooperate hold both ways; the others go from subject to object.
bool is_symmetric(RelationType type);

// Planned and hypothetical events are kept marked but never asserted as facts.
bool is_factual(Modality modality);

}  // namespace diplograph
