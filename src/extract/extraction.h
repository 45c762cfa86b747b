#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/vocabulary.h"
#include "text/document.h"
#include "text/span.h"
#include "text/tokens.h"

namespace diplograph {

// A sentence of the article with its tokens. Extraction works sentence by sentence.
struct AnalysedSentence {
  Span span;
  std::vector<Token> tokens;
  bool is_title = false;
};

// One place where the text names an actor. `tokens` is a half-open token range of its
// sentence. Known actors carry their gazetteer key; persons and organisations found by
// rule carry their name and, when stated, the state or organisation they belong to.
struct ActorMention {
  std::size_t sentence = 0;
  std::size_t first_token = 0;
  std::size_t end_token = 0;
  std::size_t phrase_first = 0;  // first token of the whole phrase, title included
  Span span;                     // the name's bytes in the document
  std::string surface;           // the name as written (without title)
  ActorType type = ActorType::State;
  std::string known_key;     // gazetteer key, if the gazetteer knows it
  bool via_capital = false;  // "Pyongyang" standing for North Korea
  std::string title;         // persons: the title or office written with the name
  std::string title_en;
  std::string belongs_to_surface;     // the state/organisation named with it, as written
  std::size_t belongs_to = SIZE_MAX;  // index of that mention in DocumentExtraction::mentions
  std::size_t led_by = SIZE_MAX;      // delegations: the mention of the person leading it
  std::string full_name;  // short forms ("Kim"): the full name named earlier ("Kim Jong Un")
  // Named in a dateline ("JAKARTA - ..."): where the news was filed, which makes no actor of
  // the document unless the text names it again or a relation takes it in.
  bool in_dateline = false;
};

// The voice of the predicate a relation was read from, as its affixes give it
// (language.tsv): an active verb, a passive (roles swap, the agent follows the agent
// marker), an event noun, or a reciprocal verb (both sides act alike).
enum class Voice : std::uint8_t { active, passive, nominal, reciprocal };

// Where the clause analysis found an argument of a relation.
enum class ArgumentRole : std::uint8_t {
  none,
  subject,        // the clause's grammatical subject
  relative_head,  // the noun a relative clause hangs on
  controller,     // the main clause's subject, for a fronted clause without its own
  shared,         // the main clause's subject, for a trailing clause without its own
  object,         // the first actor after the predicate
  oblique,        // an actor after a participant preposition (to, with, against ...)
  agent,          // the agent of a passive, after the agent marker
  between,        // one side of "between X and Y"
  coordinated,    // a co-member of a coordinated subject ("X and Y signed")
  speaker,        // the one reported as saying it
  place,          // the state where it happened (a visit read from a meeting's place)
  title,          // a title or organisation name (affiliations)
  answered,       // a denial answering an accusation made earlier in the document
  led_by,         // the leader of a delegation
};

// A relation the text states between two mentions, with where and how it was read.
struct RelationCandidate {
  RelationType type = RelationType::meet;
  std::size_t subject = 0;  // index into DocumentExtraction::mentions
  std::size_t object = 0;
  std::size_t sentence = 0;
  Span trigger;
  std::string date;  // ISO 8601 as precise as the text allows, or empty
  Modality modality = Modality::asserted;
  double confidence = 0.5;
  std::string office;           // affiliation: the office held
  Voice voice = Voice::active;  // of the trigger
  ArgumentRole subject_role = ArgumentRole::none;
  ArgumentRole object_role = ArgumentRole::none;
};

// Everything extraction found in one document. The document text is not kept; the
// sentences that carry evidence are copied into `sentence_texts`.
struct DocumentExtraction {
  DocumentMetadata meta;
  std::size_t bytes = 0;
  std::string reference_date;  // the date relative expressions were anchored on, if any
  std::vector<Span> sentence_spans;
  std::vector<std::string> sentence_texts;
  std::vector<ActorMention> mentions;
  std::vector<RelationCandidate> relations;
  // What the document's limits cut: sentences longer than the sentence limit (read in
  // pieces), relations beyond a sentence's cap and actors beyond a coordinated group's cap
  // (dropped). The pipeline warns.
  std::size_t sentences_cut = 0;
  std::size_t relations_dropped = 0;
  std::size_t group_members_dropped = 0;  // actors beyond a coordinated group's cap
};

}  // namespace diplograph
