#include "graph/vocabulary.h"

#include <cstdio>

namespace diplograph {
namespace {

template <typename Table, typename Enum, typename Entry>
std::optional<Enum> lookup(const Table& table, Enum Entry::*field, std::string_view name) {
  for (const Entry& entry : table)
    if (entry.name == name) return entry.*field;
  return std::nullopt;
}

}  // namespace

std::string Rgb::hex() const {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", r & 0xFF, g & 0xFF, b & 0xFF);
  return buffer;
}

std::optional<ActorType> actor_type_from(std::string_view name) {
  return lookup(kActorTypeTerms, &ActorTypeTerms::type, name);
}
std::optional<RelationType> relation_type_from(std::string_view name) {
  return lookup(kRelationTypeTerms, &RelationTypeTerms::type, name);
}
std::optional<Modality> modality_from(std::string_view name) {
  return lookup(kModalityTerms, &ModalityTerms::modality, name);
}

}  // namespace diplograph
