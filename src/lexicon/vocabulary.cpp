#include "lexicon/vocabulary.h"

namespace diplograph {
namespace {

constexpr std::array<std::string_view, 4> kActorTypeNames = {"State", "Person", "Organization",
                                                             "Delegation"};
constexpr std::array<std::string_view, 12> kRelationNames = {
    "visit", "meet", "agree", "cooperate", "support", "oppose",
    "accuse", "reject", "aid", "assault", "sanction", "affiliation"};
constexpr std::array<std::string_view, 5> kModalityNames = {"asserted", "alleged", "denied",
                                                            "planned", "hypothetical"};

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace

std::string_view name_of(ActorType type) { return kActorTypeNames[static_cast<std::size_t>(type)]; }
std::string_view name_of(RelationType type) {
  return kRelationNames[static_cast<std::size_t>(type)];
}
std::string_view name_of(Modality modality) {
  return kModalityNames[static_cast<std::size_t>(modality)];
}
std::optional<ActorType> actor_type_from(std::string_view name) {
  return lookup<ActorType>(kActorTypeNames, name);
}
std::optional<RelationType> relation_type_from(std::string_view name) {
  return lookup<RelationType>(kRelationNames, name);
}
std::optional<Modality> modality_from(std::string_view name) {
  return lookup<Modality>(kModalityNames, name);
}

bool is_symmetric(RelationType type) {
  return type == RelationType::meet || type == RelationType::agree ||
         type == RelationType::cooperate;
}

bool is_factual(Modality modality) {
  return modality != Modality::planned && modality != Modality::hypothetical;
}

}  // namespace diplograph
