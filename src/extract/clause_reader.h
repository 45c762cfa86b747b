#pragma once
// The working parts of RelationFinder (internal to src/extract): one document read sentence
// by sentence. The member functions live in one file per concern: predicates.cpp (triggers
// and their voice), clause_groups.cpp and clause_roles.cpp (clause analysis),
// frame_roles.cpp (frames: roles to relations), modality_date.cpp, discourse.cpp.
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/dates.h"
#include "extract/extraction.h"
#include "extract/extraction_limits.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"

namespace diplograph {

inline constexpr std::size_t kNoMention = SIZE_MAX;
// How many sentences apart an anaphor and what it stands for may be: a pronoun, "kedua
// negara" or "negara itu" and the actors they mean, a denial ("membantah klaim tersebut")
// and the accusation it answers. Bounded so that a long document's cost stays linear.
inline constexpr std::size_t kDiscourseWindow = 30;

// A trigger found in a sentence: the predicate of a clause, with the voice its affixes give.
struct FoundTrigger {
  Trigger trigger;
  std::size_t first = 0;
  std::size_t end = 0;
  Voice voice = Voice::active;
  // A tie, talks or supplies that a reversal verb governs ("menghentikan pengiriman senjata
  // ke X"): read as a measure against the partner (a sanction), not as the tie itself.
  bool reversed = false;
};

// Participants joined by coordinators ("Pyongyang dan Teheran"): mention indices, and the
// role the clause analysis gave the group when it picked it as an argument.
struct Group {
  std::vector<std::size_t> mentions;
  std::size_t first = 0;  // token range in the sentence
  std::size_t end = 0;
  bool is_source = false;      // "menurut KCNA", "KCNA melaporkan": who reports, not who acts
  bool in_place_name = false;  // "Timur Jauh Rusia": part of a larger place name
  ArgumentRole role = ArgumentRole::none;
};

// The group as the holder of `role` in a clause.
inline Group with_role(Group group, ArgumentRole role) {
  group.role = role;
  return group;
}

// The voice the word's affixes give its stem, by the rules of language.tsv.
Voice voice_of(const VoiceAffixes& affixes, std::string_view word, std::string_view stem,
               Frame frame);

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

  // Reads every sentence, then the document-level relations (affiliations, rejections).
  void run();
  // Actors left out of coordinated groups over the cap so far (the pipeline warns).
  std::size_t group_members_dropped() const { return group_members_dropped_; }

 private:
  static constexpr int kNegated = -1;
  // What a relation is read with: its sentence and trigger, modality, date, and the roles
  // its two arguments were found in.
  struct Context {
    std::size_t sentence;
    FoundTrigger trigger;
    int modality;  // a Modality, or kNegated
    std::string date;
    ArgumentRole subject_role = ArgumentRole::subject;
    ArgumentRole object_role = ArgumentRole::object;
  };

  // ---- Identity: which actor a mention stands for, and its state (discourse.cpp)
  std::string identity(std::size_t m) const;
  // The key of the state an actor belongs to, following organisations and full names.
  std::string state_key_of(std::size_t m, int depth = 0) const;
  // A mention of the state `key` in this document, to use as a participant.
  std::size_t mention_of_state(const std::string& key) const;
  // A mention of the state `key` outside the document's datelines: the text names it.
  std::size_t named_in_text(const std::string& key) const;
  std::size_t as_state(std::size_t m) const;
  // A delegation takes part as its state.
  std::size_t participant(std::size_t m) const;

  // ---- The sentence loop (relation_finder.cpp)
  void sentence(std::size_t s);

  // ---- Predicates: triggers with their voice (predicates.cpp)
  bool has_stem(const Token& token, Cue category);
  // True when a verb that ends a tie (cues.tsv reversal: "halted", "suspended") governs
  // the tie or meeting noun at token t.
  bool reversed(const std::vector<Token>& tokens, std::size_t t);
  // True when a passive auxiliary (cues.tsv) stands right before token t, which is then a
  // passive participle: the voice languages without passive affixes mark by a word.
  bool after_passive_auxiliary(const std::vector<Token>& tokens, std::size_t t) const;
  // True when the word starts with a passive prefix of language.tsv: how the clause rules
  // spot the passive verb of a relative or agent clause around a trigger. (Unlike voice_of
  // it has no stem to compare: Hunspell knows few passive forms' stems.)
  bool has_passive_prefix(const Token& token) const;
  // The triggers of the sentence being read (its mentions are current_), in text order.
  std::vector<FoundTrigger> find_triggers(const std::vector<Token>& tokens);

  // ---- Argument groups: coordinated actors and who reports (clause_groups.cpp)
  bool is_mention_token(std::size_t t) const;
  std::vector<Group> make_groups(const std::vector<Token>& tokens,
                                 const std::vector<std::size_t>& units);
  // Marks the groups that report rather than act: the one right before a reporting verb
  // ("KCNA melaporkan", "Korean Central News (KCNA) melaporkan").
  void mark_reporters(const std::vector<Token>& tokens);
  std::optional<Group> group_starting_at(std::size_t t) const;

  // ---- Clause analysis: subject, object and obliques by preposition cue class (clause_roles.cpp)
  bool is_boundary(const Token& token) const;
  std::size_t clause_start(const std::vector<Token>& tokens, std::size_t t) const;
  std::size_t clause_end(const std::vector<Token>& tokens, std::size_t t) const;
  bool after_preposition(const std::vector<Token>& tokens, const Group& g) const;
  // The subject of the clause holding token t: the head of a "yang" relative clause, or
  // the first group of the clause that no preposition governs.
  std::optional<Group> subject_of(const std::vector<Token>& tokens, std::size_t t) const;
  // "Saat bertemu X di Y, Z mengatakan ...": a clause fronted by a subordinator at the head
  // of the sentence has no subject of its own; it shares the main clause's, the first
  // group after the comma that closes the fronted clause.
  // "X said it would ...", "X announced that it had ...": a pronoun subject of a reported
  // clause stands for the one who reports it (or the subject of the clause it completes).
  // "Delegasi tersebut dipimpin oleh X, berangkat ...": the leader of a subject that names
  // no actor, in the clause before token t.
  // True when the person named after an inverted attribution ("..., tutur X dalam ...")
  // is also the subject of the predicate at token t that follows it in the same phrase.
  bool speaker_acts_after(const std::vector<Token>& tokens, const Group& g, std::size_t t) const;
  std::optional<Group> leader_of_subject(const std::vector<Token>& tokens, std::size_t start,
                                         std::size_t t) const;
  std::optional<Group> reporter_of_pronoun(const std::vector<Token>& tokens, std::size_t start,
                                           std::size_t t) const;
  std::optional<Group> fronted_clause_controller(const std::vector<Token>& tokens,
                                                 std::size_t start, std::size_t t) const;
  // "X bertemu Y sebelum bertolak ke Z": the subject of the main clause before a trailing
  // subordinate clause (starting at `start`) that names none of its own.
  std::optional<Group> trailing_clause_controller(const std::vector<Token>& tokens,
                                                  std::size_t start, std::size_t t) const;
  // The first group after the trigger in its clause; `participant_only` skips groups that
  // a place preposition governs ("di Korea Utara" is where, not who).
  std::optional<Group> object_after(const std::vector<Token>& tokens, std::size_t from,
                                    bool participant_only, bool need_preposition = false,
                                    bool skip_places = false) const;
  // True when group g, after the agent marker, is the agent of a relative clause's passive
  // verb ("yang (telah) dilontarkan oleh X"): the author of the noun before it.
  bool agent_of_relative_passive(const std::vector<Token>& tokens, const Group& g) const;
  // True when group g owns the noun a participant preposition after `from` governs ("ke
  // kapal Filipina", "terhadap warga Palestina").
  bool owns_oblique_noun(const std::vector<Token>& tokens, std::size_t from, const Group& g) const;
  // The other side of a symmetric relation: a group right after the trigger ("bertemu
  // Presiden X") or heading the first comitative phrase after it ("pertemuan puncak yang
  // jarang terjadi dengan Putin"), but not one buried further in ("kerja sama dengan
  // negara-negara yang berhadapan dengan AS").
  std::optional<Group> partner_after(const std::vector<Token>& tokens, std::size_t from,
                                     bool comitative_only = false) const;
  // Stances are said: "..., kata X", "X mengatakan (bahwa) ..." make X the one who opposes,
  // accuses or rejects when the clause names no subject of its own (or a pronoun).
  static bool speaks_for_itself(RelationType type);
  // The person reported as speaking in this sentence: a reporter group made of persons
  // only (agencies and media report, they do not hold the stance).
  std::optional<Group> speaker() const;
  // "X menyatakan dukungan bagi Y", "X mengumumkan sanksi terhadap Y": an event noun a few
  // words after a reporting verb is the reporter's own act; the reporter is its author.
  std::optional<Group> reporter_of_event_noun(const std::vector<Token>& tokens, std::size_t t);
  // Who reports a clause whose subject starts at `subject_first` and whose predicate ends
  // at `end`: "..., ujar X" or "..., X said" after it, or "X menyatakan (bahwa) ..." right
  // before its subject.
  std::optional<Group> reporter_of_clause(const std::vector<Token>& tokens,
                                          std::size_t subject_first, std::size_t end);
  // The last group of states that ends before token t.
  std::optional<Group> nearest_state_before(std::size_t t) const;

  // The first group a few words after a verb, with no preposition, coordinator or clause
  // boundary before it: its object past a title's words.
  std::optional<Group> object_nearby(const std::vector<Token>& tokens, std::size_t from) const;
  // True when the word (one of its stems) is a relation trigger: a predicate of its own.
  bool is_trigger_word(const Token& token) const;

  // The author of an event noun: the group right after it, past a modifier or two.
  std::optional<Group> author_after(const std::vector<Token>& tokens, std::size_t from) const;

  // "yang dijatuhkan X" right after an event noun: X, the agent of the relative passive.
  std::optional<Group> relative_passive_agent(const std::vector<Token>& tokens,
                                              std::size_t from) const;

  std::optional<Group> agent_after(const std::vector<Token>& tokens, std::size_t from) const;
  // "yang dipelopori oleh Amerika Serikat untuk ... sanksi": the nearest agent before t.
  std::optional<Group> agent_before(const std::vector<Token>& tokens, std::size_t t) const;
  // The state named as the place of an attack, after a locative and a few words naming a
  // place inside it ("di Provinsi Khost, Afghanistan").
  std::optional<Group> state_hit_at(const std::vector<Token>& tokens, std::size_t from) const;
  std::optional<std::size_t> place_after(const std::vector<Token>& tokens, std::size_t from) const;

  // ---- Event partners and event anaphora (event_partners.cpp)
  // "dengan rekan-rekan mereka dari Vietnam, A dan B", "menemui mitranya, Menlu C": the
  // actors a counterpart noun at t names in apposition, past its possessor and the state
  // its holders come from (that state alone is no partner).
  std::optional<Group> counterpart_apposition(const std::vector<Token>& tokens,
                                              std::size_t t) const;
  // "antara X dan Y", "antara A, B, dan C" within a few words of `from`: every member of the
  // group the between-marker opens.
  std::vector<std::size_t> between_members(const std::vector<Token>& tokens,
                                           std::size_t from) const;
  // 'perundingan "2+2" dengan ...': the token past a short quoted name right after a
  // trigger, else `from`.
  std::size_t past_quoted_name(const std::vector<Token>& tokens, std::size_t from) const;
  // "Lawatan tingkat tinggi AS tersebut": a visit noun whose author is followed by a
  // determiner names again the visit read last, by the author or its state; the state
  // visited then, as the place of this one.
  std::optional<Group> revisited_place(const std::vector<Token>& tokens, const Group& author,
                                       std::size_t sentence) const;
  // "Perjanjian antara X dengan Y ditengahi Z", "Z memediasi perundingan antara X dan Y",
  // "Rekonsiliasi itu dimediasi oleh Z": a mediator meets each side it mediates between
  // (guidelines, decision 11); sides named with a determiner's noun are the two states
  // last named together.
  void add_mediations(const std::vector<Token>& tokens, std::size_t s);
  // The two or more sides named after a between-marker in [from, end): "antara X dan Y",
  // "antara X dengan Y".
  std::vector<std::size_t> sides_between(const std::vector<Token>& tokens, std::size_t from,
                                         std::size_t end) const;
  // The delegation of a state that `person` is said to lead in the sentences up to
  // `sentence`, or kNoMention.
  std::size_t delegation_led_by(std::size_t person, std::size_t sentence) const;
  // True when a commitment verb ("sepakat untuk", "berjanji untuk") governs the purpose
  // clause whose marker is at `marker`: what it commits to has not happened yet.
  bool committed_to(const std::vector<Token>& tokens, std::size_t start, std::size_t marker) const;

  // ---- Frames: roles to relations (frame_roles.cpp)
  // Reads the relation a trigger states, by its frame.
  void apply(std::size_t s, const FoundTrigger& found);
  void apply_host(const std::vector<Token>& tokens, Context context);
  void apply_symmetric(const std::vector<Token>& tokens, Context context);
  void apply_directed(const std::vector<Token>& tokens, Context context);
  // "ucapan X tidak dapat diterima, kata Y": the one who judges a statement or act of X
  // unacceptable stands against X (judgement.cpp).
  void apply_judgement(const std::vector<Token>& tokens, Context context);
  // "accused X of supplying ...", "charged X with sending ...": the accused of the
  // sentence's accusation is the subject of a gerund trigger it governs (object control).
  std::optional<Group> accused_controller(const std::vector<Token>& tokens,
                                          const FoundTrigger& found, std::size_t sentence) const;
  // "terhadap duta besar X" at `from`: the state X whose office is named without its holder.
  std::optional<Group> state_of_office(const std::vector<Token>& tokens, std::size_t from) const;
  // "bahwa X ..." at `from`: X, the subject of the complement clause.
  std::optional<Group> subject_of_complement(const std::vector<Token>& tokens,
                                             std::size_t from) const;
  // The group that ends right before token t (past aspect words), when no preposition
  // governs it: the subject of a second predicate ("X mendesak Y menghentikan ...").
  std::optional<Group> actor_right_before(const std::vector<Token>& tokens, std::size_t t) const;
  // "memprotes pemberian nama kapal oleh X": the agent of the act named right after `from`.
  std::optional<Group> agent_of_object_act(const std::vector<Token>& tokens,
                                           std::size_t from) const;
  // The authors of the latest hostile act (attack, sanction, accusation, protest) done to
  // `answering` or its state in the sentences before: what "condemned the move" answers.
  std::optional<Group> answered_act(const Group& answering, std::size_t sentence) const;
  // The object a pronoun clitic on the verb stands for ("menudingnya").
  std::optional<Group> clitic_object(const std::vector<Token>& tokens, const FoundTrigger& found,
                                     const Group& subject) const;
  // True when a nominal trigger (an event noun) opens the object of `found`.
  bool nested_event_object(const std::vector<Token>& tokens, const FoundTrigger& found);
  void emit_visit(std::size_t visitor, std::size_t place, const Context& context,
                  double confidence);
  static bool is_hostile(RelationType type);
  // True when a trigger word is its bare stem or carries the reciprocal prefix ("tiba",
  // "berangkat"): a verb that takes no direct object.
  bool intransitive(const Token& word);
  void emit(RelationType type, std::size_t subject, std::size_t object, const Context& context,
            double confidence);

  // Support for the target of sanctions that the subject of an opposition in the same
  // sentence stands against (candidates from `first_candidate` on are this sentence's).
  void shield_from_sanctions(std::size_t first_candidate);

  // ---- Enumerated targets of a measure (enumerated_targets.cpp)
  // "sanksi terhadap tiga pejabat, yakni X, Y dan Z": the list an enumeration marker opens
  // a few words after the trigger at `from`, in the same sentence.
  std::optional<Group> enumerated_after(const std::vector<Token>& tokens, std::size_t from) const;
  // True when a number a few words after `from` counts the targets without naming them.
  bool names_counted_targets(const std::vector<Token>& tokens, std::size_t from) const;
  // "Ketiga pejabat itu ialah X, Y dan Z": the list that names the counted targets of a
  // measure read in the sentence or two before (counted_targets_).
  void read_enumerated_targets(const std::vector<Token>& tokens, std::size_t s);
  // The group of actors listed from token t on (the members of a longer group from t).
  std::optional<Group> listed_from(const std::vector<Token>& tokens, std::size_t t) const;
  std::optional<Group> list_head_at(std::size_t t) const;
  void emit_sanctions(const Group& authors, const Group& targets, const Context& context);

  // ---- Modality and date of a trigger (modality_date.cpp)
  int modality(const std::vector<Token>& tokens, std::size_t t);
  // The modality a purpose clause ("guna memasok", "untuk mengadakan pembicaraan") takes
  // from what it serves, in the clause from `start`; asserted when the trigger at t serves
  // nothing.
  int purpose_modality(const std::vector<Token>& tokens, std::size_t start, std::size_t t);
  std::string date(std::size_t s, std::size_t t) const;
  // Gives the relations no sentence dates the date of the lead's event.
  void date_from_lead();

  // ---- Discourse: leaders of delegations, pair anaphors, affiliations, answered accusations
  // (discourse.cpp) "Delegasi Pyongyang yang dipimpin oleh Yun Jung Ho", "Kozlov memimpin
  // delegasi".
  void link_leaders(const std::vector<Token>& tokens, std::size_t s);
  // The leader of a state's delegation serves that state, unless the text says otherwise.
  void set_leader(std::size_t delegation, std::size_t person);
  // "kedua negara": the two states named last before it.
  void add_pair_anaphors(const std::vector<Token>& tokens, std::size_t s);
  // The two persons (of different identities) named last before token `t` of sentence `s`:
  // in that sentence only, or also in the few sentences before.
  std::vector<std::size_t> last_two_persons_before(std::size_t s, std::size_t t,
                                                   bool this_sentence_only) const;
  // The two states named most often in the window before token `t` of sentence `s`.
  std::vector<std::size_t> most_named_states_before(std::size_t s, std::size_t t) const;

  // "the three nations": the actors last named together in that number.
  void add_numbered_anaphors(const std::vector<Token>& tokens, std::size_t s);

  // "ia", "dia", "beliau": the person named last; "mereka": the actors last named together.
  void add_pronoun_anaphors(const std::vector<Token>& tokens, std::size_t s);
  // A bare title ("Presiden", "Menlu"): the person last named with that office.
  void add_title_anaphors(const std::vector<Token>& tokens, std::size_t s);
  // "negara itu", "negara tersebut": the state named last, other than its clause's own.
  void add_state_anaphors(const std::vector<Token>& tokens, std::size_t s);
  // "Delegasi itu beranggotakan X, Y serta Z": the members of a delegation named earlier
  // visit where it went.
  void add_delegation_members(const std::vector<Token>& tokens, std::size_t s);
  // Keeps the last coordinated group of the sentence for a later "mereka".
  void remember_plural_group(std::size_t sentence);
  void affiliations();
  // The state of the person or delegation named nearest before mention m in its sentence
  // (empty when that one has no state, or there is none): whose a bare body is.
  std::string state_of_official_before(std::size_t m) const;
  // The state of the group of officials ("pejabat Suriah yang ...") whose relative clause
  // lists the titled person m, past the other officials listed before m; empty otherwise.
  std::string state_of_listing_group(std::size_t m) const;
  // "Pyongyang dan Teheran membantah klaim tersebut": a denial with no actor answers the
  // accusation made against its subject.
  void answer_rejections();

  const Lexicon& lexicon_;
  const PhraseIndex& phrase_triggers_;
  const std::vector<Trigger>& phrase_trigger_list_;
  const std::vector<AnalysedSentence>& sentences_;
  const std::vector<std::vector<DateExpression>>& dates_;
  std::vector<ActorMention>& mentions_;
  Stemmer& stemmer_;
  std::vector<RelationCandidate>& out_;
  std::vector<Group> groups_;
  // The latest asserted visit: the state visited, the sentence, and how it was read.
  struct LastVisit {
    std::size_t state;
    std::size_t sentence;
    Context context;
    std::size_t visitor = kNoMention;
  };
  std::optional<LastVisit> last_visit_;
  std::size_t body_start_ = 0;  // the first token of the sentence after its dateline, if any
  std::vector<std::size_t> first_mention_;  // per sentence, then one past the last
  std::vector<std::size_t> current_;        // the mentions of the sentence being read
  // Per token of that sentence: whether one of its mentions' phrases holds it (title
  // included), marked once for the many questions of is_mention_token.
  std::vector<bool> current_phrase_tokens_;
  std::vector<FoundTrigger> sentence_triggers_;  // the triggers of the sentence being read
  // An accusation read: who accuses whom, in which sentence (a later denial may answer it).
  struct Accusation {
    Group accuser;
    Group accused;
    std::size_t sentence;
  };
  std::vector<Accusation> accusations_;
  // A sanction whose targets were counted but not named ("sanksi terhadap dua pejabat"): its
  // author and how it was read, for a list in the next sentences to name them.
  struct CountedTargets {
    Group author;
    Context context;
  };
  std::optional<CountedTargets> counted_targets_;
  std::size_t group_members_dropped_ = 0;
  std::unordered_map<std::string, std::size_t> first_state_mention_;  // state key -> mention
  std::vector<std::pair<Group, Context>> pending_rejections_;
  std::vector<std::size_t> last_plural_;  // the actors last named together
  // Every group of actors named together, with its sentence (for "the three nations").
  std::vector<std::pair<std::vector<std::size_t>, std::size_t>> plural_history_;
  // The two states last named together ("Rusia dan Turki"), as state mentions, and the
  // sentence that names them: what "kedua negara" most likely means.
  std::vector<std::size_t> last_state_pair_;
  std::size_t last_state_pair_sentence_ = 0;
  // The two states of a group of exactly two actors of different states, or empty.
  std::vector<std::size_t> state_pair_of(const Group& group) const;
};

}  // namespace diplograph
