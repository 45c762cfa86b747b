#include "extract/relation_finder.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

namespace diplograph {
namespace {

constexpr std::size_t kNone = SIZE_MAX;
// The most actors one coordinated group holds ("A, B, C dan D"); see make_groups.
constexpr std::size_t kMaxGroupMembers = 16;
// How many sentences apart an anaphor and what it refers to may be: a pair anaphor
// ("kedua negara") and its two states, a denial ("membantah klaim tersebut") and the
// accusation it answers. Bounded so that a long document's cost stays linear.
constexpr std::size_t kPairAnaphorWindow = 30;

enum class Voice { active, passive, nominal };

// A trigger found in a sentence, with the voice its affixes give.
struct FoundTrigger {
  Trigger trigger;
  std::size_t first = 0;
  std::size_t end = 0;
  Voice voice = Voice::active;
};

// Participants joined by coordinators ("Pyongyang dan Teheran"): mention indices.
struct Group {
  std::vector<std::size_t> mentions;
  std::size_t first = 0;  // token range in the sentence
  std::size_t end = 0;
  bool is_source = false;      // "menurut KCNA", "KCNA melaporkan": who reports, not who acts
  bool in_place_name = false;  // "Timur Jauh Rusia": part of a larger place name
};

bool starts_with_any(std::string_view word, const std::vector<std::string>& prefixes,
                     std::string_view stem) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) {
    return word.starts_with(p) && !stem.starts_with(p);
  });
}

// The voice the word's affixes give its stem, by the rules of language.tsv.
Voice voice_of(const VoiceAffixes& affixes, const std::string& word, const std::string& stem,
               Frame frame) {
  if (frame == Frame::noun) return Voice::nominal;
  if (word == stem) return Voice::active;
  if (starts_with_any(word, affixes.passive_prefixes, stem)) return Voice::passive;
  if (starts_with_any(word, affixes.active_prefixes, "")) return Voice::active;
  for (const std::string& suffix : affixes.nominal_suffixes)
    if (word.ends_with(suffix)) return Voice::nominal;
  return Voice::active;
}

// Works through one document: holds the mentions, the doc-level memory (accusations, the
// states named so far) and emits candidates.
class DocumentRelations {
 public:
  DocumentRelations(const Lexicon& lexicon, const PhraseIndex& phrase_triggers,
                    const std::vector<Trigger>& phrase_trigger_list,
                    const std::vector<AnalysedSentence>& sentences,
                    const std::vector<std::vector<DateExpression>>& dates,
                    std::vector<ActorMention>& mentions, Stemmer& stemmer,
                    std::vector<RelationCandidate>& out)
      : lexicon_(lexicon),
        phrase_triggers_(phrase_triggers),
        phrase_trigger_list_(phrase_trigger_list),
        sentences_(sentences),
        dates_(dates),
        mentions_(mentions),
        stemmer_(stemmer),
        out_(out) {}

  void run() {
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
    affiliations();
    answer_rejections();
  }

 private:
  // ---- identities ----------------------------------------------------------------------

  std::string identity(std::size_t m) const {
    const ActorMention& mention = mentions_[m];
    if (!mention.known_key.empty()) return mention.known_key;
    if (mention.type == ActorType::Delegation && mention.belongs_to != kNone)
      return identity(mention.belongs_to);
    if (!mention.full_name.empty()) return "person:" + mention.full_name;
    return std::string(name_of(mention.type)) + ":" + mention.surface;
  }

  // The key of the state an actor belongs to, following organisations and full names.
  std::string state_key_of(std::size_t m, int depth = 0) const {
    if (m == kNone || depth > 4) return {};
    const ActorMention& mention = mentions_[m];
    if (mention.type == ActorType::State) return mention.known_key;
    if (mention.belongs_to != kNone) {
      if (auto key = state_key_of(mention.belongs_to, depth + 1); !key.empty()) return key;
    }
    if (!mention.known_key.empty()) {
      if (const KnownActor* known = lexicon_.actor(mention.known_key);
          known && !known->state_key.empty())
        return known->state_key;
    }
    const std::string& full = mention.full_name.empty() ? mention.surface : mention.full_name;
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      if (k == m || mentions_[k].belongs_to == kNone) continue;
      if (mentions_[k].type == mention.type && mentions_[k].surface == full)
        return state_key_of(mentions_[k].belongs_to, depth + 1);
    }
    return {};
  }

  // A mention of the state `key` in this document, to use as a participant.
  std::size_t mention_of_state(const std::string& key) const {
    if (key.empty()) return kNone;
    const auto found = first_state_mention_.find(key);
    return found == first_state_mention_.end() ? kNone : found->second;
  }

  // ---- per sentence ----------------------------------------------------------------------

  void sentence(std::size_t s) {
    const auto& tokens = sentences_[s].tokens;
    // The mentions of this sentence; attributes (the state in "Presiden Rusia Vladimir
    // Putin") are not participants on their own.
    std::vector<std::size_t> in_sentence;
    for (std::size_t m = first_mention_[s]; m < first_mention_[s + 1]; ++m)
      in_sentence.push_back(m);
    std::set<std::size_t> attributes;
    for (std::size_t k = 0; k + 1 < in_sentence.size(); ++k) {
      ActorMention& a = mentions_[in_sentence[k]];
      ActorMention& b = mentions_[in_sentence[k + 1]];
      // "Palestina Hamas", "Tiongkok Zhao Leji": a state right before a name qualifies it.
      if (a.type == ActorType::State && a.end_token == b.first_token &&
          (b.type == ActorType::Person || b.type == ActorType::Organization) &&
          b.belongs_to == kNone)
        b.belongs_to = in_sentence[k];
    }
    for (std::size_t m : in_sentence)
      if (mentions_[m].belongs_to != kNone && mentions_[mentions_[m].belongs_to].sentence == s)
        attributes.insert(mentions_[m].belongs_to);
    current_ = in_sentence;
    std::vector<std::size_t> units;
    for (std::size_t m : in_sentence)
      if (!attributes.count(m)) units.push_back(m);
    groups_ = make_groups(tokens, units);
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
    link_leaders(tokens, s);
    add_pair_anaphors(tokens, s);

    std::vector<FoundTrigger> triggers = find_triggers(tokens, in_sentence);
    for (const FoundTrigger& trigger : triggers) apply(s, trigger);
  }

  bool is_mention_token(std::size_t t) const {
    return std::any_of(current_.begin(), current_.end(), [&](std::size_t m) {
      return mentions_[m].phrase_first <= t && t < mentions_[m].end_token;
    });
  }

  std::vector<Group> make_groups(const std::vector<Token>& tokens,
                                 const std::vector<std::size_t>& units) {
    std::vector<Group> groups;
    for (std::size_t m : units) {
      const ActorMention& mention = mentions_[m];
      if (!groups.empty()) {
        Group& last = groups.back();
        bool joined = last.end < mention.phrase_first;
        for (std::size_t t = last.end; t < mention.phrase_first && joined; ++t)
          joined = lexicon_.in_category(Cue::coordinator, tokens[t]);
        if (joined) {
          // A group keeps its first kMaxGroupMembers members: relations are built over the
          // pairs of two groups, so the cap bounds them per trigger (never a cross-product
          // of a list of hundreds of names).
          if (last.mentions.size() < kMaxGroupMembers) last.mentions.push_back(m);
          last.end = mention.end_token;
          continue;
        }
      }
      groups.push_back({{m}, mention.phrase_first, mention.end_token});
    }
    for (Group& g : groups) {
      // Who reports is not who acts: "Dilansir AP News", "menurut KCNA", "KCNA melaporkan".
      for (std::size_t back = g.first; back-- > 0;) {
        if (tokens[back].is(",") || is_boundary(tokens[back])) break;
        if (lexicon_.in_category(Cue::attribution, tokens[back])) g.is_source = true;
      }
      for (std::size_t t = g.end; t < tokens.size() && t < g.end + 2; ++t) {
        if (has_stem(tokens[t], Cue::reporting_verb)) g.is_source = true;
        if (!lexicon_.in_category(Cue::aspect, tokens[t])) break;
      }
      // A dateline ("Jakarta - ...", "Pyongyang, Purna Warta – ...") says where the news was
      // filed, not who acted.
      if (g.first == 0)
        for (std::size_t t = g.end; t < tokens.size() && t < g.end + 5; ++t)
          if (lexicon_.in_category(Cue::dateline_dash, tokens[t])) g.is_source = true;
      // A state right after a capitalised word that names nothing qualifies a place.
      const ActorMention& first = mentions_[g.mentions.front()];
      if (first.type == ActorType::State && g.first > 0 && tokens[g.first - 1].is_word() &&
          tokens[g.first - 1].capitalised && !is_mention_token(g.first - 1))
        g.in_place_name = true;
    }
    return groups;
  }

  // "Delegasi Pyongyang yang dipimpin oleh Yun Jung Ho", "Kozlov memimpin delegasi".
  void link_leaders(const std::vector<Token>& tokens, std::size_t s) {
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      for (std::size_t m : groups_[g].mentions) {
        if (mentions_[m].type != ActorType::Delegation) continue;
        std::size_t t = mentions_[m].end_token;
        while (t < tokens.size() && t < mentions_[m].end_token + 3 &&
               (tokens[t].is(",") || lexicon_.in_category(Cue::relative_marker, tokens[t])))
          ++t;
        if (t + 2 < tokens.size() && has_stem(tokens[t], Cue::leader_verb) &&
            lexicon_.in_category(Cue::agent_marker, tokens[t + 1])) {
          if (auto leader = group_starting_at(t + 2);
              leader && mentions_[leader->mentions.front()].type == ActorType::Person)
            set_leader(m, leader->mentions.front());
        }
        // "X memimpin delegasi": a person right before the leader verb.
        if (mentions_[m].first_token >= 2 &&
            has_stem(tokens[mentions_[m].first_token - 1], Cue::leader_verb) && g > 0) {
          const Group& before = groups_[g - 1];
          if (before.end + 1 == mentions_[m].phrase_first &&
              mentions_[before.mentions.back()].type == ActorType::Person)
            set_leader(m, before.mentions.back());
        }
      }
    }
    (void)s;
  }

  // The leader of a state's delegation serves that state, unless the text says otherwise.
  void set_leader(std::size_t delegation, std::size_t person) {
    mentions_[delegation].led_by = person;
    if (mentions_[person].belongs_to == kNone && mentions_[person].known_key.empty())
      mentions_[person].belongs_to = mentions_[delegation].belongs_to;
  }

  bool has_stem(const Token& token, Cue category) {
    return lexicon_.has_stem_in(category, token, stemmer_);
  }

  // "kedua negara": the two states named last before it.
  void add_pair_anaphors(const std::vector<Token>& tokens, std::size_t s) {
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      const auto match = lexicon_.cue_index(Cue::pair_anaphor).longest_at(tokens, t);
      if (!match.length) continue;
      std::vector<std::size_t> pair;
      std::set<std::string> keys;
      // Back from this sentence's last mention (mentions are in text order), over at most
      // kPairAnaphorWindow sentences: the pair is named nearby, and a look over the whole
      // document for every anaphor would make a long document's cost quadratic.
      for (std::size_t m = first_mention_[s + 1]; m-- > 0 && pair.size() < 2;) {
        const ActorMention& mention = mentions_[m];
        if (mention.sentence + kPairAnaphorWindow < s) break;
        if (mention.sentence == s && mention.first_token >= t) continue;
        const std::string key = state_key_of(m);
        if (key.empty() || !keys.insert(key).second) continue;
        const std::size_t state = mention_of_state(key);
        if (state != kNone) pair.push_back(state);
      }
      if (pair.size() == 2) {
        Group group{{pair[1], pair[0]}, t, t + match.length};
        auto at = std::find_if(groups_.begin(), groups_.end(),
                               [&](const Group& g) { return g.first > t; });
        groups_.insert(at, group);
      }
      t += match.length - 1;
    }
  }

  std::optional<Group> group_starting_at(std::size_t t) const {
    for (const Group& g : groups_)
      if (g.first == t) return g;
    return std::nullopt;
  }

  std::vector<FoundTrigger> find_triggers(const std::vector<Token>& tokens,
                                          const std::vector<std::size_t>& in_sentence) {
    std::vector<FoundTrigger> found;
    auto inside_mention = [&](std::size_t t) {
      return std::any_of(in_sentence.begin(), in_sentence.end(), [&](std::size_t m) {
        return mentions_[m].first_token <= t && t < mentions_[m].end_token;
      });
    };
    std::size_t chain_end = SIZE_MAX;
    bool chain_symmetric = false;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      if (!tokens[t].is_word() || inside_mention(t)) continue;
      std::optional<FoundTrigger> here;
      if (const auto phrase = phrase_triggers_.longest_at(tokens, t); phrase.length) {
        const Trigger& trigger = phrase_trigger_list_[phrase.payload];
        here = FoundTrigger{trigger, t, t + phrase.length,
                            trigger.frame == Frame::noun ? Voice::nominal : Voice::active};
      } else {
        for (const std::string& stem : stemmer_.stems(tokens[t])) {
          const auto* candidates = lexicon_.triggers_for(stem);
          if (!candidates) continue;
          const Trigger& trigger = candidates->front();
          here = FoundTrigger{
              trigger, t, t + 1,
              voice_of(lexicon_.voice_affixes(), tokens[t].folded, stem, trigger.frame)};
          break;
        }
      }
      if (!here) continue;
      // A trigger inside the noun phrase of the one before it ("menandatangani perjanjian
      // kemitraan") adds nothing: the first one governs.
      // A symmetric trigger right after another ("menandatangani perjanjian kemitraan") is
      // inside its noun phrase: the first one governs the chain.
      if (here->trigger.frame == Frame::symmetric && here->first == chain_end && chain_symmetric) {
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

  // ---- clause structure --------------------------------------------------------------------

  bool is_boundary(const Token& token) const {
    return lexicon_.in_category(Cue::clause_boundary, token);
  }

  std::size_t clause_start(const std::vector<Token>& tokens, std::size_t t) const {
    for (std::size_t k = t; k-- > 0;)
      if (is_boundary(tokens[k])) return k + 1;
    return 0;
  }
  std::size_t clause_end(const std::vector<Token>& tokens, std::size_t t) const {
    for (std::size_t k = t; k < tokens.size(); ++k)
      if (is_boundary(tokens[k])) return k;
    return tokens.size();
  }

  bool after_preposition(const std::vector<Token>& tokens, const Group& g) const {
    return g.first > 0 && lexicon_.in_category(Cue::preposition, tokens[g.first - 1]);
  }

  // The subject of the clause holding token t: the head of a "yang" relative clause, or
  // the first group of the clause that no preposition governs.
  std::optional<Group> subject_of(const std::vector<Token>& tokens, std::size_t t) const {
    std::size_t k = t;
    while (k > 0 && lexicon_.in_category(Cue::aspect, tokens[k - 1])) --k;
    if (k > 0 && lexicon_.in_category(Cue::relative_marker, tokens[k - 1])) {
      std::size_t head = k - 1;
      if (head > 0 && tokens[head - 1].is(",")) --head;
      for (const Group& g : groups_)
        if (g.end == head) return g;
    }
    const std::size_t start = clause_start(tokens, t);
    for (const Group& g : groups_) {
      if (g.first < start || g.first >= t) continue;
      if (after_preposition(tokens, g) || g.is_source || g.in_place_name) continue;
      return g;
    }
    return fronted_clause_controller(tokens, start, t);
  }

  // "Saat bertemu X di Y, Z mengatakan ...": a clause fronted by a subordinator at the head
  // of the sentence has no subject of its own; it shares the main clause's, the first
  // group after the comma that closes the fronted clause.
  std::optional<Group> fronted_clause_controller(const std::vector<Token>& tokens,
                                                 std::size_t start, std::size_t t) const {
    if (start != 1 || !is_boundary(tokens[0])) return std::nullopt;
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
      return subject;
    }
    return std::nullopt;
  }

  // The first group after the trigger in its clause; `participant_only` skips groups that
  // a place preposition governs ("di Korea Utara" is where, not who).
  std::optional<Group> object_after(const std::vector<Token>& tokens, std::size_t from,
                                    bool participant_only, bool need_preposition = false,
                                    bool skip_places = false) const {
    const std::size_t end = clause_end(tokens, from);
    for (const Group& g : groups_) {
      if (g.first < from || g.first >= end) continue;
      if (participant_only && g.first > 0 &&
          lexicon_.in_category(Cue::place_preposition, tokens[g.first - 1]))
        continue;
      if (need_preposition && !after_preposition(tokens, g)) continue;
      if (need_preposition && lexicon_.in_category(Cue::location_preposition, tokens[g.first - 1]))
        continue;
      if (g.is_source) continue;
      if (skip_places && g.first > 0 &&
          lexicon_.in_category(Cue::location_preposition, tokens[g.first - 1]))
        continue;
      if (g.first > 0 && lexicon_.in_category(Cue::agent_marker, tokens[g.first - 1]) &&
          !(g.first >= 3 && lexicon_.in_category(Cue::relative_marker, tokens[g.first - 3])))
        continue;
      return g;
    }
    return std::nullopt;
  }

  // The other side of a symmetric relation: a group right after the trigger ("bertemu
  // Presiden X") or heading the first comitative phrase after it ("pertemuan puncak yang
  // jarang terjadi dengan Putin"), but not one buried further in ("kerja sama dengan
  // negara-negara yang berhadapan dengan AS").
  std::optional<Group> partner_after(const std::vector<Token>& tokens, std::size_t from) const {
    if (auto direct = group_starting_at(from); direct && !direct->is_source) return direct;
    const std::size_t end = clause_end(tokens, from);
    for (std::size_t k = from; k < end; ++k) {
      if (!lexicon_.in_category(Cue::comitative, tokens[k])) continue;
      auto partner = group_starting_at(k + 1);
      if (partner && !partner->is_source) return partner;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // Stances are said: "..., kata X", "X mengatakan (bahwa) ..." make X the one who opposes,
  // accuses or rejects when the clause names no subject of its own (or a pronoun).
  static bool speaks_for_itself(RelationType type) {
    return type == RelationType::oppose || type == RelationType::accuse ||
           type == RelationType::reject;
  }

  // The person reported as speaking in this sentence: a reporter group made of persons
  // only (agencies and media report, they do not hold the stance).
  std::optional<Group> speaker() const {
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
    return found;
  }

  std::optional<Group> agent_after(const std::vector<Token>& tokens, std::size_t from) const {
    for (std::size_t k = from; k < tokens.size() && k < from + 3; ++k)
      if (lexicon_.in_category(Cue::agent_marker, tokens[k])) return group_starting_at(k + 1);
    return std::nullopt;
  }

  // "yang dipelopori oleh Amerika Serikat untuk ... sanksi": the nearest agent before t.
  std::optional<Group> agent_before(const std::vector<Token>& tokens, std::size_t t) const {
    const std::size_t start = clause_start(tokens, t);
    std::optional<Group> found;
    for (const Group& g : groups_)
      if (g.first >= start && g.first < t && g.first > 0 &&
          lexicon_.in_category(Cue::agent_marker, tokens[g.first - 1]))
        found = g;
    return found;
  }

  std::optional<std::size_t> place_after(const std::vector<Token>& tokens, std::size_t from) const {
    const std::size_t end = clause_end(tokens, from);
    for (const Group& g : groups_) {
      if (g.first < from || g.first >= end) continue;
      if (g.first > 0 && lexicon_.in_category(Cue::locative, tokens[g.first - 1])) {
        const std::size_t m = g.mentions.front();
        if (mentions_[m].type == ActorType::State) return m;
      }
    }
    return std::nullopt;
  }

  // ---- frames --------------------------------------------------------------------------------

  void apply(std::size_t s, const FoundTrigger& found) {
    const auto& tokens = sentences_[s].tokens;
    const Frame frame = found.trigger.frame;
    const RelationType type = found.trigger.relation;
    Context context{s, found, modality(tokens, found.first), date(s, found.first)};
    if (context.modality == kNegated) return;

    if (frame == Frame::host) {
      const auto host = subject_of(tokens, found.first);
      const auto guest = object_after(tokens, found.end, false);
      if (!host || !guest) return;
      for (std::size_t h : host->mentions)
        for (std::size_t g : guest->mentions) {
          emit(RelationType::meet, participant(h), participant(g), context, 0.8);
          const std::size_t host_state = mention_of_state(state_key_of(h));
          emit_visit(g, host_state, context, 0.7);
        }
      return;
    }
    if (frame == Frame::symmetric) {
      std::vector<std::size_t> sides_a, sides_b;
      const auto between = between_pair(tokens, found.end);
      if (between) {
        sides_a = {between->first};
        sides_b = {between->second};
      } else {
        const auto subject = subject_of(tokens, found.first);
        const auto object = partner_after(tokens, found.end);
        if (subject) sides_a = subject->mentions;
        if (object) sides_b = object->mentions;
        if (sides_b.empty() && sides_a.size() >= 2) {
          sides_b.assign(sides_a.begin() + 1, sides_a.end());
          // erase rather than resize(1): GCC 12 reports a false -Warray-bounds on resize.
          sides_a.erase(sides_a.begin() + 1, sides_a.end());
        }
      }
      // Ties and cooperation are between states, even when a leader pursues them.
      const bool between_states = type == RelationType::cooperate;
      for (std::size_t a : sides_a)
        for (std::size_t b : sides_b)
          emit(type, between_states ? as_state(participant(a)) : participant(a),
               between_states ? as_state(participant(b)) : participant(b), context, 0.75);
      // A meeting or signing held in a state: whoever is not from there visited it.
      if (type == RelationType::meet || type == RelationType::agree) {
        if (auto place = place_after(tokens, found.end)) {
          for (const auto* side : {&sides_a, &sides_b})
            for (std::size_t p : *side)
              if (state_key_of(p) != mentions_[*place].known_key)
                emit_visit(p, *place, context, 0.6);
        }
      }
      return;
    }

    std::optional<Group> subject, object;
    if (frame == Frame::noun || found.voice == Voice::nominal) {
      subject = group_starting_at(found.end);
      if (subject) {
        object = object_after(tokens, subject->end, false, true);
      } else {
        subject = agent_before(tokens, found.first);
        if (!subject) subject = subject_of(tokens, found.first);
        object = object_after(tokens, found.end, false, true);
      }
    } else if (found.voice == Voice::passive) {
      object = subject_of(tokens, found.first);
      subject = agent_after(tokens, found.end);
    } else {
      subject = subject_of(tokens, found.first);
      // "mengecam serangan di Ukraina": after di/dari/pada stands a place, not the one
      // opposed or supported; visits, attacks and supplies do go to places.
      const bool place_is_participant =
          type == RelationType::visit || type == RelationType::assault || type == RelationType::aid;
      object = object_after(tokens, found.end, false, false, !place_is_participant);
      if (!subject && speaks_for_itself(type)) subject = speaker();
    }
    if (type == RelationType::reject && subject && !object) {
      pending_rejections_.push_back({*subject, context});
      return;
    }
    if (!subject || !object) return;
    if (type == RelationType::accuse) accusations_.push_back({*subject, *object, context.sentence});
    for (std::size_t a : subject->mentions)
      for (std::size_t b : object->mentions) {
        if (type == RelationType::visit) {
          emit_visit(a, b, context, 0.75);
        } else if (nested_event_object(tokens, found)) {
          // "mendukung invasi Presiden Rusia Vladimir Putin": the object is the nested
          // event's author, a state.
          emit(type, participant(a), as_state(participant(b)), context, 0.6);
        } else if (type == RelationType::oppose &&
                   mentions_[participant(b)].type == ActorType::State) {
          emit(type, as_state(participant(a)), participant(b), context, 0.7);
        } else if (type == RelationType::assault || type == RelationType::aid ||
                   type == RelationType::sanction || type == RelationType::cooperate) {
          // Attacks, arms supplies and sanctions are acts of states: a leader named as
          // their author stands for the state ("invasi Presiden Rusia Vladimir Putin").
          emit(type, as_state(participant(a)), as_state(participant(b)), context, 0.7);
        } else {
          emit(type, participant(a), participant(b), context, 0.7);
        }
      }
  }

  // "antara X dan Y" right after the trigger.
  std::optional<std::pair<std::size_t, std::size_t>> between_pair(const std::vector<Token>& tokens,
                                                                  std::size_t from) const {
    for (std::size_t k = from; k < tokens.size() && k < from + 3; ++k) {
      if (!lexicon_.in_category(Cue::between_marker, tokens[k])) continue;
      auto g = group_starting_at(k + 1);
      if (g && g->mentions.size() >= 2) return std::make_pair(g->mentions[0], g->mentions[1]);
    }
    return std::nullopt;
  }

  static constexpr int kNegated = -1;
  struct Context {
    std::size_t sentence;
    FoundTrigger trigger;
    int modality;  // a Modality, or kNegated
    std::string date;
  };

  int modality(const std::vector<Token>& tokens, std::size_t t) {
    const std::size_t start = clause_start(tokens, t);
    for (std::size_t k = t; k-- > start && k + 2 >= t;)
      if (lexicon_.in_category(Cue::modality_negated, tokens[k])) return kNegated;
    for (std::size_t k = t; k-- > start && k + 4 >= t;) {
      if (lexicon_.in_category(Cue::modality_hypothetical, tokens[k]))
        return static_cast<int>(Modality::hypothetical);
      if (lexicon_.in_category(Cue::modality_planned, tokens[k]))
        return static_cast<int>(Modality::planned);
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

  std::string date(std::size_t s, std::size_t t) const {
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

  // True when a nominal trigger (an event noun) opens the object of `found`.
  bool nested_event_object(const std::vector<Token>& tokens, const FoundTrigger& found) {
    if (found.voice != Voice::active || found.end >= tokens.size()) return false;
    for (const std::string& stem : stemmer_.stems(tokens[found.end])) {
      const auto* candidates = lexicon_.triggers_for(stem);
      if (candidates && candidates->front().frame == Frame::noun) return true;
    }
    return false;
  }

  std::size_t as_state(std::size_t m) const {
    if (m == kNone || mentions_[m].type != ActorType::Person) return m;
    const std::size_t state = mention_of_state(state_key_of(m));
    return state == kNone ? m : state;
  }

  // A delegation takes part as its state.
  std::size_t participant(std::size_t m) const {
    const ActorMention& mention = mentions_[m];
    if (mention.type == ActorType::Delegation) return mention.belongs_to;
    return m;
  }

  void emit_visit(std::size_t visitor, std::size_t place, const Context& context,
                  double confidence) {
    if (place == kNone) return;
    std::size_t state = place;
    if (mentions_[place].type != ActorType::State) state = mention_of_state(state_key_of(place));
    if (state == kNone) return;
    emit(RelationType::visit, participant(visitor), state, context, confidence);
    if (mentions_[visitor].type == ActorType::Delegation && mentions_[visitor].led_by != kNone)
      emit(RelationType::visit, mentions_[visitor].led_by, state, context, confidence);
  }

  void emit(RelationType type, std::size_t subject, std::size_t object, const Context& context,
            double confidence) {
    if (subject == kNone || object == kNone) return;
    if (identity(subject) == identity(object)) return;
    RelationCandidate candidate;
    candidate.type = type;
    candidate.subject = subject;
    candidate.object = object;
    candidate.sentence = context.sentence;
    const auto& tokens = sentences_[context.sentence].tokens;
    candidate.trigger = {tokens[context.trigger.first].span.begin,
                         tokens[context.trigger.end - 1].span.end};
    candidate.date = context.date;
    candidate.modality = static_cast<Modality>(context.modality);
    candidate.confidence = confidence;
    out_.push_back(std::move(candidate));
  }

  // ---- document level ---------------------------------------------------------------------

  void affiliations() {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const ActorMention& mention = mentions_[m];
      if (mention.type != ActorType::Person && mention.type != ActorType::Organization) continue;
      std::size_t owner = mention.belongs_to;
      if (owner == kNone && !mention.known_key.empty()) {
        if (const KnownActor* known = lexicon_.actor(mention.known_key);
            known && !known->state_key.empty())
          owner = mention_of_state(known->state_key);
      }
      // A title that names no state is an office of the state the news is written from,
      // when the text names that state (guidelines, decision 2); gazetteer persons have
      // their own state.
      if (owner == kNone && mention.known_key.empty() && mention.full_name.empty() &&
          (!mention.title.empty() || mention.type == ActorType::Organization))
        owner = mention_of_state(lexicon_.home_state_key());
      if (owner == kNone) continue;
      const ActorType owner_type = mentions_[owner].type;
      if (owner_type != ActorType::State && owner_type != ActorType::Organization) continue;
      Context context{mention.sentence,
                      FoundTrigger{{}, mention.first_token, mention.end_token, Voice::active},
                      static_cast<int>(Modality::asserted), ""};
      emit(RelationType::affiliation, m, owner, context, 0.9);
      if (!out_.empty() && out_.back().type == RelationType::affiliation &&
          out_.back().subject == m)
        out_.back().office = mention.title;
    }
  }

  // "Pyongyang dan Teheran membantah klaim tersebut": a denial with no actor answers the
  // accusation made against its subject.
  void answer_rejections() {
    for (const auto& [subject, context] : pending_rejections_)
      for (const auto& [accuser, accused, sentence] : accusations_) {
        // Only an accusation nearby: every denial against every accusation of a long
        // document would be quadratic, and a far one is not what "the claim" refers to.
        const std::size_t distance =
            sentence > context.sentence ? sentence - context.sentence : context.sentence - sentence;
        if (distance > kPairAnaphorWindow) continue;
        for (std::size_t s : subject.mentions)
          for (std::size_t a : accused.mentions)
            if (identity(participant(s)) == identity(participant(a)))
              for (std::size_t by : accuser.mentions)
                emit(RelationType::reject, participant(s), participant(by), context, 0.6);
      }
  }

  const Lexicon& lexicon_;
  const PhraseIndex& phrase_triggers_;
  const std::vector<Trigger>& phrase_trigger_list_;
  const std::vector<AnalysedSentence>& sentences_;
  const std::vector<std::vector<DateExpression>>& dates_;
  std::vector<ActorMention>& mentions_;
  Stemmer& stemmer_;
  std::vector<RelationCandidate>& out_;
  std::vector<Group> groups_;
  std::vector<std::size_t> first_mention_;  // per sentence, then one past the last
  std::unordered_map<std::string, std::size_t> first_state_mention_;  // state key -> mention
  std::vector<std::size_t> current_;  // the mentions of the sentence being read
  // An accusation read: who accuses whom, in which sentence (a later denial may answer it).
  struct Accusation {
    Group accuser;
    Group accused;
    std::size_t sentence;
  };
  std::vector<Accusation> accusations_;
  std::vector<std::pair<Group, Context>> pending_rejections_;
};

}  // namespace

RelationFinder::RelationFinder(const Lexicon& lexicon) : lexicon_(lexicon) {
  for (const auto& [stem, trigger] : lexicon.triggers()) {
    if (stem.find(' ') == std::string::npos) continue;
    phrase_triggers_.add(stem, static_cast<std::uint32_t>(phrase_trigger_list_.size()));
    phrase_trigger_list_.push_back(trigger);
  }
}

void RelationFinder::find(const std::vector<AnalysedSentence>& sentences,
                          const std::vector<std::vector<DateExpression>>& dates,
                          std::vector<ActorMention>& mentions, Stemmer& stemmer,
                          std::vector<RelationCandidate>& out) const {
  DocumentRelations(lexicon_, phrase_triggers_, phrase_trigger_list_, sentences, dates, mentions,
                    stemmer, out)
      .run();
}

}  // namespace diplograph
