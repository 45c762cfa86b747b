// Frames: how the roles the clause analysis found become relations, per frame and voice.
#include <algorithm>
#include <set>

#include "extract/clause_reader.h"

namespace diplograph {
namespace {

Group with_argument_role(Group group, ArgumentRole role) {
  group.role = role;
  return group;
}

}  // namespace

void DocumentRelations::apply(std::size_t s, const FoundTrigger& found) {
  const auto& tokens = sentences_[s].tokens;
  Context context{s, found, modality(tokens, found.first), date(s, found.first)};
  if (context.modality == kNegated) return;
  switch (found.trigger.frame) {
    case Frame::host:
      return apply_host(tokens, context);
    case Frame::symmetric:
    case Frame::mutual:
      return apply_symmetric(tokens, context);
    case Frame::transitive:
    case Frame::noun:
    case Frame::receive:
      return apply_directed(tokens, context);
    case Frame::judgement:
      return apply_judgement(tokens, context);
  }
}

// "X menjamu Y": X meets Y, and Y visits X's state.
void DocumentRelations::apply_host(const std::vector<Token>& tokens, Context context) {
  const FoundTrigger& found = context.trigger;
  const auto host = subject_of(tokens, found.first);
  const auto guest = object_after(tokens, found.end, false);
  if (!host || !guest) return;
  context.subject_role = host->role;
  context.object_role = guest->role;
  for (std::size_t h : host->mentions)
    for (std::size_t g : guest->mentions) {
      emit(RelationType::meet, participant(h), participant(g), context, 0.8);
      // The one leading a delegation is the one the host meets in person.
      if (mentions_[g].type == ActorType::Delegation && mentions_[g].led_by != kNoMention) {
        Context led = context;
        led.object_role = ArgumentRole::led_by;
        emit(RelationType::meet, participant(h), mentions_[g].led_by, led, 0.7);
      }
      const std::size_t host_state = mention_of_state(state_key_of(h));
      Context visit = context;
      visit.subject_role = guest->role;
      visit.object_role = ArgumentRole::place;
      emit_visit(g, host_state, visit, 0.7);
    }
}

// Both sides take part: "antara X dan Y", subject with partner, or the members of a
// coordinated subject.
void DocumentRelations::apply_symmetric(const std::vector<Token>& tokens, Context context) {
  const FoundTrigger& found = context.trigger;
  const RelationType type = found.trigger.relation;
  std::vector<std::size_t> sides_a, sides_b;
  std::optional<Group> forum;
  // "antara A, B, dan C": the members the between-marker opens; the first two are the pair.
  const std::vector<std::size_t> members = between_members(tokens, found.end);
  std::optional<std::pair<std::size_t, std::size_t>> between;
  if (members.size() >= 2) between = std::make_pair(members[0], members[1]);
  // "pertempuran Hamas dan Israel", "perang Rusia dan Ukraina": a war or dispute named
  // with its two sides right after it.
  if (!between && found.trigger.frame == Frame::mutual && found.voice == Voice::nominal)
    if (auto sides = group_starting_at(found.end);
        sides && sides->mentions.size() == 2 && !sides->is_source)
      between = std::make_pair(sides->mentions[0], sides->mentions[1]);
  if (between) {
    sides_a = {between->first};
    sides_b = {between->second};
    context.subject_role = context.object_role = ArgumentRole::between;
  } else {
    // Both sides of a war or dispute are named with it: an actor right after the noun
    // names where it is fought ("perang Ukraina"), not a side, and a coordinated subject
    // are the two sides only when it stands right before the predicate.
    const bool mutual = found.trigger.frame == Frame::mutual;
    // "di tengah konflik dengan Ukraina": a war or dispute named as a noun is the nearest
    // state's before it.
    auto subject = mutual && found.voice == Voice::nominal ? nearest_state_before(found.first)
                                                           : subject_of(tokens, found.first);
    // "the Arab League summit": the body named right before a gathering convenes it; it is
    // not one of those who meet there.
    if (subject && subject->end == found.first &&
        lexicon_.in_category(Cue::gathering, tokens[found.first]))
      subject.reset();
    // "KTT G20", "pertemuan ASEAN": an organisation named right after a meeting noun
    // names the (multilateral) meeting, not a participant.
    if (type == RelationType::meet)
      if (auto named = group_starting_at(found.end);
          named && std::all_of(named->mentions.begin(), named->mentions.end(), [&](std::size_t m) {
            return mentions_[m].type == ActorType::Organization;
          }))
        forum = named;
    // 'perundingan "2+2" dengan X': a quoted name of the talks stands before the partner.
    const std::size_t after = past_quoted_name(tokens, forum ? forum->end : found.end);
    auto object = partner_after(tokens, after, /*comitative_only=*/mutual || forum.has_value());
    // "menemui Penasihat Negara sekaligus Menteri Luar Negeri China Qin Gang": a verb's
    // partner may follow past the words of a title.
    if (!object && !mutual && !forum && found.voice != Voice::nominal &&
        found.voice != Voice::passive)
      object = object_nearby(tokens, found.end);
    if (subject) sides_a = subject->mentions, context.subject_role = subject->role;
    if (object) sides_b = object->mentions, context.object_role = object->role;
    bool subject_adjacent = subject && subject->end <= found.first;
    for (std::size_t k = subject ? subject->end : 0; subject_adjacent && k < found.first; ++k)
      subject_adjacent = lexicon_.in_category(Cue::aspect, tokens[k]);
    // "kedua negara yang berseteru": the head of a relative clause is the subject of its
    // predicate, whatever stands between.
    if (subject && subject->role == ArgumentRole::relative_head) subject_adjacent = true;
    // "X and Y remain locked in a bitter dispute", "X and Y have been at war": the
    // coordinated subject is in the state the noun names: one preposition between them,
    // a locative, and no other actor, relative clause or clause boundary.
    constexpr std::size_t kMaxWordsBetween = 5;
    if (!subject_adjacent && mutual && subject && subject->end <= found.first &&
        found.first - subject->end <= kMaxWordsBetween) {
      std::size_t locatives = 0, others = 0;
      for (std::size_t w = subject->end; w < found.first; ++w) {
        if (!tokens[w].is_word() || is_boundary(tokens[w]) || is_mention_token(w) ||
            lexicon_.in_category(Cue::relative_marker, tokens[w]))
          ++others;
        if (lexicon_.in_category(Cue::preposition, tokens[w]))
          ++(lexicon_.in_category(Cue::locative, tokens[w]) ? locatives : others);
      }
      subject_adjacent = locatives == 1 && others == 0;
    }
    // "X and Y are meeting Z for talks": a second predicate of the same relation in the
    // clause is the first one's purpose; X and Y do not meet each other.
    const std::size_t start = clause_start(tokens, found.first);
    const bool restated = std::any_of(
        sentence_triggers_.begin(), sentence_triggers_.end(), [&](const FoundTrigger& other) {
          return !mutual && other.first >= start && other.first < found.first &&
                 other.trigger.relation == type && other.trigger.frame != Frame::mutual;
        });
    // A subject shared from the main clause ("X dan Y tiba ... sebelum mengadakan
    // pembicaraan") met someone the clause does not name, not each other.
    const bool shared = subject && subject->role == ArgumentRole::shared;
    if (sides_b.empty() && sides_a.size() >= 2 && (!mutual || subject_adjacent) && !restated &&
        !shared) {
      sides_b.assign(sides_a.begin() + 1, sides_a.end());
      // erase rather than resize(1): GCC 12 reports a false -Warray-bounds on resize.
      sides_a.erase(sides_a.begin() + 1, sides_a.end());
      context.object_role = ArgumentRole::coordinated;
    }
  }
  // Ties and cooperation are between states, even when a leader pursues them.
  const bool between_states = type == RelationType::cooperate;
  // A war or a dispute is read both ways (guidelines, decisions 8, 11 and 16).
  const bool both_ways = found.trigger.frame == Frame::mutual;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t a : sides_a)
    for (std::size_t b : sides_b) pairs.emplace_back(a, b);
  // A pact or ties that three or four named together agree on (a trilateral, a quad) bind
  // each pair of them; a longer list (a multilateral treaty) and a meeting of several stay
  // the first-named one's with each (guidelines: a multilateral meeting is its host's with
  // each participant), so that relations grow linearly with the list.
  constexpr std::size_t kMaxPairwiseMembers = 4;
  if (context.object_role == ArgumentRole::coordinated && type != RelationType::meet &&
      sides_b.size() + 1 <= kMaxPairwiseMembers)
    for (std::size_t i = 0; i < sides_b.size(); ++i)
      for (std::size_t j = i + 1; j < sides_b.size(); ++j)
        pairs.emplace_back(sides_b[i], sides_b[j]);
  // "pakta antara A, B, dan C": likewise a pact or ties between three or four named after
  // the between-marker (the first two are already a pair).
  if (context.subject_role == ArgumentRole::between && type != RelationType::meet &&
      found.trigger.frame != Frame::mutual)
    if (members.size() > 2 && members.size() <= kMaxPairwiseMembers)
      for (std::size_t i = 0; i < members.size(); ++i)
        for (std::size_t j = i + 1; j < members.size(); ++j)
          if (i > 0 || j > 1) pairs.emplace_back(members[i], members[j]);
  for (const auto& [a, b] : pairs) {
    const std::size_t from = between_states ? as_state(participant(a)) : participant(a);
    const std::size_t to = between_states ? as_state(participant(b)) : participant(b);
    emit(type, from, to, context, 0.75);
    // Two persons who sign together meet ("Putin dan Kim menandatangani perjanjian").
    if (type == RelationType::agree && found.voice != Voice::nominal &&
        std::find(sides_a.begin(), sides_a.end(), a) != sides_a.end() &&
        mentions_[from].type == ActorType::Person && mentions_[to].type == ActorType::Person)
      emit(RelationType::meet, from, to, context, 0.65);
    // Joint exercises of two states' forces or bodies: their states cooperate too
    // (guidelines, decision 5).
    if (between_states && mentions_[from].type == ActorType::Organization &&
        mentions_[to].type == ActorType::Organization)
      emit(type, mention_of_state(state_key_of(from)), mention_of_state(state_key_of(to)), context,
           0.7);
    if (both_ways) {
      Context back = context;
      std::swap(back.subject_role, back.object_role);
      emit(type, to, from, back, 0.7);
    }
  }
  // A meeting or signing held in a state: whoever is not from there visited it.
  if (type == RelationType::meet || type == RelationType::agree) {
    auto place = place_after(tokens, forum ? forum->end : found.end);
    // "agreed to hold talks in X": the place is the nearer predicate's (a noun chained to
    // the trigger, "signed a partnership treaty in X", is part of its phrase and no trigger
    // of its own; "talks at a summit in X": the summit is where the talks are held).
    const std::size_t place_first = place ? mentions_[*place].first_token : found.end;
    if (std::any_of(sentence_triggers_.begin(), sentence_triggers_.end(),
                    [&](const FoundTrigger& other) {
                      return other.first >= found.end && other.first < place_first &&
                             !lexicon_.in_category(Cue::gathering, tokens[other.first]);
                    }))
      place.reset();
    // "sepakat untuk membahasnya dalam KTT di X": a place inside a purpose clause is where
    // the purpose would be carried out, not where the agreement was made.
    for (std::size_t k = found.end; place && k < place_first; ++k)
      if (lexicon_.in_category(Cue::purpose_marker, tokens[k])) place.reset();
    if (place) {
      Context visit = context;
      visit.object_role = ArgumentRole::place;
      // A summit or gathering held in a state no side comes from: that state hosts it and
      // meets each one who takes part (guidelines: a multilateral meeting).
      bool gathering = false;
      for (std::size_t k = found.first; k < mentions_[*place].first_token; ++k)
        gathering = gathering || lexicon_.in_category(Cue::gathering, tokens[k]);
      const std::string& host = mentions_[*place].known_key;
      for (const auto* side : {&sides_a, &sides_b})
        for (std::size_t p : *side) gathering = gathering && state_key_of(p) != host;
      for (const auto* side : {&sides_a, &sides_b}) {
        visit.subject_role = side == &sides_a ? context.subject_role : context.object_role;
        for (std::size_t p : *side) {
          if (state_key_of(p) == host) continue;
          emit_visit(p, *place, visit, 0.6);
          // A multilateral meeting (a gathering held in a state no side comes from, or a
          // forum's meeting): its host meets each participant (guidelines).
          if (gathering || forum) {
            Context hosted = visit;
            std::swap(hosted.subject_role, hosted.object_role);
            emit(RelationType::meet, *place, participant(p), hosted, 0.6);
          }
        }
      }
    }
  }
}

// One side acts on the other; the voice says where each stands: the active subject acts
// on the object; a passive's subject undergoes what the agent after the agent marker does;
// an event noun's author follows it, its target after a participant preposition.
void DocumentRelations::apply_directed(const std::vector<Token>& tokens, Context context) {
  const FoundTrigger& found = context.trigger;
  const RelationType type = found.trigger.relation;
  std::optional<Group> subject, object;
  if (found.voice == Voice::nominal) {
    subject = author_after(tokens, found.end);
    if (subject) {
      subject->role = ArgumentRole::subject;
      object = object_after(tokens, subject->end, false, true);
      // "lawatan X bertujuan ... di antara A dan B": those between whom something stands are
      // no destination.
      if (object && type == RelationType::visit && object->first > 0 &&
          lexicon_.in_category(Cue::between_marker, tokens[object->first - 1]))
        object.reset();
      // "Lawatan AS tersebut digelar ...": the visit read last, named again by its author.
      if (!object && type == RelationType::visit)
        object = revisited_place(tokens, *subject, context.sentence);
      // "serangan udara Israel di Provinsi X, Lebanon": an attack made in a state hits it.
      if (!object && type == RelationType::assault) object = state_hit_at(tokens, subject->end);
    } else if (auto agent = relative_passive_agent(tokens, found.end)) {
      // "sanksi yang dijatuhkan Presiden AS Donald Trump terhadap ...": the relative
      // clause's agent is the author.
      subject = agent;
      object = object_after(tokens, agent->end, false, true);
    } else {
      subject = agent_before(tokens, found.first);
      if (!subject) subject = subject_of(tokens, found.first);
      // The reporter's own act ("X mengumumkan sanksi terhadap Y"); an attack is an act
      // of its author, which a report names apart.
      if (!subject && type != RelationType::assault)
        subject = reporter_of_event_noun(tokens, found.first);
      object = object_after(tokens, found.end, false, true);
    }
  } else if (found.voice == Voice::passive) {
    object = subject_of(tokens, found.first);
    subject = agent_after(tokens, found.end);
  } else if (auto accused = accused_controller(tokens, found, context.sentence)) {
    // "accused X of supplying arms to Y": what X is accused of, X is said to have done.
    subject = accused;
    context.modality = static_cast<int>(Modality::alleged);
    // 'of "providing arms" to Y': a quoted predicate's object follows the closing quote.
    std::size_t from = found.end;
    if (lexicon_.in_category(Cue::quotation, tokens[found.first - 1]))
      for (std::size_t k = found.end; k < tokens.size() && k < found.end + 4; ++k)
        if (lexicon_.in_category(Cue::quotation, tokens[k])) {
          from = k + 1;
          break;
        }
    object = object_after(tokens, from, false);
  } else {
    subject = subject_of(tokens, found.first);
    // "X mendesak Y menghentikan ...", "X membuat Y berang": an actor standing right before
    // the predicate, after the clause's subject, is the subject of this second predicate
    // (object control; the causee of a causative).
    if (subject && subject->role == ArgumentRole::subject)
      if (auto controller = actor_right_before(tokens, found.first);
          controller && controller->first > subject->first)
        subject = controller;
    // "denounced Russia over its invasion of Ukraine": an event noun's possessive pronoun
    // stands for the actor named last before it.
    if (found.first > 0 && lexicon_.in_category(Cue::possessive_pronoun, tokens[found.first - 1]))
      for (const Group& g : groups_)
        if (g.end < found.first && !g.is_source) subject = g;
    // "mengecam serangan di Ukraina": after di/dari/pada stands a place, not the one
    // opposed or supported; visits, attacks and supplies do go to places.
    // Sanctions too: an envoy recalled "from" or "in" a state is a measure against it.
    const bool place_is_participant = type == RelationType::visit ||
                                      type == RelationType::assault || type == RelationType::aid ||
                                      type == RelationType::sanction;
    object = object_after(tokens, found.end, false, false, !place_is_participant);
    // "terbang melintasi X", "tiba bersama X": a verb of motion that is bare or reciprocal
    // (intransitive: "tiba", "berangkat") reaches its destination only through a preposition.
    if (type == RelationType::visit && object && !after_preposition(tokens, *object) &&
        found.end - found.first == 1 && intransitive(tokens[found.first]))
      object.reset();
    if (!subject && speaks_for_itself(type)) subject = speaker();
    if (!object && subject) object = clitic_object(tokens, found, *subject);
    // "X mendesak penghentian pengiriman senjata ke Y": the one the demand is about is the
    // target of the measure it names (read from that trigger), not one X stands against
    // beyond it (guidelines, decision 19).
    if (object && std::any_of(sentence_triggers_.begin(), sentence_triggers_.end(),
                              [&](const FoundTrigger& measure) {
                                return measure.reversed && measure.first >= found.end &&
                                       measure.first < object->first;
                              }))
      return;
  }
  // "menuduh bahwa X ...", "tuduhan Y bahwa X ...": the accused is the subject of the
  // clause the accusation reports.
  if (type == RelationType::accuse && found.voice != Voice::passive && subject && !object)
    object = subject_of_complement(tokens, subject->first >= found.end ? subject->end : found.end);
  // "pemanggilan terhadap duta besar sementara X": an office named without its holder
  // stands for the state it serves; summoning or condemning it opposes that state
  // (guidelines, decision 3).
  if (type == RelationType::oppose && found.voice != Voice::passive && subject && !object)
    object = state_of_office(tokens, subject->first >= found.end ? subject->end : found.end);
  // "memprotes pemberian nama kapal oleh X", "mengecam penangkapan warganya oleh Y": the one
  // opposed is the agent of the act the object names.
  if (speaks_for_itself(type) && found.voice != Voice::passive && subject && !object)
    object = agent_of_object_act(tokens, subject->first >= found.end ? subject->end : found.end);
  // "Qatar denounced the move", "X condemned the strikes": a protest at an act it does
  // not name the author of answers the latest hostile act done to its subject.
  if (type == RelationType::oppose && found.voice != Voice::passive && subject && !object &&
      found.end + 1 < tokens.size() && lexicon_.in_category(Cue::determiner, tokens[found.end]) &&
      !is_mention_token(found.end + 1))
    object = answered_act(*subject, context.sentence);
  if (subject) context.subject_role = subject->role;
  if (object) context.object_role = object->role;
  if (type == RelationType::reject && subject && !object) {
    pending_rejections_.push_back({*subject, context});
    return;
  }
  // "Pasukan X menembaki Y, ujar kementerian pertahanan Y": an attack that one side
  // reports is its accusation of the attacker, whether or not the report names what was hit
  // ("Pasukan X membombardir rumah warga, ungkap juru bicara Y").
  if (type == RelationType::assault && context.modality == static_cast<int>(Modality::asserted) &&
      subject && found.voice != Voice::nominal && subject->role == ArgumentRole::subject)
    if (auto reporter = reporter_of_clause(tokens, subject->first, found.end)) {
      Context accusation = context;
      accusation.subject_role = ArgumentRole::speaker;
      accusation.object_role = ArgumentRole::subject;
      for (std::size_t by : reporter->mentions)
        for (std::size_t attacker : subject->mentions)
          emit(RelationType::accuse, participant(by), participant(attacker), accusation, 0.6);
    }
  // "sanksi terhadap tiga pejabat, yakni X, Y dan Z": targets counted, then listed by name.
  if (type == RelationType::sanction && subject && !object && found.voice != Voice::passive) {
    if (auto listed = enumerated_after(tokens, found.end)) {
      context.subject_role = subject->role;
      context.object_role = listed->role;
      return emit_sanctions(*subject, *listed, context);
    }
    if (context.modality == static_cast<int>(Modality::asserted) &&
        names_counted_targets(tokens, found.end))
      counted_targets_ = CountedTargets{*subject, context};
    return;
  }
  if (!subject || !object) return;
  // "berada di X": a predicate that ends in its preposition takes the actor right after.
  if (found.end - found.first > 1 &&
      lexicon_.in_category(Cue::preposition, tokens[found.end - 1]) && object->first != found.end)
    return;
  // "X membeli senjata dari Y", "X menerima bantuan dari Y": the one after the predicate
  // gives, the subject receives.
  if (found.trigger.frame == Frame::receive) {
    std::swap(subject, object);
    std::swap(context.subject_role, context.object_role);
  }
  if (type == RelationType::accuse) accusations_.push_back({*subject, *object, context.sentence});
  for (std::size_t a : subject->mentions)
    for (std::size_t b : object->mentions) {
      if (type == RelationType::visit) {
        emit_visit(a, b, context, 0.75);
      } else if (nested_event_object(tokens, found)) {
        // "mendukung invasi Presiden Rusia Vladimir Putin": the object is the nested
        // event's author, and the state a leader named as that author acts for.
        emit(type, participant(a), as_state(participant(b)), context, 0.6);
        if (mentions_[participant(b)].type == ActorType::Person)
          emit(type, participant(a), participant(b), context, 0.6);
      } else if (type == RelationType::oppose &&
                 (subject->role == ArgumentRole::speaker || subject->is_source) &&
                 mentions_[participant(b)].type == ActorType::State) {
        // '"Kami mengecam ...," kata X': the one quoted speaks for the state she serves;
        // a named subject is the actor itself (guidelines, decision 1).
        emit(type, as_state(participant(a)), participant(b), context, 0.7);
      } else if (type == RelationType::sanction) {
        // Sanctions are imposed by states, on states, bodies or persons: a person
        // sanctioned is the target, and a leader who imposes them does so for the state.
        emit(type, as_state(participant(a)), participant(b), context, 0.7);
        if (mentions_[participant(a)].type == ActorType::Person)
          emit(type, participant(a), participant(b), context, 0.65);
      } else if (type == RelationType::assault || type == RelationType::aid ||
                 type == RelationType::cooperate) {
        // Attacks, arms supplies and sanctions are acts of states: a leader named as
        // their author stands for the state ("invasi Presiden Rusia Vladimir Putin").
        emit(type, as_state(participant(a)), as_state(participant(b)), context, 0.7);
      } else {
        emit(type, participant(a), participant(b), context, 0.7);
      }
    }
}

std::optional<Group> DocumentRelations::actor_right_before(const std::vector<Token>& tokens,
                                                           std::size_t t) const {
  std::size_t edge = t;
  while (edge > 0 && lexicon_.in_category(Cue::aspect, tokens[edge - 1])) --edge;
  for (const Group& g : groups_)
    if (g.end == edge && !g.is_source && !g.in_place_name && !after_preposition(tokens, g))
      return with_argument_role(g, ArgumentRole::controller);
  return std::nullopt;
}

std::optional<Group> DocumentRelations::subject_of_complement(const std::vector<Token>& tokens,
                                                              std::size_t from) const {
  if (from >= tokens.size() || !lexicon_.in_category(Cue::complementizer, tokens[from]))
    return std::nullopt;
  auto subject = group_starting_at(from + 1);
  if (!subject || subject->is_source || subject->in_place_name) return std::nullopt;
  return with_argument_role(*subject, ArgumentRole::object);
}

std::optional<Group> DocumentRelations::state_of_office(const std::vector<Token>& tokens,
                                                        std::size_t from) const {
  // Right after the predicate, or after the participant preposition that follows it.
  std::size_t t = from;
  if (t < tokens.size() && lexicon_.in_category(Cue::preposition, tokens[t]) &&
      !lexicon_.in_category(Cue::location_preposition, tokens[t]) &&
      !lexicon_.in_category(Cue::agent_marker, tokens[t]))
    ++t;
  if (t >= tokens.size() || is_mention_token(t)) return std::nullopt;
  const auto title = lexicon_.title_index().longest_at(tokens, t);
  if (!title.length) return std::nullopt;
  // A modifier of the office may follow it ("duta besar sementara X").
  constexpr std::size_t kMaxModifiers = 1;
  for (std::size_t k = t + title.length; k < tokens.size() && k <= t + title.length + kMaxModifiers;
       ++k) {
    if (auto g = group_starting_at(k)) {
      if (g->is_source || g->in_place_name || g->mentions.size() != 1 ||
          mentions_[g->mentions.front()].type != ActorType::State)
        return std::nullopt;
      return with_argument_role(*g, ArgumentRole::oblique);
    }
    // No clause starts between an office and its state: a word that elsewhere opens one
    // is the office's modifier here ("sementara": temporary, or while).
    if (!tokens[k].is_word() || tokens[k].capitalised ||
        lexicon_.in_category(Cue::preposition, tokens[k]))
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::agent_of_object_act(const std::vector<Token>& tokens,
                                                            std::size_t from) const {
  // The act is named by a few words right after the predicate; its agent follows the agent
  // marker, before any other actor.
  constexpr std::size_t kMaxActWords = 6;
  const std::size_t end = clause_end(tokens, from);
  for (std::size_t t = from; t + 1 < end && t <= from + kMaxActWords; ++t) {
    if (is_mention_token(t)) return std::nullopt;
    const Token& token = tokens[t];
    // The act must be named: an agent right after the predicate is its own ("Condemned
    // by X", a reduced passive).
    if (lexicon_.in_category(Cue::agent_marker, token)) {
      if (t == from) return std::nullopt;
      auto agent = group_starting_at(t + 1);
      if (!agent || agent->is_source) return std::nullopt;
      return with_argument_role(*agent, ArgumentRole::agent);
    }
    if (!token.is_word() || is_boundary(token) ||
        lexicon_.in_category(Cue::relative_marker, token) ||
        lexicon_.in_category(Cue::coordinator, token))
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Group> DocumentRelations::accused_controller(const std::vector<Token>& tokens,
                                                           const FoundTrigger& found,
                                                           std::size_t sentence) const {
  // Only a gerund ("supplying", per language.tsv's progressive suffix) right after a
  // preposition ("of", "with"), past quotation marks, in the accusation's own clause.
  if (accusations_.empty() || accusations_.back().sentence != sentence) return std::nullopt;
  const Group& accused = accusations_.back().accused;
  if (accused.end > found.first) return std::nullopt;
  const auto& progressive = lexicon_.voice_affixes().progressive_suffixes;
  const std::string& word = tokens[found.first].folded;
  if (std::none_of(progressive.begin(), progressive.end(),
                   [&](const std::string& suffix) { return word.ends_with(suffix); }))
    return std::nullopt;
  std::size_t before = found.first;
  while (before > accused.end && lexicon_.in_category(Cue::quotation, tokens[before - 1])) --before;
  if (before == accused.end || !lexicon_.in_category(Cue::preposition, tokens[before - 1]))
    return std::nullopt;
  for (std::size_t k = accused.end; k < found.first; ++k)
    if (is_boundary(tokens[k]) && !lexicon_.in_category(Cue::quotation, tokens[k]))
      return std::nullopt;
  Group controller = accused;
  controller.role = ArgumentRole::controller;
  return controller;
}

std::optional<Group> DocumentRelations::answered_act(const Group& answering,
                                                     std::size_t sentence) const {
  std::set<std::string> sides;
  for (std::size_t m : answering.mentions) {
    sides.insert(identity(participant(m)));
    if (const std::string state = state_key_of(m); !state.empty()) sides.insert(state);
  }
  auto done_to_answering = [&](const RelationCandidate& r) {
    return is_hostile(r.type) && r.sentence <= sentence &&
           r.sentence + kDiscourseWindow >= sentence &&
           (sides.count(identity(r.object)) || sides.count(state_key_of(r.object)));
  };
  // Relations are emitted sentence by sentence: the search stops at the window's start, so
  // a long document stays linear.
  auto latest = out_.rbegin();
  while (latest != out_.rend() && latest->sentence + kDiscourseWindow >= sentence &&
         !done_to_answering(*latest))
    ++latest;
  if (latest == out_.rend() || !done_to_answering(*latest)) return std::nullopt;
  // Every author of that act ("sanctions by the four states"): the relations of its trigger.
  Group authors;
  for (auto r = latest; r != out_.rend() && r->sentence == latest->sentence; ++r)
    if (r->trigger.begin == latest->trigger.begin && r->type == latest->type &&
        done_to_answering(*r) &&
        std::find(authors.mentions.begin(), authors.mentions.end(), r->subject) ==
            authors.mentions.end())
      authors.mentions.push_back(r->subject);
  authors.role = ArgumentRole::answered;
  return authors;
}

std::optional<Group> DocumentRelations::clitic_object(const std::vector<Token>& tokens,
                                                      const FoundTrigger& found,
                                                      const Group& subject) const {
  const std::string& verb = tokens[found.end - 1].folded;
  const auto& clitics = lexicon_.voice_affixes().object_clitics;
  if (found.voice != Voice::active ||
      !std::any_of(clitics.begin(), clitics.end(), [&](const std::string& c) {
        return verb.size() > c.size() && verb.ends_with(c);
      }))
    return std::nullopt;
  // "X mengecam Y dan menudingnya ...": the actor named last before the verb, other than
  // its subject.
  std::optional<Group> found_object;
  for (const Group& g : groups_) {
    if (g.end > found.first) break;
    if (g.is_source || g.in_place_name || g.first == subject.first) continue;
    const bool is_subject = std::any_of(g.mentions.begin(), g.mentions.end(), [&](std::size_t m) {
      return std::any_of(subject.mentions.begin(), subject.mentions.end(),
                         [&](std::size_t s) { return identity(s) == identity(m); });
    });
    if (is_subject) continue;
    found_object = g;
    found_object->role = ArgumentRole::object;
  }
  return found_object;
}

bool DocumentRelations::nested_event_object(const std::vector<Token>& tokens,
                                            const FoundTrigger& found) {
  if (found.voice != Voice::active || found.end >= tokens.size()) return false;
  for (const std::string& stem : stemmer_.stems(tokens[found.end])) {
    const auto* candidates = lexicon_.triggers_for(stem);
    if (candidates && candidates->front().frame == Frame::noun) return true;
  }
  return false;
}

bool DocumentRelations::intransitive(const Token& word) {
  // Only a language that marks voice with prefixes marks transitivity with them; an English
  // bare form is just the verb's base ("will visit China").
  const VoiceAffixes& affixes = lexicon_.voice_affixes();
  if (affixes.reciprocal_prefixes.empty()) return false;
  for (const std::string& stem : stemmer_.stems(word)) {
    if (!lexicon_.triggers_for(stem)) continue;
    if (word.folded == stem) return true;
    return std::any_of(
        affixes.reciprocal_prefixes.begin(), affixes.reciprocal_prefixes.end(),
        [&](const std::string& p) { return word.folded.starts_with(p) && !stem.starts_with(p); });
  }
  return false;
}

bool DocumentRelations::is_hostile(RelationType type) {
  return type == RelationType::assault || type == RelationType::sanction ||
         type == RelationType::oppose || type == RelationType::accuse;
}

void DocumentRelations::emit_visit(std::size_t visitor, std::size_t place, const Context& context,
                                   double confidence) {
  if (place == kNoMention) return;
  std::size_t state = place;
  if (mentions_[place].type != ActorType::State) state = mention_of_state(state_key_of(place));
  if (state == kNoMention) return;
  // No one visits their own state ("Presiden RI tiba di Jakarta").
  if (state_key_of(visitor) == mentions_[state].known_key) return;
  if (context.modality == static_cast<int>(Modality::asserted))
    last_visit_ = LastVisit{state, context.sentence, context, visitor};
  emit(RelationType::visit, participant(visitor), state, context, confidence);
  if (mentions_[visitor].type == ActorType::Delegation && mentions_[visitor].led_by != kNoMention) {
    Context led = context;
    led.subject_role = ArgumentRole::led_by;
    emit(RelationType::visit, mentions_[visitor].led_by, state, led, confidence);
  }
  // "Delegasi Rusia dipimpin oleh X. ... X berkunjung ke Y": the delegation its leader
  // heads travels with him, so his state visits too.
  if (mentions_[visitor].type == ActorType::Person)
    if (const std::size_t led = delegation_led_by(visitor, context.sentence); led != kNoMention) {
      Context delegation = context;
      delegation.subject_role = ArgumentRole::led_by;
      emit(RelationType::visit, participant(led), state, delegation, confidence * 0.9);
    }
}

void DocumentRelations::emit(RelationType type, std::size_t subject, std::size_t object,
                             const Context& context, double confidence) {
  if (subject == kNoMention || object == kNoMention) return;
  if (identity(subject) == identity(object)) return;
  // A state does not attack, sanction, oppose or accuse its own bodies ("serangan Iran ...
  // terhadap konsulat Iran" names whose consulate was hit, not who hit it).
  if (is_hostile(type)) {
    const std::string from = state_key_of(subject);
    if (!from.empty() && from == state_key_of(object)) return;
  }
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
  candidate.voice = context.trigger.voice;
  candidate.subject_role = context.subject_role;
  candidate.object_role = context.object_role;
  out_.push_back(std::move(candidate));
}

}  // namespace diplograph
