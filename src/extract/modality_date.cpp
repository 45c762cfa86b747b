// Modality (negated, planned, hypothetical, alleged, denied) and date of a trigger.
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

std::string DocumentRelations::date(std::size_t s, std::size_t t) const {
  const DateExpression* best = nullptr;
  std::size_t best_distance = SIZE_MAX;
  for (const DateExpression& e : dates_[s]) {
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
