#include "extract/relation_finder.h"

#include <algorithm>
#include <set>

#include "extract/clause_reader.h"

namespace diplograph {

void DocumentRelations::run() {
  // Mentions are in text order: sentence s owns [first_mention_[s], first_mention_[s+1]).
  first_mention_.resize(sentences_.size() + 1);
  for (std::size_t s = 0; s <= sentences_.size(); ++s)
    first_mention_[s] = static_cast<std::size_t>(
        std::partition_point(mentions_.begin(), mentions_.end(),
                             [&](const ActorMention& m) { return m.sentence < s; }) -
        mentions_.begin());
  // The first mention of each state: looked up for every participant, so indexed once
  // (a scan per look-up made long documents quadratic).
  for (std::size_t m = 0; m < mentions_.size(); ++m)
    if (mentions_[m].type == ActorType::State && !mentions_[m].known_key.empty())
      first_state_mention_.emplace(mentions_[m].known_key, m);
  for (std::size_t s = 0; s < sentences_.size(); ++s) sentence(s);
  date_from_lead();
  affiliations();
  answer_rejections();
}

void DocumentRelations::sentence(std::size_t s) {
  const auto& tokens = sentences_[s].tokens;
  // The mentions of this sentence; attributes (the state in "Presiden Rusia Vladimir
  // Putin") are not participants on their own.
  std::vector<std::size_t> in_sentence;
  for (std::size_t m = first_mention_[s]; m < first_mention_[s + 1]; ++m) in_sentence.push_back(m);
  std::set<std::size_t> attributes;
  for (std::size_t k = 0; k + 1 < in_sentence.size(); ++k) {
    ActorMention& a = mentions_[in_sentence[k]];
    ActorMention& b = mentions_[in_sentence[k + 1]];
    // "Palestina Hamas", "Tiongkok Zhao Leji": a state right before a name qualifies it.
    // A state after a locative is where, not whose ("pakar PBB di Myanmar X"); after "from"
    // it still says whose ("menteri dari Rusia X").
    if (a.type == ActorType::State && a.end_token == b.first_token &&
        (b.type == ActorType::Person || b.type == ActorType::Organization) &&
        b.belongs_to == kNoMention &&
        !(a.first_token > 0 && lexicon_.in_category(Cue::locative, tokens[a.first_token - 1])))
      b.belongs_to = in_sentence[k];
  }
  // "Juru bicara Kementerian Luar Negeri Iran Saeed Khatibzadeh": a title that names a
  // ministry or agency (or a state's ministry named right before the person) makes the person
  // its member, and the ministry the state's
  // (guidelines, decision 2).
  for (std::size_t m : in_sentence) {
    ActorMention& person = mentions_[m];
    if (person.type != ActorType::Person) continue;
    for (std::size_t o : in_sentence)
      if (mentions_[o].type == ActorType::Organization &&
          ((mentions_[o].first_token >= person.phrase_first &&
            mentions_[o].end_token <= person.first_token) ||
           (mentions_[o].end_token == person.phrase_first &&
            mentions_[o].belongs_to != kNoMention)))
        person.belongs_to = o;
  }
  for (std::size_t m : in_sentence)
    if (mentions_[m].belongs_to != kNoMention && mentions_[mentions_[m].belongs_to].sentence == s)
      attributes.insert(mentions_[m].belongs_to);
  current_ = in_sentence;
  current_phrase_tokens_.assign(tokens.size(), false);
  for (const std::size_t m : current_)
    for (std::size_t t = mentions_[m].phrase_first; t < mentions_[m].end_token && t < tokens.size();
         ++t)
      current_phrase_tokens_[t] = true;
  std::vector<std::size_t> units;
  for (std::size_t m : in_sentence)
    if (!attributes.count(m)) units.push_back(m);
  groups_ = make_groups(tokens, units);
  mark_reporters(tokens);
  link_leaders(tokens, s);
  add_pair_anaphors(tokens, s);
  add_numbered_anaphors(tokens, s);
  add_pronoun_anaphors(tokens, s);
  add_state_anaphors(tokens, s);
  add_title_anaphors(tokens, s);

  read_enumerated_targets(tokens, s);
  sentence_triggers_ = find_triggers(tokens);
  const std::size_t first_candidate = out_.size();
  for (const FoundTrigger& trigger : sentence_triggers_) apply(s, trigger);
  add_delegation_members(tokens, s);
  add_mediations(tokens, s);
  shield_from_sanctions(first_candidate);
  remember_plural_group(s);
}

void DocumentRelations::shield_from_sanctions(std::size_t first_candidate) {
  // "X memveto upaya Y untuk menjatuhkan sanksi terhadap Z": standing against the one
  // who pushes sanctions on Z shields Z (guidelines: a veto that shields the object).
  const std::size_t end = out_.size();
  for (std::size_t a = first_candidate; a < end; ++a) {
    if (out_[a].type != RelationType::oppose || out_[a].modality != Modality::asserted) continue;
    for (std::size_t b = first_candidate; b < end; ++b) {
      const RelationCandidate& sanction = out_[b];
      if (sanction.type != RelationType::sanction || sanction.trigger.begin < out_[a].trigger.end ||
          identity(sanction.subject) != identity(out_[a].object))
        continue;
      RelationCandidate shield = out_[a];
      shield.type = RelationType::support;
      shield.object = sanction.object;
      shield.object_role = sanction.object_role;
      shield.confidence = 0.6;
      // Standing against sanctions on one's own state supports no one else.
      const std::string from = state_key_of(shield.subject);
      if (identity(shield.subject) != identity(shield.object) &&
          (from.empty() || from != state_key_of(shield.object)))
        out_.push_back(shield);
    }
  }
}

RelationFinder::RelationFinder(const Lexicon& lexicon) : lexicon_(lexicon) {
  for (const auto& [stem, trigger] : lexicon.triggers()) {
    if (stem.find(' ') == std::string::npos) continue;
    phrase_triggers_.add(stem, static_cast<std::uint32_t>(phrase_trigger_list_.size()));
    phrase_trigger_list_.push_back(trigger);
  }
}

std::size_t RelationFinder::find(const std::vector<AnalysedSentence>& sentences,
                                 const std::vector<std::vector<DateExpression>>& dates,
                                 std::vector<ActorMention>& mentions, Stemmer& stemmer,
                                 std::vector<RelationCandidate>& out) const {
  DocumentRelations relations(lexicon_, phrase_triggers_, phrase_trigger_list_, sentences, dates,
                              mentions, stemmer, out);
  relations.run();
  return relations.group_members_dropped();
}

}  // namespace diplograph
