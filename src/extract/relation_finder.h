#pragma once
#include <vector>

#include "extract/dates.h"
#include "extract/extraction.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"

namespace diplograph {

// Finds the relations a document states, sentence by sentence: trigger words (matched on
// their Hunspell stems, so one root covers every inflection) with a frame that says where
// the arguments stand (see ontology/lexicon/README.md), Indonesian voice (di-/ter-
// passives swap the roles, "oleh" marks the agent), coordination ("X dan Y"), relative
// clauses ("yang"), "kedua negara", delegations and their leaders, modality cues and the
// nearest date. Affiliations come from titles, appositions and organisation names.
// A const object over a shared Lexicon; the Stemmer passed in is per thread.
class RelationFinder {
 public:
  explicit RelationFinder(const Lexicon& lexicon);

  // Requires: `mentions` are in text order, as MentionFinder leaves them; `dates[s]` are
  // the date expressions of sentence s. May link delegations to their leaders in
  // `mentions`. Appends to `out`. Returns how many actors were left out of coordinated
  // groups longer than the group cap (16: "A, B, ... dan Z" keeps its first 16).
  std::size_t find(const std::vector<AnalysedSentence>& sentences,
                   const std::vector<std::vector<DateExpression>>& dates,
                   std::vector<ActorMention>& mentions, Stemmer& stemmer,
                   std::vector<RelationCandidate>& out) const;

 private:
  const Lexicon& lexicon_;
  PhraseIndex phrase_triggers_;  // multi-word triggers; payload indexes phrase_trigger_list_
  std::vector<Trigger> phrase_trigger_list_;
};

}  // namespace diplograph
