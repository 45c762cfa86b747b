#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace diplograph {

// A closed word class of cues.tsv that the extraction rules read ("coordinator": "dan",
// "serta", ...). The rules name classes by this enum, not by string, so that asking
// whether a token belongs to one is a single hash look-up of the token.
enum class Cue : std::uint8_t {
  acronym_only,
  agent_marker,
  apposition_filler,
  aspect,
  attribution,
  attribution_filler,
  between_marker,
  clause_boundary,
  collective_noun,
  comitative,
  commitment_verb,
  complementizer,
  copula,
  coordinator,
  counterpart,
  date_last_month,
  date_last_week,
  date_last_year,
  date_this_month,
  date_this_week,
  date_this_year,
  date_yesterday,
  dateline_dash,
  enumeration_marker,
  gathering,
  denial_verb,
  determiner,
  group_filler,
  group_noun,
  leader_verb,
  location_preposition,
  locative,
  mediation,
  member_cue,
  modality_alleged,
  modality_hypothetical,
  modality_negated,
  modality_planned,
  name_connector,
  not_name,
  pair_anaphor,
  passive_auxiliary,
  person_pair_anaphor,
  person_pronoun,
  place_preposition,
  plural_pronoun,
  portfolio_head,
  possessive,
  possessive_pronoun,
  preposition,
  pronoun,
  purpose_marker,
  quotation,
  relative_marker,
  reporting_verb,
  reversal,
  source_preposition,
  state_anaphor,
  title_joiner,
};

inline constexpr std::size_t kCueCount = static_cast<std::size_t>(Cue::title_joiner) + 1;
static_assert(kCueCount <= 64, "Lexicon keeps the classes of a word in 64 bits");

// The cue class named `name` in cues.tsv, or nullopt when no rule knows that class (a
// data error the loader reports with file:line).
std::optional<Cue> cue_from(std::string_view name);

}  // namespace diplograph
