// Predicates: the relation triggers of a sentence, each with the voice its affixes give.
#include <algorithm>

#include "extract/clause_reader.h"

namespace diplograph {
namespace {

bool starts_with_any(std::string_view word, const std::vector<std::string>& prefixes,
                     std::string_view stem) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) {
    return word.starts_with(p) && !stem.starts_with(p);
  });
}

}  // namespace

// The voice the word's affixes give its stem, by the rules of language.tsv.
Voice voice_of(const VoiceAffixes& affixes, std::string_view word, std::string_view stem,
               Frame frame) {
  // An event noun's verb forms are verbs ("menginvasi", "diembargo"); the bare noun (of a
  // war or dispute too: "perang", "konflik") and its
  // suffixed forms are nouns.
  const Voice bare =
      frame == Frame::noun || frame == Frame::mutual ? Voice::nominal : Voice::active;
  if (word == stem) return bare;
  if (starts_with_any(word, affixes.passive_prefixes, stem)) return Voice::passive;
  if ((frame == Frame::symmetric || frame == Frame::mutual) &&
      starts_with_any(word, affixes.reciprocal_prefixes, stem))
    return Voice::reciprocal;
  if (starts_with_any(word, affixes.active_prefixes, "")) return Voice::active;
  for (const std::string& suffix : affixes.nominal_suffixes)
    if (word.ends_with(suffix)) return Voice::nominal;
  return bare;
}

bool DocumentRelations::has_passive_prefix(const Token& token) const {
  const auto& prefixes = lexicon_.voice_affixes().passive_prefixes;
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& prefix) { return token.folded.starts_with(prefix); });
}

bool DocumentRelations::after_passive_auxiliary(const std::vector<Token>& tokens,
                                                std::size_t t) const {
  // "was hosted by", "were swiftly accused": an auxiliary of the passive right before the
  // participle, past adverbs of the aspect class; "is visiting" stays active.
  const auto& progressive = lexicon_.voice_affixes().progressive_suffixes;
  if (std::any_of(progressive.begin(), progressive.end(),
                  [&](const std::string& suffix) { return tokens[t].folded.ends_with(suffix); }))
    return false;
  constexpr std::size_t kMaxAdverbs = 2;
  for (std::size_t k = t, skipped = 0; k-- > 0 && skipped <= kMaxAdverbs; ++skipped) {
    if (lexicon_.in_category(Cue::passive_auxiliary, tokens[k])) return true;
    if (!lexicon_.in_category(Cue::aspect, tokens[k])) return false;
  }
  return false;
}

bool DocumentRelations::reversed(const std::vector<Token>& tokens, std::size_t t) {
  // A few modifiers or coordinated nouns may stand between ("halted exchanges and
  // cooperation", "scaled back military dialogue"), but no actor or boundary, and at most the
  // one preposition that takes a reversal noun's object ("penghentian segera atas pengiriman
  // senjata", "suspension of talks").
  constexpr std::size_t kMaxWordsBetween = 3;
  bool preposition_seen = false;
  for (std::size_t k = t; k-- > 0 && k + kMaxWordsBetween + 1 >= t;) {
    if (has_stem(tokens[k], Cue::reversal)) return true;
    if (!tokens[k].is_word() || is_boundary(tokens[k]) || is_mention_token(k)) return false;
    if (lexicon_.in_category(Cue::preposition, tokens[k])) {
      if (preposition_seen) return false;
      preposition_seen = true;
    }
  }
  return false;
}

bool DocumentRelations::has_stem(const Token& token, Cue category) {
  return lexicon_.has_stem_in(category, token, stemmer_);
}

std::vector<FoundTrigger> DocumentRelations::find_triggers(const std::vector<Token>& tokens) {
  std::vector<FoundTrigger> found;
  // A title's words are part of the mention they open ("Juru Bicara" holds no meeting).
  std::size_t chain_end = SIZE_MAX;
  bool chain_symmetric = false;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!tokens[t].is_word() || is_mention_token(t)) continue;
    std::optional<FoundTrigger> here;
    if (const auto phrase = phrase_triggers_.longest_at(tokens, t); phrase.length) {
      const Trigger& trigger = phrase_trigger_list_[phrase.payload];
      here = FoundTrigger{trigger, t, t + phrase.length,
                          trigger.frame == Frame::noun ? Voice::nominal : Voice::active};
    } else {
      // A verb with a pronoun object written onto it ("menudingnya") is read without it.
      const HashedWord whole_word{tokens[t].folded, tokens[t].hash};
      std::string_view word = tokens[t].folded;
      for (const std::string& clitic : lexicon_.voice_affixes().object_clitics)
        if (word.size() > clitic.size() + 2 && word.ends_with(clitic) &&
            !lexicon_.triggers_for(whole_word)) {
          word.remove_suffix(clitic.size());
          break;
        }
      const bool whole = word.size() == tokens[t].folded.size();
      // The word's own stems were looked up when it was annotated.
      if (whole && tokens[t].stems_annotated && !tokens[t].stem_has_trigger) continue;
      const auto& stems = whole ? stemmer_.stems(tokens[t]) : stemmer_.stems(std::string(word));
      for (const std::string& stem : stems) {
        // The word is its own first stem, and its hash is known.
        const auto* candidates = stem == tokens[t].folded ? lexicon_.triggers_for(whole_word)
                                                          : lexicon_.triggers_for(stem);
        if (!candidates) continue;
        const Trigger& trigger = candidates->front();
        here = FoundTrigger{trigger, t, t + 1,
                            voice_of(lexicon_.voice_affixes(), word, stem, trigger.frame)};
        break;
      }
    }
    if (!here) continue;
    if (here->voice == Voice::active && after_passive_auxiliary(tokens, here->first))
      here->voice = Voice::passive;
    if ((here->trigger.frame == Frame::symmetric || here->trigger.relation == RelationType::aid) &&
        reversed(tokens, here->first)) {
      // "halted cooperation with X", "scaled back talks with X": the tie is cut, a measure
      // against the partner (guidelines, decision 19); "menghentikan pengiriman senjata ke
      // X", "urged a halt to arms deliveries to X": supplies stopped or pushed to stop are
      // an embargo on the receiver (decision 7), whoever halts or demands it the sanctioner.
      here->trigger.relation = RelationType::sanction;
      here->trigger.frame = Frame::transitive;
      here->voice = Voice::active;
      here->reversed = true;
    }
    // A trigger inside the noun phrase of the one before it ("menandatangani perjanjian
    // kemitraan") adds nothing: the first one governs.
    // A symmetric trigger right after another ("menandatangani perjanjian kemitraan") is
    // inside its noun phrase: the first one governs the chain.
    // A verb of its own after it is not in its noun phrase but its complement ("bersepakat
    // mempererat hubungan": agreed to strengthen ties): a predicate of its own.
    const bool own_verb =
        starts_with_any(tokens[here->first].folded, lexicon_.voice_affixes().active_prefixes, "");
    if (here->trigger.frame == Frame::symmetric && here->first == chain_end && chain_symmetric &&
        !own_verb) {
      chain_end = here->end;
      t = here->end - 1;
      continue;
    }
    chain_end = here->end;
    chain_symmetric = here->trigger.frame == Frame::symmetric;
    t = here->end - 1;
    found.push_back(*here);
  }
  return found;
}

}  // namespace diplograph
