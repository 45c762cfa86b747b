// Enumerated targets: a measure taken against persons or bodies counted out ("sanksi
// terhadap tiga pejabat") whose names a list gives after an enumeration marker, in the same
// sentence ("..., yakni X, Y dan Z") or in one of the next ("Ketiga pejabat itu ialah X, Y
// dan Z").
#include <algorithm>

#include "extract/clause_reader.h"

namespace diplograph {

std::optional<Group> DocumentRelations::listed_from(const std::vector<Token>& tokens,
                                                    std::size_t t) const {
  auto listed = list_head_at(t);
  // "X yang memimpin angkatan udara serta Y": a relative clause on one member does not
  // end the list; the coordinator after it adds the next member.
  constexpr std::size_t kMaxRelativeWords = 8;
  while (listed && listed->end < tokens.size() &&
         lexicon_.in_category(Cue::relative_marker, tokens[listed->end])) {
    std::size_t k = listed->end + 1;
    while (k < tokens.size() && k <= listed->end + kMaxRelativeWords && tokens[k].is_word() &&
           !is_mention_token(k) && !is_boundary(tokens[k]) &&
           !lexicon_.in_category(Cue::coordinator, tokens[k]))
      ++k;
    if (k >= tokens.size() || !lexicon_.in_category(Cue::coordinator, tokens[k])) break;
    auto next = group_starting_at(k + 1);
    if (!next || next->is_source) break;
    listed->mentions.insert(listed->mentions.end(), next->mentions.begin(), next->mentions.end());
    listed->end = next->end;
  }
  return listed;
}

std::optional<Group> DocumentRelations::list_head_at(std::size_t t) const {
  if (auto listed = group_starting_at(t)) return listed;
  // "tiga pejabat Rusia, yakni X dan Y": the comma may have joined the counted phrase's
  // actor to the list; the list is the members from t on.
  for (const Group& g : groups_) {
    if (g.first >= t || g.end <= t) continue;
    Group listed = g;
    listed.mentions.clear();
    for (std::size_t m : g.mentions)
      if (mentions_[m].phrase_first >= t) listed.mentions.push_back(m);
    if (listed.mentions.empty() || mentions_[listed.mentions.front()].phrase_first != t)
      return std::nullopt;
    listed.first = t;
    return listed;
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::enumerated_after(const std::vector<Token>& tokens,
                                                         std::size_t from) const {
  // The counted noun phrase and the list follow the trigger closely; a new clause or another
  // predicate before the marker ends the search. An actor on the way qualifies the counted
  // noun ("tiga pejabat Rusia"): the clause analysis found no target in it.
  constexpr std::size_t kMaxWordsBeforeMarker = 8;
  for (std::size_t k = from; k + 1 < tokens.size() && k <= from + kMaxWordsBeforeMarker; ++k) {
    const Token& token = tokens[k];
    if (lexicon_.in_category(Cue::enumeration_marker, token)) {
      auto listed = listed_from(tokens, k + 1);
      if (!listed || listed->is_source || listed->in_place_name) return std::nullopt;
      listed->role = ArgumentRole::oblique;
      return listed;
    }
    if (is_boundary(token) || (k > from && is_trigger_word(token))) return std::nullopt;
  }
  return std::nullopt;
}

bool DocumentRelations::names_counted_targets(const std::vector<Token>& tokens,
                                              std::size_t from) const {
  // "terhadap dua petinggi militer", "kepada lima warga": a number a few words after the
  // trigger counts the targets without naming them.
  constexpr std::size_t kMaxWordsBeforeNumber = 3;
  const std::size_t end = clause_end(tokens, from);
  for (std::size_t k = from; k < end && k <= from + kMaxWordsBeforeNumber; ++k) {
    if (is_mention_token(k)) return false;
    if (tokens[k].is_word() && lexicon_.cardinal(tokens[k].folded)) return true;
  }
  return false;
}

void DocumentRelations::read_enumerated_targets(const std::vector<Token>& tokens, std::size_t s) {
  // The list names the counted targets of the sentence or two before: "Ketiga pejabat itu
  // ialah X, Y dan Z", "X mengumumkan kelima nama itu, yakni ...": a counted noun phrase
  // with a demonstrative stands right before the enumeration marker.
  constexpr std::size_t kMaxSentencesAfter = 2;
  constexpr std::size_t kMaxNounWords = 2;
  if (!counted_targets_ || counted_targets_->context.sentence >= s ||
      counted_targets_->context.sentence + kMaxSentencesAfter < s)
    return;
  for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
    if (!lexicon_.in_category(Cue::enumeration_marker, tokens[k])) continue;
    auto listed = listed_from(tokens, k + 1);
    if (!listed || listed->is_source || listed->in_place_name) continue;
    std::size_t edge = k;
    if (tokens[edge - 1].is(",")) --edge;
    if (edge == 0 || !lexicon_.in_category(Cue::determiner, tokens[edge - 1])) continue;
    bool counted = false;
    for (std::size_t w = edge - 1; w-- > 0 && w + kMaxNounWords + 1 >= edge - 1;) {
      if (!tokens[w].is_word() || is_mention_token(w)) break;
      if (lexicon_.cardinal(tokens[w].folded)) {
        counted = true;
        break;
      }
    }
    if (!counted) continue;
    Context context = counted_targets_->context;
    context.sentence = s;
    context.trigger.first = k;
    context.trigger.end = k + 1;
    context.object_role = ArgumentRole::oblique;
    emit_sanctions(counted_targets_->author, *listed, context);
    counted_targets_.reset();
    return;
  }
}

void DocumentRelations::emit_sanctions(const Group& authors, const Group& targets,
                                       const Context& context) {
  // Sanctions are imposed by states: a leader or body that imposes them does so for its
  // state, and a person named as their author imposes them too.
  for (std::size_t a : authors.mentions)
    for (std::size_t b : targets.mentions) {
      emit(RelationType::sanction, as_state(participant(a)), participant(b), context, 0.65);
      if (mentions_[participant(a)].type == ActorType::Person)
        emit(RelationType::sanction, participant(a), participant(b), context, 0.6);
    }
}

}  // namespace diplograph
