#include "lexicon/cue.h"

#include <array>

namespace diplograph {
namespace {

// In the order of the enum.
constexpr std::array<std::string_view, kCueCount> kCueNames = {
    "acronym_only",
    "agent_marker",
    "apposition_filler",
    "aspect",
    "attribution",
    "attribution_filler",
    "between_marker",
    "clause_boundary",
    "collective_noun",
    "comitative",
    "commitment_verb",
    "complementizer",
    "copula",
    "coordinator",
    "counterpart",
    "date_last_month",
    "date_last_week",
    "date_last_year",
    "date_this_month",
    "date_this_week",
    "date_this_year",
    "date_yesterday",
    "dateline_dash",
    "enumeration_marker",
    "gathering",
    "denial_verb",
    "determiner",
    "group_filler",
    "group_noun",
    "leader_verb",
    "location_preposition",
    "locative",
    "mediation",
    "member_cue",
    "modality_alleged",
    "modality_hypothetical",
    "modality_negated",
    "modality_planned",
    "name_connector",
    "not_name",
    "pair_anaphor",
    "passive_auxiliary",
    "person_pair_anaphor",
    "person_pronoun",
    "place_preposition",
    "plural_pronoun",
    "portfolio_head",
    "possessive",
    "possessive_pronoun",
    "preposition",
    "pronoun",
    "purpose_marker",
    "quotation",
    "relative_marker",
    "reporting_verb",
    "reversal",
    "source_preposition",
    "state_anaphor",
    "title_joiner",
};

}  // namespace

std::optional<Cue> cue_from(std::string_view name) {
  for (std::size_t i = 0; i < kCueNames.size(); ++i)
    if (kCueNames[i] == name) return static_cast<Cue>(i);
  return std::nullopt;
}

}  // namespace diplograph
