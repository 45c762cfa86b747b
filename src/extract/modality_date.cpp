// Modality (negated, planned, hypothetical, alleged, denied) and date of a trigger.
#include <algorithm>

#include "extract/clause_reader.h"

namespace diplograph {

int DocumentRelations::modality(const std::vector<Token>& tokens, std::size_t t) {
  const std::size_t start = clause_start(tokens, t);
  for (std::size_t k = t; k-- > start && k + 2 >= t;)
    if (lexicon_.in_category(Cue::modality_negated, tokens[k])) return kNegated;
  // A cue of several words ("is set to", "agreed to") counts when it starts in the window
  // and ends before the trigger.
  auto cue_at = [&](Cue category, std::size_t k) {
    const std::size_t length = lexicon_.cue_index(category).longest_at(tokens, k).length;
    return length > 0 && k + length <= t;
  };
  for (std::size_t k = t; k-- > start && k + 4 >= t;) {
    if (cue_at(Cue::modality_hypothetical, k)) return static_cast<int>(Modality::hypothetical);
    if (cue_at(Cue::modality_planned, k)) return static_cast<int>(Modality::planned);
  }
  // A cue of several words that ends in its verb's complement marker ("sepakat untuk", "is
  // set to") rules the rest of its clause: "setuju untuk membahas isu itu dalam KTT di X"
  // plans the summit's talks too.
  for (std::size_t k = start; k < t; ++k) {
    const std::size_t length =
        lexicon_.cue_index(Cue::modality_planned).longest_at(tokens, k).length;
    if (length > 1 && k + length <= t) return static_cast<int>(Modality::planned);
  }
  if (const int served = purpose_modality(tokens, start, t);
      served != static_cast<int>(Modality::asserted))
    return served;
  for (std::size_t k = t; k-- > start;)
    if (lexicon_.in_category(Cue::modality_alleged, tokens[k]))
      return static_cast<int>(Modality::alleged);
  // "tuduhan bahwa X memasok ...", "membantah bahwa X ...": what a complement clause
  // says is only as sure as the clause that reports it.
  if (start > 0 && lexicon_.in_category(Cue::complementizer, tokens[start - 1])) {
    const std::size_t outer = clause_start(tokens, start - 1);
    for (std::size_t k = start - 1; k-- > outer;) {
      if (has_stem(tokens[k], Cue::denial_verb)) return static_cast<int>(Modality::denied);
      if (lexicon_.in_category(Cue::modality_alleged, tokens[k]))
        return static_cast<int>(Modality::alleged);
    }
  }
  return static_cast<int>(Modality::asserted);
}

int DocumentRelations::purpose_modality(const std::vector<Token>& tokens, std::size_t start,
                                        std::size_t t) {
  // "guna memasok ...", "untuk mengadakan pembicaraan": the marker stands right before the
  // trigger or before its light verb.
  constexpr std::size_t kMaxWordsBetween = 2;
  // A war or dispute a purpose acts on ("guna meredakan pertempuran X dan Y") goes on
  // whatever the purpose: only the event the purpose would bring about is at stake.
  // A stance a purpose states ("menempuh semua jalan demi mendukung X") is held now.
  // A meeting or visit agreed or promised has not taken place (below).
  bool stands_now = false, meets = false;
  for (const FoundTrigger& found : sentence_triggers_) {
    if (found.first != t) continue;
    const RelationType type = found.trigger.relation;
    stands_now = stands_now || found.trigger.frame == Frame::mutual || speaks_for_itself(type) ||
                 type == RelationType::support;
    meets = meets || type == RelationType::meet || type == RelationType::visit;
  }
  if (stands_now) return static_cast<int>(Modality::asserted);
  std::size_t marker = t;
  for (std::size_t k = t; k-- > start && k + kMaxWordsBetween + 1 >= t;) {
    if (lexicon_.in_category(Cue::purpose_marker, tokens[k])) {
      marker = k;
      break;
    }
    if (!tokens[k].is_word() || is_mention_token(k)) break;
  }
  // "sepakat untuk membahasnya dalam KTT di X", "berjanji untuk berkunjung": a meeting or
  // visit agreed or promised anywhere in the purpose clause has not taken place (agreed
  // supplies or cooperation are the agreement's substance and are read with it).
  if (meets)
    for (std::size_t k = start; k < t; ++k)
      if (lexicon_.in_category(Cue::purpose_marker, tokens[k]) && committed_to(tokens, start, k))
        return static_cast<int>(Modality::planned);
  if (marker == t) return static_cast<int>(Modality::asserted);
  // A purpose is as real as what it serves: the nearest predicate before it, or a plan
  // named before it ("rencana X guna memasok ...": the supplies are planned too).
  for (std::size_t k = marker; k-- > start;) {
    if (std::any_of(sentence_triggers_.begin(), sentence_triggers_.end(),
                    [&](const FoundTrigger& other) { return other.first == k; }))
      return modality(tokens, k);
    if (lexicon_.in_category(Cue::modality_planned, tokens[k]))
      return static_cast<int>(Modality::planned);
    if (lexicon_.in_category(Cue::modality_hypothetical, tokens[k]))
      return static_cast<int>(Modality::hypothetical);
  }
  return static_cast<int>(Modality::asserted);
}

std::string DocumentRelations::date(std::size_t s, std::size_t t) const {
  const DateExpression* best = nullptr;
  std::size_t best_distance = SIZE_MAX;
  const auto& tokens = sentences_[s].tokens;
  for (const DateExpression& e : dates_[s]) {
    // "tuduhan X bahwa Y mencampuri pemilu tahun 2020": a date in the clause a predicate
    // reports is the reported event's, not the report's.
    bool reported = false;
    for (std::size_t k = t + 1; k < e.first_token && k < tokens.size() && !reported; ++k)
      reported = lexicon_.in_category(Cue::complementizer, tokens[k]);
    if (reported) continue;
    const std::size_t distance = e.first_token > t ? e.first_token - t : t - e.end_token;
    if (distance < best_distance) {
      best = &e;
      best_distance = distance;
    }
  }
  return best ? best->date.iso() : std::string();
}

void DocumentRelations::date_from_lead() {
  // News puts the day of its main event in the lead ("JAKARTA - ... pada Senin (19/6)"):
  // the first full date of the first sentences of the body.
  constexpr std::size_t kLeadSentences = 3;
  std::string lead;
  std::size_t body = 0;
  for (std::size_t s = 0; s < sentences_.size() && lead.empty(); ++s) {
    if (sentences_[s].is_title) continue;
    if (body++ == kLeadSentences) break;
    for (const DateExpression& e : dates_[s])
      if (e.date.day) {
        lead = e.date.iso();
        break;
      }
  }
  if (lead.empty()) return;
  // The relations the text dates nowhere else happened then, if at all; offices and ties
  // are no events and keep no date.
  for (RelationCandidate& candidate : out_)
    if (candidate.date.empty() && candidate.type != RelationType::affiliation &&
        candidate.type != RelationType::cooperate && candidate.modality == Modality::asserted)
      candidate.date = lead;
}

}  // namespace diplograph
