// Discourse and identity: who a mention stands for, delegations and their leaders,
// "both states" anaphors, affiliations from titles, denials answering accusations.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "extract/clause_reader.h"

namespace diplograph {
namespace {

// How many sentences back two states named together stay what "kedua negara" means.
constexpr std::size_t kPairAnaphorReach = 3;
// Stands for "whichever state" where a national body is named without its state.
constexpr std::string_view kAnyState = "*";

}  // namespace

std::string DocumentRelations::identity(std::size_t m) const {
  const ActorMention& mention = mentions_[m];
  if (!mention.known_key.empty()) return mention.known_key;
  if (mention.type == ActorType::Delegation && mention.belongs_to != kNoMention)
    return identity(mention.belongs_to);
  // A short form ("Kim", "RSF") is the actor of its full name.
  return std::string(name_of(mention.type)) + ":" +
         (mention.full_name.empty() ? mention.surface : mention.full_name);
}

std::string DocumentRelations::state_key_of(std::size_t m, int depth) const {
  if (m == kNoMention || depth > 4) return {};
  const ActorMention& mention = mentions_[m];
  if (mention.type == ActorType::State) return mention.known_key;
  if (mention.belongs_to != kNoMention) {
    if (auto key = state_key_of(mention.belongs_to, depth + 1); !key.empty()) return key;
  }
  if (!mention.known_key.empty()) {
    if (const KnownActor* known = lexicon_.actor(mention.known_key);
        known && !known->state_key.empty())
      return known->state_key;
  }
  const std::string& full = mention.full_name.empty() ? mention.surface : mention.full_name;
  for (std::size_t k = 0; k < mentions_.size(); ++k) {
    if (k == m || mentions_[k].belongs_to == kNoMention) continue;
    if (mentions_[k].type == mention.type && mentions_[k].surface == full)
      return state_key_of(mentions_[k].belongs_to, depth + 1);
  }
  return {};
}

std::size_t DocumentRelations::mention_of_state(const std::string& key) const {
  if (key.empty()) return kNoMention;
  const auto found = first_state_mention_.find(key);
  return found == first_state_mention_.end() ? kNoMention : found->second;
}

std::size_t DocumentRelations::named_in_text(const std::string& key) const {
  for (std::size_t m = mention_of_state(key); m < mentions_.size(); ++m)
    if (mentions_[m].known_key == key && !mentions_[m].in_dateline) return m;
  return kNoMention;
}

std::size_t DocumentRelations::as_state(std::size_t m) const {
  if (m == kNoMention || mentions_[m].type != ActorType::Person) return m;
  const std::size_t state = mention_of_state(state_key_of(m));
  return state == kNoMention ? m : state;
}

std::size_t DocumentRelations::participant(std::size_t m) const {
  const ActorMention& mention = mentions_[m];
  if (mention.type == ActorType::Delegation) return mention.belongs_to;
  return m;
}

void DocumentRelations::link_leaders(const std::vector<Token>& tokens, std::size_t s) {
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

void DocumentRelations::set_leader(std::size_t delegation, std::size_t person) {
  mentions_[delegation].led_by = person;
  if (mentions_[person].belongs_to == kNoMention && mentions_[person].known_key.empty())
    mentions_[person].belongs_to = mentions_[delegation].belongs_to;
}

void DocumentRelations::add_pair_anaphors(const std::vector<Token>& tokens, std::size_t s) {
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const auto match = lexicon_.cue_index(Cue::pair_anaphor).longest_at(tokens, t);
    const auto persons_match = lexicon_.cue_index(Cue::person_pair_anaphor).longest_at(tokens, t);
    if (!match.length && !persons_match.length) continue;
    // "keduanya", "kedua pemimpin": the two persons named last before it, in this sentence
    // or, for a phrase that can only mean persons, in the few sentences before.
    if (persons_match.length) {
      const auto persons = last_two_persons_before(s, t, /*this_sentence_only=*/match.length > 0);
      if (persons.size() == 2) {
        Group group{persons, t, t + persons_match.length};
        auto at = std::find_if(groups_.begin(), groups_.end(),
                               [&](const Group& g) { return g.first > t; });
        groups_.insert(at, group);
        t += persons_match.length - 1;
        continue;
      }
      if (!match.length) continue;
    }
    // Two states named together just before: "Rusia dan Turki sepakat ... Kedua negara".
    std::vector<std::size_t> pair;
    for (const Group& g : groups_)
      if (g.end <= t && !g.is_source)
        if (auto named = state_pair_of(g); !named.empty()) pair = {named[1], named[0]};
    if (pair.empty() && !last_state_pair_.empty() &&
        last_state_pair_sentence_ + kPairAnaphorReach >= s)
      pair = {last_state_pair_[1], last_state_pair_[0]};
    if (pair.empty()) pair = most_named_states_before(s, t);
    if (pair.size() == 2) {
      Group group{{pair[1], pair[0]}, t, t + match.length};
      auto at =
          std::find_if(groups_.begin(), groups_.end(), [&](const Group& g) { return g.first > t; });
      groups_.insert(at, group);
    }
    t += match.length - 1;
  }
}

std::vector<std::size_t> DocumentRelations::last_two_persons_before(std::size_t s, std::size_t t,
                                                                    bool this_sentence_only) const {
  // The later of the two comes last ("X ... Y. Kedua pemimpin" is {X, Y}).
  std::vector<std::size_t> persons;
  for (std::size_t m = first_mention_[s + 1]; m-- > 0 && persons.size() < 2;) {
    const ActorMention& mention = mentions_[m];
    if (mention.sentence != s && (this_sentence_only || mention.sentence + kPairAnaphorReach < s))
      break;
    if (mention.sentence == s && mention.end_token > t) continue;
    if (mention.type != ActorType::Person) continue;
    if (!persons.empty() && identity(persons.front()) == identity(m)) continue;
    persons.insert(persons.begin(), m);
  }
  return persons;
}

std::vector<std::size_t> DocumentRelations::most_named_states_before(std::size_t s,
                                                                     std::size_t t) const {
  // The two states the text is about: named most often before it (a third state named
  // in passing, "U.S. President Donald Trump urged both sides", is not one of the two),
  // the later named first on a tie.
  // At most kCounted mentions are counted, by the state they name or their title's
  // state, so that a document full of anaphors stays linear.
  constexpr std::size_t kCounted = 200;
  std::vector<std::pair<std::string, std::size_t>> counts;  // key, times named, by recency
  std::size_t counted = 0;
  for (std::size_t m = first_mention_[s + 1]; m-- > 0 && counted < kCounted;) {
    const ActorMention& mention = mentions_[m];
    if (mention.sentence + kDiscourseWindow < s) break;
    if (mention.sentence == s && mention.first_token >= t) continue;
    ++counted;
    std::string key;
    if (mention.type == ActorType::State)
      key = mention.known_key;
    else if (mention.belongs_to != kNoMention &&
             mentions_[mention.belongs_to].type == ActorType::State)
      key = mentions_[mention.belongs_to].known_key;
    else if (const KnownActor* known =
                 mention.known_key.empty() ? nullptr : lexicon_.actor(mention.known_key))
      key = known->state_key;
    if (key.empty()) continue;
    auto known =
        std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == key; });
    if (known == counts.end())
      counts.emplace_back(key, 1);
    else
      ++known->second;
  }
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::size_t> pair;
  for (const auto& [key, times] : counts)
    if (const std::size_t state = mention_of_state(key); state != kNoMention && pair.size() < 2)
      pair.push_back(state);
  return pair;
}

void DocumentRelations::add_numbered_anaphors(const std::vector<Token>& tokens, std::size_t s) {
  // "the three nations", "the four Arab countries": a collective noun counted by a number
  // of three or more (two is a pair anaphor) stands for the actors last named together in
  // that number; with none of that size it stands for nothing.
  constexpr long kLeast = 3;
  constexpr std::size_t kMaxModifiers = 2;  // "the three AUKUS nations"
  for (std::size_t t = 1; t < tokens.size(); ++t) {
    if (!lexicon_.in_category(Cue::collective_noun, tokens[t]) || is_mention_token(t)) continue;
    // The number counts only when it is a determiner or follows one, so without a
    // determiner among the words before the noun (the number's place or the one before it)
    // there is nothing to count, and no word need be read as a number: ICU's spell-out
    // parser costs tens of microseconds a new word.
    const std::size_t before_number = t > kMaxModifiers + 2 ? t - kMaxModifiers - 2 : 0;
    if (std::none_of(tokens.begin() + static_cast<std::ptrdiff_t>(before_number),
                     tokens.begin() + static_cast<std::ptrdiff_t>(t), [&](const Token& token) {
                       return lexicon_.in_category(Cue::determiner, token);
                     }))
      continue;
    std::size_t number = t;
    std::optional<long> count;
    for (std::size_t k = t; k-- > 0 && k + kMaxModifiers + 1 >= t;)
      if ((count = lexicon_.cardinal(tokens[k].folded))) {
        number = k;
        break;
      }
    // The number is definite after a determiner ("the three nations") or when its own
    // form is one (a collective numeral: "ketiga negara", the three states).
    const bool definite = lexicon_.in_category(Cue::determiner, tokens[number]) ||
                          (number > 0 && lexicon_.in_category(Cue::determiner, tokens[number - 1]));
    if (!count || *count < kLeast || !definite) continue;
    const std::size_t phrase_first =
        lexicon_.in_category(Cue::determiner, tokens[number]) ? number : number - 1;
    std::vector<std::size_t> antecedent;
    for (const Group& g : groups_)
      if (g.end <= phrase_first && !g.is_source &&
          g.mentions.size() == static_cast<std::size_t>(*count))
        antecedent = g.mentions;
    for (auto past = plural_history_.rbegin(); antecedent.empty() && past != plural_history_.rend();
         ++past) {
      if (past->second + kDiscourseWindow < s) break;
      if (past->first.size() == static_cast<std::size_t>(*count)) antecedent = past->first;
    }
    if (antecedent.empty()) continue;
    Group group{antecedent, phrase_first, t + 1};
    auto at = std::find_if(groups_.begin(), groups_.end(),
                           [&](const Group& g) { return g.first > phrase_first; });
    groups_.insert(at, group);
  }
}

void DocumentRelations::add_pronoun_anaphors(const std::vector<Token>& tokens, std::size_t s) {
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    std::vector<std::size_t> antecedent;
    if (lexicon_.in_category(Cue::person_pronoun, tokens[t])) {
      // "ia", "dia", "beliau": the person named last before it.
      for (std::size_t m = first_mention_[s + 1]; m-- > 0;) {
        const ActorMention& mention = mentions_[m];
        if (mention.sentence + kDiscourseWindow < s) break;
        if (mention.sentence == s && mention.first_token >= t) continue;
        if (mention.type == ActorType::Person) {
          antecedent = {m};
          break;
        }
      }
    }
    if (lexicon_.in_category(Cue::plural_pronoun, tokens[t])) {
      // "mereka": the actors last named together, earlier in this sentence or before it.
      antecedent = last_plural_;
      for (const Group& g : groups_)
        if (g.end <= t && g.mentions.size() >= 2 && !g.is_source && !g.in_place_name)
          antecedent = g.mentions;
    }
    // Only a pronoun that opens a clause stands for an actor of its own: after a noun it is
    // a possessive ("latihan militer mereka", "hak veto mereka").
    // After a preposition it is that preposition's object ("between them", "dengan mereka").
    const bool opens_clause = t == 0 || is_boundary(tokens[t - 1]) || tokens[t - 1].is(",") ||
                              lexicon_.in_category(Cue::coordinator, tokens[t - 1]) ||
                              lexicon_.in_category(Cue::preposition, tokens[t - 1]) ||
                              lexicon_.in_category(Cue::complementizer, tokens[t - 1]);
    if (antecedent.empty() || !opens_clause || is_mention_token(t)) continue;
    Group group{antecedent, t, t + 1};
    auto at =
        std::find_if(groups_.begin(), groups_.end(), [&](const Group& g) { return g.first > t; });
    groups_.insert(at, group);
  }
}

void DocumentRelations::add_title_anaphors(const std::vector<Token>& tokens, std::size_t s) {
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const auto title = lexicon_.title_index().longest_at(tokens, t);
    if (!title.length) continue;
    const std::size_t end = t + title.length;
    // A title inside a name ("Istana Presiden"), or one written with its holder or its
    // state ("Presiden Rusia"), is no anaphor.
    // ... or one in brackets, an abbreviation of the title before it ("(Menhan)").
    const bool inside_name = (t > 1 && tokens[t - 1].is_word() && tokens[t - 1].capitalised) ||
                             (t > 0 && tokens[t - 1].is("("));
    // "Menteri Pertahanan (Menhan) RI X": a bracket after it spells the title out.
    const bool qualified = end < tokens.size() && (is_mention_token(end) ||
                                                   tokens[end].capitalised || tokens[end].is("("));
    if (inside_name || qualified || is_mention_token(t)) {
      t = end - 1;
      continue;
    }
    // "Presiden", "Menlu": the holder of that office named last before it.
    const std::string& office = lexicon_.titles()[title.payload].office_en;
    for (std::size_t m = first_mention_[s + 1]; m-- > 0;) {
      const ActorMention& mention = mentions_[m];
      if (mention.sentence + kDiscourseWindow < s) break;
      if (mention.sentence == s && mention.first_token >= t) continue;
      if (mention.type != ActorType::Person || mention.title_en.empty()) continue;
      if (mention.title_en != office) continue;
      Group group{{m}, t, end};
      auto at =
          std::find_if(groups_.begin(), groups_.end(), [&](const Group& g) { return g.first > t; });
      groups_.insert(at, group);
      break;
    }
    t = end - 1;
  }
}

void DocumentRelations::add_state_anaphors(const std::vector<Token>& tokens, std::size_t s) {
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const auto match = lexicon_.cue_index(Cue::state_anaphor).longest_at(tokens, t);
    if (!match.length) continue;
    // "Rusia menyerbu negara itu": the state named last before it, other than the states
    // its own clause names.
    const std::size_t start = clause_start(tokens, t);
    std::set<std::string> in_clause;
    for (std::size_t m : current_)
      if (mentions_[m].first_token >= start && mentions_[m].end_token <= t)
        in_clause.insert(state_key_of(m));
    for (std::size_t m = first_mention_[s + 1]; m-- > 0;) {
      const ActorMention& mention = mentions_[m];
      if (mention.sentence + kDiscourseWindow < s) break;
      if (mention.sentence == s && mention.first_token >= t) continue;
      if (mention.type != ActorType::State || in_clause.count(mention.known_key)) continue;
      Group group{{m}, t, t + match.length};
      auto at =
          std::find_if(groups_.begin(), groups_.end(), [&](const Group& g) { return g.first > t; });
      groups_.insert(at, group);
      break;
    }
    t += match.length - 1;
  }
}

void DocumentRelations::add_delegation_members(const std::vector<Token>& tokens, std::size_t s) {
  // How many sentences after a visit its delegation may be described.
  constexpr std::size_t kMembersReach = 3;
  if (!last_visit_ || last_visit_->sentence + kMembersReach < s) return;
  // The delegation named again ("delegasi itu", "rombongan tersebut"), then the word that
  // lists its members ("beranggotakan", "terdiri atas", "anggota").
  std::size_t cue = tokens.size();
  for (std::size_t t = 0; t + 1 < tokens.size() && cue == tokens.size(); ++t) {
    if (!lexicon_.in_category(Cue::group_noun, tokens[t]) ||
        !lexicon_.in_category(Cue::determiner, tokens[t + 1]))
      continue;
    // The delegation is still what the text is about.
    last_visit_->sentence = s;
    constexpr std::size_t kMaxWordsToCue = 2;
    for (std::size_t k = t; k-- > 0 && k + kMaxWordsToCue + 1 >= t;)
      if (lexicon_.in_category(Cue::member_cue, tokens[k])) cue = k;
    for (std::size_t k = t + 2; k < tokens.size() && k <= t + 2 + kMaxWordsToCue; ++k)
      if (lexicon_.in_category(Cue::member_cue, tokens[k])) cue = k;
  }
  if (cue == tokens.size()) return;
  // Every actor listed after it, but not the body a member comes from ("X dari Hamas").
  Context context = last_visit_->context;
  context.sentence = s;
  context.trigger = FoundTrigger{{}, cue, cue + 1, Voice::active};
  context.subject_role = ArgumentRole::coordinated;
  context.object_role = ArgumentRole::place;
  for (const Group& g : groups_) {
    if (g.first <= cue || g.is_source || g.in_place_name) continue;
    for (std::size_t m : g.mentions) {
      const ActorMention& member = mentions_[m];
      if (member.type == ActorType::State) continue;
      if (member.phrase_first > 0 &&
          lexicon_.in_category(Cue::source_preposition, tokens[member.phrase_first - 1]))
        continue;
      const std::size_t state = last_visit_->state;
      if (state_key_of(m) == mentions_[state].known_key) continue;
      emit(RelationType::visit, participant(m), state, context, 0.6);
    }
  }
}

void DocumentRelations::remember_plural_group(std::size_t sentence) {
  for (const Group& g : groups_) {
    if (g.is_source || g.in_place_name) continue;
    if (g.mentions.size() >= 2) {
      last_plural_ = g.mentions;
      plural_history_.emplace_back(g.mentions, sentence);
    }
    if (auto pair = state_pair_of(g); !pair.empty()) {
      last_state_pair_ = pair;
      last_state_pair_sentence_ = mentions_[g.mentions.front()].sentence;
    }
  }
}

std::vector<std::size_t> DocumentRelations::state_pair_of(const Group& group) const {
  if (group.mentions.size() != 2) return {};
  const std::string a = state_key_of(group.mentions[0]);
  const std::string b = state_key_of(group.mentions[1]);
  if (a.empty() || b.empty() || a == b) return {};
  const std::size_t first = mention_of_state(a), second = mention_of_state(b);
  if (first == kNoMention || second == kNoMention) return {};
  return {first, second};
}

std::string DocumentRelations::state_of_official_before(std::size_t m) const {
  const ActorMention& body = mentions_[m];
  for (std::size_t k = m; k-- > first_mention_[body.sentence];) {
    const ActorMention& before = mentions_[k];
    if (before.end_token > body.first_token) continue;
    if (before.type != ActorType::Person && before.type != ActorType::Delegation) continue;
    return state_key_of(k);
  }
  return {};
}

std::string DocumentRelations::state_of_listing_group(std::size_t m) const {
  const ActorMention& person = mentions_[m];
  const auto& tokens = sentences_[person.sentence].tokens;
  for (std::size_t k = m; k-- > first_mention_[person.sentence];) {
    const ActorMention& before = mentions_[k];
    if (before.end_token > person.phrase_first) continue;
    // Other officials of the same list, with no state of their own, stand between.
    if (before.type == ActorType::Person && before.belongs_to == kNoMention &&
        before.known_key.empty())
      continue;
    // The state named inside the group ("pejabat Laos") comes after the group's mention.
    if (before.type == ActorType::State && k > first_mention_[person.sentence] &&
        mentions_[k - 1].type == ActorType::Delegation &&
        mentions_[k - 1].end_token >= before.end_token)
      continue;
    if (before.type != ActorType::Delegation) return {};
    std::size_t t = before.end_token;
    if (t < tokens.size() && tokens[t].is(",")) ++t;
    if (t >= tokens.size() || !lexicon_.in_category(Cue::relative_marker, tokens[t])) return {};
    // Only a list the relative clause opens ("yang hadir antara lain ...") names the group's
    // members; a clause that goes on to another act ("delegasi X yang tiba kemarin bertemu
    // Menteri Y") names a person of the host.
    const PhraseIndex& markers = lexicon_.cue_index(Cue::enumeration_marker);
    for (std::size_t i = t + 1; i < person.phrase_first; ++i)
      if (markers.longest_at(tokens, i).length > 0) return state_key_of(k);
    return {};
  }
  return {};
}

void DocumentRelations::affiliations() {
  // A tie the text states overrides one only the gazetteer or the home state gives
  // (guidelines, decision 2: a title naming a ministry gives person -> ministry and no
  // person -> state). Identity -> the states of the bodies the text puts it in ("Juru bicara
  // Kementerian Luar Negeri Iran X"). A body of another state or of none ("Russia's UN ambassador
  // X") says nothing about the person's own state.
  std::map<std::string, std::set<std::string, std::less<>>> body_states;
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const ActorMention& mention = mentions_[m];
    if (mention.type != ActorType::Person && mention.type != ActorType::Organization) continue;
    if (mention.belongs_to != kNoMention &&
        mentions_[mention.belongs_to].type == ActorType::Organization) {
      // A national body named without its state ("Kementerian Luar Negeri, X") may be any
      // state's: it stands for all of them. A known body of no state (the UN) for none.
      const ActorMention& body = mentions_[mention.belongs_to];
      const std::string state = state_key_of(mention.belongs_to);
      if (state.empty() && body.known_key.empty())
        body_states[identity(m)].emplace(kAnyState);
      else
        body_states[identity(m)].insert(state);
    }
  }
  const std::size_t home_state = named_in_text(lexicon_.home_state_key());
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const ActorMention& mention = mentions_[m];
    if (mention.type != ActorType::Person && mention.type != ActorType::Organization) continue;
    std::size_t owner = mention.belongs_to;
    const auto bodies = body_states.find(identity(m));
    if (owner == kNoMention && !mention.known_key.empty()) {
      if (const KnownActor* known = lexicon_.actor(mention.known_key);
          known && !known->state_key.empty() &&
          (bodies == body_states.end() ||
           (!bodies->second.count(known->state_key) && !bodies->second.contains(kAnyState))))
        owner = mention_of_state(known->state_key);
    }
    // "pejabat tinggi China X, ... dalam hierarki Partai Komunis", "delegasi China yang
    // dipimpin anggota Politbiro Partai Komunis Y": a body named by its head alone belongs
    // to the state of the official or delegation named nearest before it in its sentence.
    if (owner == kNoMention && mention.type == ActorType::Organization &&
        mention.known_key.empty() && mention.full_name.empty())
      owner = mention_of_state(state_of_official_before(m));
    // "pejabat Suriah yang hadir antara lain Ketua Parlemen, X, Menteri Y, Z": officials
    // listed in the relative clause of a state's group of officials are that state's.
    if (owner == kNoMention && mention.type == ActorType::Person && bodies == body_states.end() &&
        mention.known_key.empty() && mention.full_name.empty() && !mention.title.empty())
      owner = mention_of_state(state_of_listing_group(m));
    // A title that names no state is an office of the state the news is written from,
    // when the text names that state (guidelines, decision 2); gazetteer persons have
    // their own state.
    if (owner == kNoMention && bodies == body_states.end() && mention.known_key.empty() &&
        mention.full_name.empty() &&
        (!mention.title.empty() || mention.type == ActorType::Organization))
      owner = home_state;
    if (owner == kNoMention) continue;
    const ActorType owner_type = mentions_[owner].type;
    if (owner_type != ActorType::State && owner_type != ActorType::Organization) continue;
    Context context{mention.sentence,
                    FoundTrigger{{}, mention.first_token, mention.end_token, Voice::active},
                    static_cast<int>(Modality::asserted),
                    "",
                    ArgumentRole::title,
                    ArgumentRole::title};
    emit(RelationType::affiliation, m, owner, context, 0.9);
    if (!out_.empty() && out_.back().type == RelationType::affiliation && out_.back().subject == m)
      if (!mention.title_en.empty()) out_.back().office = mention.title;
  }
}

void DocumentRelations::answer_rejections() {
  for (auto [subject, context] : pending_rejections_) {
    context.object_role = ArgumentRole::answered;
    for (const auto& [accuser, accused, sentence] : accusations_) {
      // Only an accusation nearby: every denial against every accusation of a long
      // document would be quadratic, and a far one is not what "the claim" refers to.
      const std::size_t distance =
          sentence > context.sentence ? sentence - context.sentence : context.sentence - sentence;
      if (distance > kDiscourseWindow) continue;
      for (std::size_t s : subject.mentions)
        for (std::size_t a : accused.mentions)
          if (identity(participant(s)) == identity(participant(a)))
            for (std::size_t by : accuser.mentions)
              emit(RelationType::reject, participant(s), participant(by), context, 0.6);
    }
  }
}

}  // namespace diplograph
