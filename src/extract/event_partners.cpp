// Event partners and event anaphora: partners named in apposition after a counterpart noun,
// every member of a "between" list, quoted names of talks, a visit named again by its
// author, and meetings or visits only committed to.
#include <algorithm>

#include "extract/clause_reader.h"

namespace diplograph {

std::optional<Group> DocumentRelations::counterpart_apposition(const std::vector<Token>& tokens,
                                                               std::size_t t) const {
  if (t >= tokens.size()) return std::nullopt;
  const auto noun = lexicon_.cue_index(Cue::counterpart).longest_at(tokens, t);
  if (!noun.length) return std::nullopt;
  // The possessor ("mereka", "-nya") and the state the counterparts come from ("dari X")
  // stand between the noun and the comma that opens the apposition.
  constexpr std::size_t kMaxWordsToNames = 6;
  const std::size_t end = clause_end(tokens, t);
  bool after_comma = false;
  for (std::size_t k = t + noun.length; k < end && k <= t + noun.length + kMaxWordsToNames; ++k) {
    if (auto g = group_starting_at(k)) {
      if (g->is_source || g->in_place_name) return std::nullopt;
      if (!after_comma && k > t + noun.length &&
          lexicon_.in_category(Cue::preposition, tokens[k - 1])) {
        // "dari Vietnam, A dan B" read as one list: the names after the state are the
        // partners; the state alone is only where they come from.
        if (g->mentions.size() > 1 && mentions_[g->mentions.front()].type == ActorType::State &&
            mentions_[g->mentions[1]].type == ActorType::Person) {
          Group named = *g;
          named.mentions.erase(named.mentions.begin());
          named.first = mentions_[named.mentions.front()].phrase_first;
          return with_role(named, ArgumentRole::oblique);
        }
        k = g->end - 1;
        continue;
      }
      return with_role(*g, ArgumentRole::oblique);
    }
    const Token& token = tokens[k];
    if (token.is(",")) {
      after_comma = true;
      continue;
    }
    // After the comma the names come at once.
    if (after_comma || !token.is_word() || is_mention_token(k) ||
        lexicon_.in_category(Cue::coordinator, token) ||
        lexicon_.in_category(Cue::relative_marker, token) || is_trigger_word(token))
      return std::nullopt;
  }
  return std::nullopt;
}

std::vector<std::size_t> DocumentRelations::between_members(const std::vector<Token>& tokens,
                                                            std::size_t from) const {
  constexpr std::size_t kMaxWordsToMarker = 3;
  for (std::size_t k = from; k < tokens.size() && k < from + kMaxWordsToMarker; ++k) {
    if (!lexicon_.in_category(Cue::between_marker, tokens[k])) continue;
    auto g = group_starting_at(k + 1);
    return g ? g->mentions : std::vector<std::size_t>{};
  }
  return {};
}

std::size_t DocumentRelations::past_quoted_name(const std::vector<Token>& tokens,
                                                std::size_t from) const {
  constexpr std::size_t kMaxQuotedTokens = 5;
  if (from >= tokens.size() || !lexicon_.in_category(Cue::quotation, tokens[from])) return from;
  for (std::size_t k = from + 1; k < tokens.size() && k <= from + kMaxQuotedTokens; ++k) {
    if (is_mention_token(k)) return from;
    if (lexicon_.in_category(Cue::quotation, tokens[k])) return k > from + 1 ? k + 1 : from;
  }
  return from;
}

std::optional<Group> DocumentRelations::revisited_place(const std::vector<Token>& tokens,
                                                        const Group& author,
                                                        std::size_t sentence) const {
  if (!last_visit_ || last_visit_->sentence >= sentence ||
      last_visit_->sentence + kDiscourseWindow < sentence || author.end >= tokens.size() ||
      !lexicon_.in_category(Cue::determiner, tokens[author.end]) ||
      lexicon_.cardinal(tokens[author.end].folded) || last_visit_->visitor == kNoMention)
    return std::nullopt;
  // The same visit: its author is the visitor read then, or the visitor's state (a person
  // of that state is someone else: "lawatan bawahan Presiden X itu" is not X's visit).
  const std::string visitor_state = state_key_of(last_visit_->visitor);
  for (std::size_t m : author.mentions)
    if (identity(participant(m)) != identity(participant(last_visit_->visitor)) &&
        (mentions_[participant(m)].type != ActorType::State || visitor_state.empty() ||
         state_key_of(m) != visitor_state))
      return std::nullopt;
  Group place{{last_visit_->state}, author.end, author.end + 1};
  place.role = ArgumentRole::place;
  return place;
}

bool DocumentRelations::committed_to(const std::vector<Token>& tokens, std::size_t start,
                                     std::size_t marker) const {
  // "sepakat untuk", "berjanji untuk": the commitment verb stands right before the marker,
  // or an adverb before it ("sepakat pula untuk").
  constexpr std::size_t kMaxWordsBetween = 1;
  for (std::size_t k = marker; k-- > start && k + kMaxWordsBetween + 1 >= marker;) {
    if (lexicon_.in_category(Cue::commitment_verb, tokens[k])) return true;
    if (!tokens[k].is_word() || is_mention_token(k)) return false;
  }
  return false;
}

std::size_t DocumentRelations::delegation_led_by(std::size_t person, std::size_t sentence) const {
  const std::string leader = identity(person);
  for (std::size_t m = first_mention_[sentence + 1]; m-- > 0;) {
    const ActorMention& mention = mentions_[m];
    if (mention.sentence + kDiscourseWindow < sentence) break;
    if (mention.type == ActorType::Delegation && mention.led_by != kNoMention &&
        mention.belongs_to != kNoMention &&
        mentions_[mention.belongs_to].type == ActorType::State &&
        identity(mention.led_by) == leader)
      return m;
  }
  return kNoMention;
}

std::vector<std::size_t> DocumentRelations::sides_between(const std::vector<Token>& tokens,
                                                          std::size_t from, std::size_t end) const {
  for (std::size_t k = from; k < end; ++k) {
    if (!lexicon_.in_category(Cue::between_marker, tokens[k])) continue;
    auto first = group_starting_at(k + 1);
    if (!first || first->is_source) return {};
    if (first->mentions.size() >= 2) return first->mentions;
    // "antara Riyadh dengan Tel Aviv": the second side after a comitative.
    if (first->end + 1 < end && (lexicon_.in_category(Cue::comitative, tokens[first->end]) ||
                                 lexicon_.in_category(Cue::coordinator, tokens[first->end])))
      if (auto second = group_starting_at(first->end + 1); second && !second->is_source) {
        std::vector<std::size_t> sides = first->mentions;
        sides.insert(sides.end(), second->mentions.begin(), second->mentions.end());
        return sides;
      }
    return {};
  }
  return {};
}

void DocumentRelations::add_mediations(const std::vector<Token>& tokens, std::size_t s) {
  // How many sentences back two states named together are the sides of "the reconciliation".
  constexpr std::size_t kSidesReach = 2;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!lexicon_.in_category(Cue::mediation, tokens[t]) || is_mention_token(t)) continue;
    const int modality_here = modality(tokens, t);
    if (modality_here != static_cast<int>(Modality::asserted)) continue;
    const bool is_passive = has_passive_prefix(tokens[t]);
    const std::size_t start = clause_start(tokens, t);
    const std::size_t end = clause_end(tokens, t);
    std::optional<Group> mediator;
    std::vector<std::size_t> sides;
    ArgumentRole sides_role = ArgumentRole::between;
    std::string when = date(s, t);
    if (is_passive) {
      // "X dan Y ..., yang dimediasi oleh Z": the agent mediates what the clause before names.
      mediator = agent_after(tokens, t + 1);
      sides = sides_between(tokens, start, t);
      if (sides.empty())
        if (auto subject = subject_of(tokens, t); subject && subject->mentions.size() >= 2) {
          sides = subject->mentions;
          sides_role = ArgumentRole::coordinated;
        }
      // "Rekonsiliasi tersebut dimediasi oleh Z": the two states last named together.
      bool anaphoric = false;
      for (std::size_t k = start; k < t; ++k)
        anaphoric = anaphoric || lexicon_.in_category(Cue::determiner, tokens[k]);
      if (sides.empty() && anaphoric && !last_state_pair_.empty() &&
          last_state_pair_sentence_ < s && last_state_pair_sentence_ + kSidesReach >= s) {
        sides = last_state_pair_;
        sides_role = ArgumentRole::coordinated;
        // The event named again happened when the sentence naming its sides says.
        if (when.empty()) when = date(last_state_pair_sentence_, 0);
      }
    } else {
      mediator = subject_of(tokens, t);
      sides = sides_between(tokens, t + 1, end);
    }
    if (!mediator || mediator->is_source || sides.size() < 2) continue;
    Context context{s,
                    FoundTrigger{{}, t, t + 1, is_passive ? Voice::passive : Voice::active},
                    modality_here,
                    when,
                    mediator->role,
                    sides_role};
    for (std::size_t by : mediator->mentions)
      for (std::size_t side : sides)
        emit(RelationType::meet, participant(by), participant(side), context, 0.6);
  }
}

}  // namespace diplograph
