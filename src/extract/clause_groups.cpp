// Argument groups: the actors of a sentence joined by coordinators, and which of them
// only report what others do.
#include <algorithm>

#include "extract/clause_reader.h"

namespace diplograph {
namespace {

// The most lower-case words describing a coordinated person ("serta diplomat senior X").
constexpr std::size_t kMaxDescriptionWords = 3;
// The most tokens a dateline runs before its dash ("Srinagar , India , ( ANTARA / AFP ) -").
constexpr std::size_t kMaxDatelineLength = 12;

}  // namespace

bool DocumentRelations::is_mention_token(std::size_t t) const {
  return t < current_phrase_tokens_.size() && current_phrase_tokens_[t];
}

std::vector<Group> DocumentRelations::make_groups(const std::vector<Token>& tokens,
                                                  const std::vector<std::size_t>& units) {
  std::vector<Group> groups;
  for (std::size_t m : units) {
    const ActorMention& mention = mentions_[m];
    if (!groups.empty()) {
      Group& last = groups.back();
      bool joined = last.end < mention.phrase_first;
      std::size_t t = last.end;
      bool coordinated = false;
      // "A, B and the C": coordinators, and determiners opening the next member.
      for (; t < mention.phrase_first && joined; ++t) {
        coordinated = coordinated || lexicon_.in_category(Cue::coordinator, tokens[t]);
        joined = lexicon_.in_category(Cue::coordinator, tokens[t]) ||
                 (coordinated && lexicon_.in_category(Cue::determiner, tokens[t]));
      }
      // "..., serta diplomat senior Wang Yi": a person after the coordinator may carry a
      // lower-case description of a few words.
      if (!joined && t > last.end + 1 && mention.type == ActorType::Person &&
          mention.phrase_first - (t - 1) <= kMaxDescriptionWords) {
        joined = true;
        for (std::size_t k = t - 1; k < mention.phrase_first && joined; ++k)
          joined = tokens[k].is_word() && !tokens[k].capitalised && !is_boundary(tokens[k]) &&
                   !lexicon_.in_category(Cue::preposition, tokens[k]) &&
                   !lexicon_.in_category(Cue::relative_marker, tokens[k]) &&
                   !lexicon_.in_category(Cue::coordinator, tokens[k]);
      }
      // "In Athens, X and Y signed": a place opening the sentence ends at its comma.
      if (joined && last.first == 1 && last.mentions.size() == 1 &&
          lexicon_.in_category(Cue::location_preposition, tokens[0]) && tokens[last.end].is(","))
        joined = false;
      if (joined) {
        // A group keeps its first kMaxGroupMembers members: relations are built over the
        // pairs of two groups, so the cap bounds them per trigger (never a cross-product
        // of a list of hundreds of names).
        if (last.mentions.size() < kMaxGroupMembers)
          last.mentions.push_back(m);
        else
          ++group_members_dropped_;
        last.end = mention.end_token;
        continue;
      }
    }
    groups.push_back({{m}, mention.phrase_first, mention.end_token});
  }
  // The dash of a dateline: among the first tokens, with only names and punctuation
  // before it (a lower-case word before a dash means a sentence, not a dateline).
  std::size_t dateline_end = 0;
  for (std::size_t t = 0; t < tokens.size() && t < kMaxDatelineLength; ++t) {
    if (lexicon_.in_category(Cue::dateline_dash, tokens[t])) {
      dateline_end = t;
      break;
    }
    // The site's own name may be written in lower case ("jpnn.com", "KOMPAS.com").
    const bool site_name =
        (t > 0 && tokens[t - 1].is(".")) || (t + 1 < tokens.size() && tokens[t + 1].is("."));
    if (tokens[t].is_word() && !tokens[t].capitalised && !is_mention_token(t) && !site_name) break;
  }
  body_start_ = dateline_end == 0 ? 0 : dateline_end + 1;
  for (Group& g : groups) {
    // Who reports is not who acts: "Dilansir AP News", "menurut KCNA", "KCNA melaporkan".
    // The attribution governs the actors of its own phrase ("kata Menlu X kepada Y",
    // "dilansir dari laman kantor berita Z"), not those of a predicate that follows them
    // ("kata X dalam pertemuan dengan Y": Y is met, not quoted).
    for (std::size_t back = g.first; back-- > 0;) {
      if (tokens[back].is(",") || is_boundary(tokens[back])) break;
      if (!is_mention_token(back) && is_trigger_word(tokens[back])) break;
      if (lexicon_.in_category(Cue::attribution, tokens[back])) g.is_source = true;
    }
    for (std::size_t t = g.end; t < tokens.size() && t < g.end + 2; ++t) {
      // A determiner that looks like a reporting verb to the stemmer ("X tersebut") closes
      // the actor's phrase; it reports nothing.
      if (!lexicon_.in_category(Cue::determiner, tokens[t]) &&
          has_stem(tokens[t], Cue::reporting_verb))
        g.is_source = true;
      if (!lexicon_.in_category(Cue::aspect, tokens[t])) break;
    }
    // A dateline ("Jakarta - ...", "Pyongyang, Purna Warta – ...", "jpnn.com, BEIJING -
    // ...", "Srinagar, India, (ANTARA/AFP) - ...") says where and by whom the news was
    // filed, not who acted: every group before its dash is part of it.
    if (g.end <= dateline_end) {
      g.is_source = true;
      for (std::size_t m : g.mentions) mentions_[m].in_dateline = true;
    }
    // A state right after a capitalised word that names nothing qualifies a place; a
    // determiner ("The" opening a sentence) does not, nor a common noun of the state's
    // own bodies capitalised at the head of a sentence ("Pemerintah Kanada").
    const ActorMention& first = mentions_[g.mentions.front()];
    const Token& before = tokens[g.first > 0 ? g.first - 1 : 0];
    if (first.type == ActorType::State && g.first > 0 && before.is_word() && before.capitalised &&
        !is_mention_token(g.first - 1) && !lexicon_.in_category(Cue::determiner, before) &&
        !lexicon_.in_category(Cue::group_filler, before))
      g.in_place_name = true;
  }
  return groups;
}

void DocumentRelations::mark_reporters(const std::vector<Token>& tokens) {
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    // "tersebut" stems to "sebut" but is a determiner ("klaim tersebut"), not a verb.
    if (!tokens[t].is_word() || lexicon_.in_category(Cue::determiner, tokens[t]) ||
        !has_stem(tokens[t], Cue::reporting_verb))
      continue;
    // The reporter stands right before the verb ("KCNA melaporkan", "Korean Central News
    // (KCNA) melaporkan"); a clause that ends in ", kata X" is not reported by its subject.
    std::size_t edge = t;
    while (edge > 0 &&
           (lexicon_.in_category(Cue::aspect, tokens[edge - 1]) || tokens[edge - 1].is(")")))
      --edge;
    for (std::size_t k = groups_.size(); k-- > 0;) {
      Group& g = groups_[k];
      if (g.end > edge) continue;
      if (g.end != edge) break;
      g.is_source = true;
      edge = g.first;
      while (edge > 0 && (tokens[edge - 1].is("(") || tokens[edge - 1].is(","))) --edge;
    }
  }
}

std::optional<Group> DocumentRelations::group_starting_at(std::size_t t) const {
  for (const Group& g : groups_)
    if (g.first == t) return g;
  return std::nullopt;
}

}  // namespace diplograph
