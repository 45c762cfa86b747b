// Clause analysis: where a predicate's subject, object, agent and obliques stand, read
// from clause boundaries and the cue class of the preposition before each group.
#include <algorithm>

#include "extract/clause_reader.h"

namespace diplograph {

bool DocumentRelations::is_boundary(const Token& token) const {
  return lexicon_.in_category(Cue::clause_boundary, token);
}

std::size_t DocumentRelations::clause_start(const std::vector<Token>& tokens, std::size_t t) const {
  for (std::size_t k = t; k-- > 0;)
    if (is_boundary(tokens[k])) return k + 1;
  return 0;
}

std::size_t DocumentRelations::clause_end(const std::vector<Token>& tokens, std::size_t t) const {
  for (std::size_t k = t; k < tokens.size(); ++k)
    if (is_boundary(tokens[k])) return k;
  return tokens.size();
}

bool DocumentRelations::after_preposition(const std::vector<Token>& tokens, const Group& g) const {
  // Determiners may stand between ("on a Lithuanian minister").
  std::size_t k = g.first;
  while (k > 0 && lexicon_.in_category(Cue::determiner, tokens[k - 1])) --k;
  return k > 0 && lexicon_.in_category(Cue::preposition, tokens[k - 1]);
}

std::optional<Group> DocumentRelations::subject_of(const std::vector<Token>& tokens,
                                                   std::size_t t) const {
  std::size_t k = t;
  while (k > 0 && lexicon_.in_category(Cue::aspect, tokens[k - 1])) --k;
  // "X, yang terburu-buru memihak Y", "X yang secara terbuka mendukung Y": an adverb or two
  // may stand between the relative marker and its predicate.
  constexpr std::size_t kMaxAdverbs = 2;
  for (std::size_t a = k, words = 0; a > 0 && words < kMaxAdverbs; --a, ++words) {
    const Token& word = tokens[a - 1];
    // "that it had fired": a complementizer opens a clause with a subject of its own.
    if (lexicon_.in_category(Cue::relative_marker, word)) {
      if (a != k && !lexicon_.in_category(Cue::complementizer, word)) k = a;
      break;
    }
    if (!word.is_word() || word.capitalised || is_boundary(word) || is_mention_token(a - 1) ||
        lexicon_.in_category(Cue::pronoun, word) ||
        lexicon_.in_category(Cue::person_pronoun, word) ||
        lexicon_.in_category(Cue::plural_pronoun, word) ||
        lexicon_.in_category(Cue::preposition, word) ||
        lexicon_.in_category(Cue::coordinator, word) || is_trigger_word(word))
      break;
  }
  if (k > 0 && lexicon_.in_category(Cue::relative_marker, tokens[k - 1])) {
    std::size_t head = k - 1;
    if (head > 0 && tokens[head - 1].is(",")) --head;
    // "KBRI di Damaskus yang ...": a head that a locative governs is where, not who; the
    // relative clause says something of the noun before it.
    for (const Group& g : groups_)
      if (g.end == head) {
        if (g.first > 0 && lexicon_.in_category(Cue::location_preposition, tokens[g.first - 1]))
          return std::nullopt;
        return with_role(g, ArgumentRole::relative_head);
      }
    // "X termasuk (di antara) negara yang mendukung ...", "X adalah pihak yang ...": a
    // noun said of the subject by a copula; the subject is the one who acts.
    const std::size_t start = clause_start(tokens, head);
    for (const Group& g : groups_) {
      if (g.first < start || g.end >= head) continue;
      if (g.is_source || g.in_place_name || after_preposition(tokens, g)) break;
      std::size_t verb = g.end;
      while (verb < head && lexicon_.in_category(Cue::aspect, tokens[verb])) ++verb;
      if (verb < head && lexicon_.in_category(Cue::copula, tokens[verb]))
        return with_role(g, ArgumentRole::controller);
      break;
    }
    // "draf yang ditolak Hamas": the relative clause hangs on a noun that names no actor.
    return std::nullopt;
  }
  std::size_t start = clause_start(tokens, t);
  // "Sebelum berjumpa Xi, Blinken menemui ...": a clause fronted by a subordinator ends at
  // its comma; what follows is the main clause, with a subject of its own.
  if (start == 1 && is_boundary(tokens[0]))
    for (std::size_t k = start; k < t; ++k)
      if (tokens[k].is(",")) {
        start = k + 1;
        break;
      }
  for (const Group& g : groups_) {
    if (g.first < start && g.end > start && g.first >= 1 && !g.is_source) {
      // The comma that closes the fronted clause also coordinates: "Sebelum berjumpa Xi,
      // Blinken menemui ..." groups "Xi, Blinken"; only the members after it are the subject.
      Group after = g;
      after.mentions.clear();
      for (std::size_t m : g.mentions)
        if (mentions_[m].phrase_first >= start) after.mentions.push_back(m);
      if (after.mentions.empty() || after.end > t) continue;
      after.first = mentions_[after.mentions.front()].phrase_first;
      return with_role(after, ArgumentRole::subject);
    }
    if (g.first < start || g.first >= t) continue;
    if (after_preposition(tokens, g) || g.in_place_name) continue;
    if (g.is_source && !speaker_acts_after(tokens, g, t)) continue;
    return with_role(g, ArgumentRole::subject);
  }
  if (auto antecedent = reporter_of_pronoun(tokens, clause_start(tokens, t), t)) return antecedent;
  if (auto leader = leader_of_subject(tokens, clause_start(tokens, t), t)) return leader;
  if (auto fronted = fronted_clause_controller(tokens, clause_start(tokens, t), t)) return fronted;
  return trailing_clause_controller(tokens, clause_start(tokens, t), t);
}

std::optional<Group> DocumentRelations::trailing_clause_controller(const std::vector<Token>& tokens,
                                                                   std::size_t start,
                                                                   std::size_t t) const {
  // "X bertemu Y sebelum bertolak ke Z", "X berbicara setelah menghadiri KTT": a clause a
  // subordinator opens after the main one, with its predicate first (past a light verb)
  // and so no subject of its own, shares the main clause's. A complement clause ("bahwa
  // ...") and a quotation do not.
  std::size_t first = start;
  while (first < t && lexicon_.in_category(Cue::aspect, tokens[first])) ++first;
  // The one word that may come first is a verb by its affix: the light verb of an event
  // noun ("mengadakan pembicaraan").
  const auto& active = lexicon_.voice_affixes().active_prefixes;
  const bool light_verb =
      t == first + 1 && std::any_of(active.begin(), active.end(), [&](const std::string& p) {
        return tokens[first].folded.starts_with(p);
      });
  if (t != first && !light_verb) return std::nullopt;
  // A language with a progressive suffix opens such a clause with a participle ("after
  // meeting X"): a finite word there has a subject the clause leaves unnamed.
  const auto& progressive = lexicon_.voice_affixes().progressive_suffixes;
  if (!progressive.empty() &&
      std::none_of(progressive.begin(), progressive.end(),
                   [&](const std::string& suffix) { return tokens[t].folded.ends_with(suffix); }))
    return std::nullopt;
  if (start < 2 || !tokens[start - 1].is_word() ||
      lexicon_.in_category(Cue::complementizer, tokens[start - 1]) ||
      lexicon_.in_category(Cue::quotation, tokens[start - 1]))
    return std::nullopt;
  const std::size_t outer = clause_start(tokens, start - 1);
  for (const Group& g : groups_) {
    if (g.first < outer || g.end > start - 1) continue;
    if (after_preposition(tokens, g) || g.is_source || g.in_place_name) continue;
    return with_role(g, ArgumentRole::shared);
  }
  return std::nullopt;
}

bool DocumentRelations::speaker_acts_after(const std::vector<Token>& tokens, const Group& g,
                                           std::size_t t) const {
  // '"...," tutur Biden dalam jumpa pers bersama Yoon': the person an inverted attribution
  // names is the subject of a predicate that follows in the same phrase, with no comma
  // between ("Menurut X, Rusia menyerang ..." names who says it, not who attacks).
  if (g.first == 0 || !lexicon_.in_category(Cue::attribution, tokens[g.first - 1])) return false;
  if (std::any_of(g.mentions.begin(), g.mentions.end(),
                  [&](std::size_t m) { return mentions_[m].type != ActorType::Person; }))
    return false;
  for (std::size_t k = g.end; k < t; ++k)
    if (!tokens[k].is_word() || is_boundary(tokens[k]) || is_mention_token(k)) return false;
  return true;
}

std::optional<Group> DocumentRelations::leader_of_subject(const std::vector<Token>& tokens,
                                                          std::size_t start, std::size_t t) const {
  // "Delegasi tersebut dipimpin oleh X, berangkat ke Y": the subject names no actor, but
  // the one leading it goes too (guidelines: the person leading a delegation visits).
  for (std::size_t k = start; k + 2 < t; ++k) {
    if (!lexicon_.in_category(Cue::agent_marker, tokens[k + 1])) continue;
    if (!has_passive_prefix(tokens[k]) ||
        !lexicon_.has_stem_in(Cue::leader_verb, tokens[k], stemmer_))
      continue;
    auto leader = group_starting_at(k + 2);
    if (!leader || leader->end > t) return std::nullopt;
    if (mentions_[leader->mentions.front()].type != ActorType::Person) return std::nullopt;
    return with_role(*leader, ArgumentRole::led_by);
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::reporter_of_pronoun(const std::vector<Token>& tokens,
                                                            std::size_t start,
                                                            std::size_t t) const {
  std::size_t pronoun = start;
  while (pronoun < t && !lexicon_.in_category(Cue::pronoun, tokens[pronoun])) ++pronoun;
  if (pronoun == t) return std::nullopt;
  // The clause may be the complement of the reporting one ("X announced that it had ...").
  std::size_t outer = start;
  if (start > 0 && lexicon_.in_category(Cue::complementizer, tokens[start - 1]))
    outer = clause_start(tokens, start - 1);
  for (const Group& g : groups_)
    if (g.first >= outer && g.end <= pronoun && g.is_source)
      return with_role(g, ArgumentRole::controller);
  for (const Group& g : groups_) {
    if (g.first < outer || g.end > start) continue;
    if (after_preposition(tokens, g) || g.in_place_name) continue;
    return with_role(g, ArgumentRole::controller);
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::fronted_clause_controller(const std::vector<Token>& tokens,
                                                                  std::size_t start,
                                                                  std::size_t t) const {
  // "Dalam pertemuan dengan X, Y ...": a phrase a preposition fronts, with the event noun
  // right after it (past a light verb or modifier), is the main subject's act as well.
  constexpr std::size_t kMaxWordsBeforeEventNoun = 2;
  const std::size_t opening = start == 0 ? body_start_ : start;  // past a dateline
  const bool fronted_phrase = start == 0 && t > opening &&
                              t <= opening + kMaxWordsBeforeEventNoun &&
                              lexicon_.in_category(Cue::preposition, tokens[opening]);
  if (!fronted_phrase && (start != 1 || !is_boundary(tokens[0]))) return std::nullopt;
  std::size_t comma = t;
  while (comma < tokens.size() && !tokens[comma].is(",") && !is_boundary(tokens[comma])) ++comma;
  if (comma >= tokens.size() || !tokens[comma].is(",")) return std::nullopt;
  const std::size_t end = clause_end(tokens, comma + 1);
  for (const Group& g : groups_) {
    if (g.end <= comma + 1 || g.first >= end) continue;
    // A comma also coordinates, so the place ending the fronted clause and the main
    // subject may share a group: only the members after the comma are the subject.
    Group subject = g;
    subject.mentions.clear();
    for (std::size_t m : g.mentions)
      if (mentions_[m].phrase_first > comma) subject.mentions.push_back(m);
    if (subject.mentions.empty()) continue;
    subject.first = mentions_[subject.mentions.front()].phrase_first;
    // The main clause's subject may well be the one who speaks ("..., X mengatakan"): it
    // is still the one who met.
    if (after_preposition(tokens, subject) || subject.in_place_name) return std::nullopt;
    return with_role(subject, ArgumentRole::controller);
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::object_after(const std::vector<Token>& tokens,
                                                     std::size_t from, bool participant_only,
                                                     bool need_preposition,
                                                     bool skip_places) const {
  std::size_t end = clause_end(tokens, from);
  // 'mengutuk "tindakan agresif" China': a quoted phrase right after the predicate is part
  // of its object, not the start of reported speech.
  if (end == from && end < tokens.size() && lexicon_.in_category(Cue::quotation, tokens[end]))
    for (std::size_t k = end + 1; k < tokens.size(); ++k)
      if (lexicon_.in_category(Cue::quotation, tokens[k])) {
        end = clause_end(tokens, k + 1);
        break;
      }
  for (const Group& g : groups_) {
    if (g.first < from || g.first >= end) continue;
    if (participant_only && g.first > 0 &&
        lexicon_.in_category(Cue::place_preposition, tokens[g.first - 1]))
      continue;
    if (need_preposition && !after_preposition(tokens, g) && !owns_oblique_noun(tokens, from, g))
      continue;
    if (need_preposition && lexicon_.in_category(Cue::location_preposition, tokens[g.first - 1]))
      continue;
    if (g.is_source) continue;
    // "di Sidang PBB", "dalam KTT ASEAN": a body named by a gathering noun names the forum,
    // not a participant.
    if (g.first > 0 && lexicon_.in_category(Cue::gathering, tokens[g.first - 1])) continue;
    if (skip_places && g.first > 0 &&
        lexicon_.in_category(Cue::location_preposition, tokens[g.first - 1]))
      continue;
    if (g.first > 0 && lexicon_.in_category(Cue::agent_marker, tokens[g.first - 1]) &&
        !agent_of_relative_passive(tokens, g))
      continue;
    return with_role(g,
                     after_preposition(tokens, g) ? ArgumentRole::oblique : ArgumentRole::object);
  }
  return std::nullopt;
}

bool DocumentRelations::agent_of_relative_passive(const std::vector<Token>& tokens,
                                                  const Group& g) const {
  // "tuduhan yang (terus-menerus | telah) dilontarkan oleh X": the relative marker before the
  // passive verb, past an adverb or aspect word or two, makes X the author of the noun.
  constexpr std::size_t kMaxAdverbs = 2;
  if (g.first < 3) return false;
  const std::size_t verb = g.first - 2;
  for (std::size_t k = verb; k-- > 0 && k + kMaxAdverbs + 1 >= verb;) {
    const Token& word = tokens[k];
    if (lexicon_.in_category(Cue::relative_marker, word)) return true;
    if (!word.is_word() || word.capitalised || is_boundary(word) || is_mention_token(k) ||
        lexicon_.in_category(Cue::preposition, word) ||
        lexicon_.in_category(Cue::coordinator, word) || is_trigger_word(word))
      return false;
  }
  return false;
}

bool DocumentRelations::owns_oblique_noun(const std::vector<Token>& tokens, std::size_t from,
                                          const Group& g) const {
  // "ke arah kapal Filipina", "terhadap warga Palestina": the actor owns the noun a
  // participant preposition governs; a word or two of lower case may stand between.
  constexpr std::size_t kMaxNounWords = 2;
  for (std::size_t k = g.first; k-- > from && k + kMaxNounWords + 1 >= g.first;) {
    const Token& token = tokens[k];
    if (lexicon_.in_category(Cue::preposition, token))
      return k + 1 < g.first && !lexicon_.in_category(Cue::location_preposition, token) &&
             !lexicon_.in_category(Cue::agent_marker, token);
    if (!token.is_word() || token.capitalised || is_boundary(token) || is_mention_token(k) ||
        lexicon_.in_category(Cue::coordinator, token) ||
        lexicon_.in_category(Cue::relative_marker, token) || is_trigger_word(token) ||
        lexicon_.cardinal(token.folded))
      return false;  // "dua petinggi X": persons counted out are targets of their own
  }
  return false;
}

std::optional<Group> DocumentRelations::partner_after(const std::vector<Token>& tokens,
                                                      std::size_t from,
                                                      bool comitative_only) const {
  // A determiner may open the partner's phrase ("met the Chinese president", "with the US").
  auto past_determiners = [&](std::size_t t) {
    while (t < tokens.size() && lexicon_.in_category(Cue::determiner, tokens[t])) ++t;
    return t;
  };
  if (auto direct = group_starting_at(past_determiners(from));
      direct && !direct->is_source && !comitative_only)
    return with_role(*direct, ArgumentRole::object);
  // "menemui mitranya, Menlu X": the partners a counterpart noun names in apposition.
  if (!comitative_only)
    if (auto named = counterpart_apposition(tokens, past_determiners(from)))
      return with_role(*named, ArgumentRole::object);
  // Only the comitative phrase of this noun: "konflik (bersenjata) dengan X", not one a
  // few words on that belongs to another ("konflik lantaran terikat perjanjian dengan Y").
  constexpr std::size_t kMaxWordsBeforeComitative = 2;
  const std::size_t end = clause_end(tokens, from);
  for (std::size_t k = from; k < end; ++k) {
    if (comitative_only && k > from + kMaxWordsBeforeComitative) break;
    if (!lexicon_.in_category(Cue::comitative, tokens[k])) continue;
    auto partner = group_starting_at(past_determiners(k + 1));
    if (!partner) partner = counterpart_apposition(tokens, past_determiners(k + 1));
    if (partner && !partner->is_source) return with_role(*partner, ArgumentRole::oblique);
    return std::nullopt;
  }
  return std::nullopt;
}

bool DocumentRelations::speaks_for_itself(RelationType type) {
  return type == RelationType::oppose || type == RelationType::accuse ||
         type == RelationType::reject;
}

std::optional<Group> DocumentRelations::speaker() const {
  std::optional<Group> found;
  for (const Group& g : groups_) {
    if (!g.is_source) continue;
    const bool persons = std::all_of(g.mentions.begin(), g.mentions.end(), [&](std::size_t m) {
      return mentions_[m].type == ActorType::Person;
    });
    if (!persons) continue;
    if (found) return std::nullopt;  // two speakers: which one says it is unclear
    found = g;
  }
  return found ? std::optional<Group>(with_role(*found, ArgumentRole::speaker)) : found;
}

std::optional<Group> DocumentRelations::reporter_of_event_noun(const std::vector<Token>& tokens,
                                                               std::size_t t) {
  // "menyatakan dengan tegas dukungan": a few adverbial words may stand between.
  constexpr std::size_t kMaxWordsBetween = 3;
  const std::size_t start = clause_start(tokens, t);
  for (std::size_t k = t; k-- > start && k + kMaxWordsBetween + 1 >= t;) {
    const Token& token = tokens[k];
    if (!token.is_word() || is_mention_token(k) || lexicon_.in_category(Cue::coordinator, token) ||
        lexicon_.in_category(Cue::relative_marker, token) ||
        lexicon_.in_category(Cue::complementizer, token))
      return std::nullopt;
    if (lexicon_.in_category(Cue::determiner, token) || !has_stem(token, Cue::reporting_verb))
      continue;
    std::size_t edge = k;
    while (edge > start && lexicon_.in_category(Cue::aspect, tokens[edge - 1])) --edge;
    for (const Group& g : groups_)
      if (g.end == edge && !g.in_place_name && !after_preposition(tokens, g))
        return with_role(g, ArgumentRole::subject);
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::reporter_of_clause(const std::vector<Token>& tokens,
                                                           std::size_t first, std::size_t end) {
  auto reports = [&](std::size_t t) {
    return t < tokens.size() && tokens[t].is_word() &&
           !lexicon_.in_category(Cue::determiner, tokens[t]) &&
           has_stem(tokens[t], Cue::reporting_verb);
  };
  // The subject may stand after the complementizer that opens its clause.
  const std::size_t start = first;
  for (const Group& g : groups_) {
    if (!g.is_source) continue;
    // "..., ujar X" / "..., X said": the attribution closing the sentence.
    if (g.first >= end && ((g.first > 0 && reports(g.first - 1)) || reports(g.end)))
      return with_role(g, ArgumentRole::speaker);
    // "X menyatakan (bahwa) Y menyerang Z": the reporter of the complement clause.
    if (g.end <= start) {
      std::size_t verb = g.end;
      while (verb < start && lexicon_.in_category(Cue::aspect, tokens[verb])) ++verb;
      if (!reports(verb)) continue;
      std::size_t next = verb + 1;
      if (next < tokens.size() && lexicon_.in_category(Cue::complementizer, tokens[next])) ++next;
      if (next == start) return with_role(g, ArgumentRole::speaker);
    }
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::nearest_state_before(std::size_t t) const {
  std::optional<Group> found;
  for (const Group& g : groups_)
    if (g.end <= t && !g.is_source && mentions_[g.mentions.front()].type == ActorType::State)
      found = with_role(g, ArgumentRole::subject);
  return found;
}

std::optional<Group> DocumentRelations::object_nearby(const std::vector<Token>& tokens,
                                                      std::size_t from) const {
  constexpr std::size_t kMaxWordsBefore = 8;
  for (std::size_t t = from; t < tokens.size() && t < from + kMaxWordsBefore; ++t) {
    if (auto g = group_starting_at(t); g && !g->is_source)
      return with_role(*g, ArgumentRole::object);
    const Token& token = tokens[t];
    // "its allies charged Iran": past another predicate stands that one's object.
    if (!token.is_word() || is_boundary(token) || lexicon_.in_category(Cue::preposition, token) ||
        lexicon_.in_category(Cue::relative_marker, token) ||
        lexicon_.in_category(Cue::coordinator, token) || is_trigger_word(token))
      return std::nullopt;
  }
  return std::nullopt;
}

bool DocumentRelations::is_trigger_word(const Token& token) const {
  if (token.stems_annotated) return token.stem_has_trigger;
  for (const std::string& stem : stemmer_.stems(token))
    if (lexicon_.triggers_for(stem)) return true;
  return false;
}

std::optional<Group> DocumentRelations::author_after(const std::vector<Token>& tokens,
                                                     std::size_t from) const {
  // Up to two lower-case modifiers may stand between ("sanksi terbaru AS", "serangan udara
  // Israel"); a preposition, coordinator or clause boundary ends the noun phrase. An
  // ordinal is a modifier even where the language also counts with it as a determiner
  // ("kunjungan ketiga X": X's third visit).
  for (std::size_t t = from; t < tokens.size() && t < from + 3; ++t) {
    if (auto g = group_starting_at(t)) return g;
    const Token& token = tokens[t];
    if (!token.is_word() || token.capitalised || is_boundary(token) ||
        lexicon_.in_category(Cue::preposition, token) ||
        lexicon_.in_category(Cue::coordinator, token) ||
        (lexicon_.in_category(Cue::determiner, token) && !lexicon_.cardinal(token.folded)))
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::relative_passive_agent(const std::vector<Token>& tokens,
                                                               std::size_t from) const {
  if (from + 1 >= tokens.size() || !lexicon_.in_category(Cue::relative_marker, tokens[from]))
    return std::nullopt;
  // "yang (telah | terus-menerus) dijatuhkan X": an aspect word or adverb or two may stand
  // before the passive verb.
  constexpr std::size_t kMaxAdverbs = 2;
  for (std::size_t v = from + 1; v < tokens.size() && v <= from + 1 + kMaxAdverbs; ++v) {
    const Token& word = tokens[v];
    if (!word.is_word() || word.capitalised || is_boundary(word) || is_mention_token(v) ||
        lexicon_.in_category(Cue::preposition, word))
      return std::nullopt;
    if (has_passive_prefix(word)) return agent_after(tokens, v + 1);
    if (is_trigger_word(word)) return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::agent_after(const std::vector<Token>& tokens,
                                                    std::size_t from) const {
  // "sanksi yang dijatuhkan Presiden AS Donald Trump": an actor right after a passive verb
  // is its agent, with or without the agent marker.
  if (auto direct = group_starting_at(from); direct && !direct->is_source)
    return with_role(*direct, ArgumentRole::agent);
  for (std::size_t k = from; k < tokens.size() && k < from + 3; ++k)
    if (lexicon_.in_category(Cue::agent_marker, tokens[k])) {
      auto agent = group_starting_at(k + 1);
      return agent ? std::optional<Group>(with_role(*agent, ArgumentRole::agent)) : agent;
    }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::agent_before(const std::vector<Token>& tokens,
                                                     std::size_t t) const {
  const std::size_t start = clause_start(tokens, t);
  std::optional<Group> found;
  for (const Group& g : groups_)
    if (g.first >= start && g.first < t && g.first > 0 &&
        lexicon_.in_category(Cue::agent_marker, tokens[g.first - 1]))
      found = g;
  return found ? std::optional<Group>(with_role(*found, ArgumentRole::agent)) : found;
}

std::optional<Group> DocumentRelations::state_hit_at(const std::vector<Token>& tokens,
                                                     std::size_t from) const {
  constexpr std::size_t kMaxPlaceWords = 4;
  const std::size_t end = clause_end(tokens, from);
  std::size_t k = from;
  while (k < end && !lexicon_.in_category(Cue::locative, tokens[k])) ++k;
  for (std::size_t t = k + 1; t < end && t <= k + 1 + kMaxPlaceWords; ++t) {
    if (auto g = group_starting_at(t)) {
      if (g->is_source || mentions_[g->mentions.front()].type != ActorType::State)
        return std::nullopt;
      return with_role(*g, ArgumentRole::place);
    }
    const Token& token = tokens[t];
    if (token.is(",")) continue;
    if (!token.is_word() || lexicon_.in_category(Cue::preposition, token) ||
        lexicon_.in_category(Cue::coordinator, token) ||
        lexicon_.in_category(Cue::relative_marker, token))
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::size_t> DocumentRelations::place_after(const std::vector<Token>& tokens,
                                                          std::size_t from) const {
  const std::size_t end = clause_end(tokens, from);
  // "di Camp David, Maryland, Amerika Serikat": past the names of places inside it (capitalised
  // words and commas after the locative) stands the state.
  constexpr std::size_t kMaxPlaceTokens = 8;
  auto after_locative = [&](const Group& g) {
    for (std::size_t k = g.first; k-- > from && k + kMaxPlaceTokens >= g.first;) {
      if (lexicon_.in_category(Cue::locative, tokens[k])) return true;
      if (!tokens[k].is(",") && !(tokens[k].is_word() && tokens[k].capitalised)) return false;
      if (is_mention_token(k)) return false;
    }
    return false;
  };
  for (const Group& g : groups_) {
    if (g.first < from || g.first >= end) continue;
    if (g.first > 0 && after_locative(g)) {
      const std::size_t m = g.mentions.front();
      if (mentions_[m].type == ActorType::State) return m;
    }
  }
  return std::nullopt;
}

}  // namespace diplograph
