#pragma once
#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/cardinal_numbers.h"
#include "lexicon/cue.h"
#include "lexicon/phrase_index.h"
#include "lexicon/stemmer.h"
#include "lexicon/string_hash.h"
#include "lexicon/vocabulary.h"
#include "text/language_tag.h"
#include "text/sentences.h"

namespace diplograph {

// An actor the gazetteer knows by name: a state or an international/national organisation.
struct KnownActor {
  std::string key;  // canonical key, lower-case slug: "north-korea"
  ActorType type = ActorType::State;
  std::string label_en;
  std::string label_local;  // the name in the lexicon's language (English: label_en)
  // Its label in every language the gazetteer gives one: "en" (label_en) and each
  // `tag=label` of the labels column, sorted by tag.
  LabelsByLanguage labels;
  std::string iso3;                   // ISO 3166-1 alpha-3 for states
  std::string wikidata;               // QID, only where verified
  std::string state_key;              // organisations: the state they belong to, if any
  std::vector<std::string> names;     // every surface name (labels included)
  std::vector<std::string> capitals;  // capitals that stand for the state's government
};

// A title or office that precedes or follows a person's name ("Menteri Luar Negeri").
struct Title {
  std::string phrase;
  std::string office_en;
};

// How a trigger's arguments are found (see triggers.tsv): `transitive` subject acts on
// object, `symmetric` both sides take part, `noun` an event noun whose author follows it,
// `host` the subject receives the object as a guest, `mutual` both sides act on each other
// (a directed relation read both ways: a war, a dispute), `receive` the subject gets what
// the actor after the predicate gives (a purchase, aid received: roles reversed).
enum class Frame : std::uint8_t { transitive, symmetric, noun, host, mutual, receive, judgement };

// The frame named `name` in triggers.tsv, or nullopt (a data error reported with file:line).
std::optional<Frame> frame_from(std::string_view name);

// A relation trigger: a root word whose inflected forms announce a relation. `frame`
// says how its arguments are found (see ontology/lexicon/README.md).
struct Trigger {
  std::string stem;
  RelationType relation = RelationType::meet;
  Frame frame = Frame::transitive;
};

// The voice a word's affixes give its stem (language.tsv): which prefixes make a passive
// ("di-", "ter-"), which an active verb, which suffixes a noun. Matched on the surface
// form when it differs from the stem and the stem does not itself start so.
struct VoiceAffixes {
  std::vector<std::string> passive_prefixes;
  std::vector<std::string> active_prefixes;
  std::vector<std::string> nominal_suffixes;
  // A verb of a symmetric frame with one of these ("bertemu") says both sides act alike.
  std::vector<std::string> reciprocal_prefixes;
  // An inflected verb after a passive auxiliary (cues.tsv) is a passive participle ("was
  // visited by"), unless it ends in one of these ("is visiting").
  std::vector<std::string> progressive_suffixes;
  // A pronoun object written onto a verb ("menudingnya": accused him/them): the verb's
  // object is an actor named before it.
  std::vector<std::string> object_clitics;
};

// Everything the pipeline knows about one language, loaded from
// ontology/lexicon/<lang>/. Immutable after load; safe to share between threads.
class Lexicon {
 public:
  // Loads every file of `directory`, and the actors of the gazetteer its language.tsv names
  // (or of `directory` itself when it names none). Throws InputError naming file:line on a
  // bad row.
  static Lexicon load(const std::filesystem::path& directory);

  // The language's tag (language.tsv `tag`; the directory's name when not given): "id".
  const std::string& tag() const { return tag_; }
  // The Hunspell dictionary (path without extension) that stems this language's words.
  const std::filesystem::path& hunspell_dictionary() const { return hunspell_dictionary_; }

  const std::vector<KnownActor>& actors() const { return actors_; }
  const KnownActor* actor(const std::string& key) const;
  // Payload: index into actors(); capital names carry kCapitalBit.
  const PhraseIndex& actor_names() const { return actor_names_; }
  static constexpr std::uint32_t kCapitalBit = 0x80000000u;

  const std::vector<Title>& titles() const { return titles_; }
  const PhraseIndex& title_index() const { return title_index_; }
  const PhraseIndex& organization_heads() const { return organization_heads_; }
  // Nouns that close a body named by its state ("Turkish Defence Ministry", "Russia's
  // military"): organization_tails.tsv, optional.
  const PhraseIndex& organization_tails() const { return organization_tails_; }

  // Triggers by stem.
  const std::vector<Trigger>* triggers_for(std::string_view stem) const;
  // The same for a word whose hash is known (Token::hash).
  const std::vector<Trigger>* triggers_for(const HashedWord& stem) const;
  const std::multimap<std::string, Trigger>& triggers() const { return triggers_; }

  // Closed word lists by category (cues.tsv): "agent_marker" -> {"oleh"}, ...
  bool in_category(const std::string& category, const std::string& folded) const;
  const PhraseIndex& cue_index(const std::string& category) const;
  // The same for the classes the rules read, by enum: what extraction calls per token.
  bool in_category(Cue category, std::string_view folded) const {
    return has_cue(cue_classes(HashedWord{folded, std::hash<std::string_view>{}(folded)}),
                   category);
  }
  bool in_category(Cue category, const Token& token) const {
    return has_cue(token.annotated ? token.cue_classes : cue_classes(hashed(token)), category);
  }
  const PhraseIndex& cue_index(Cue category) const {
    return cue_index_by_enum_[static_cast<std::size_t>(category)];
  }

  // Month names -> 1..12, day names -> 1..7 (Monday = 1).
  int month(std::string_view folded) const;
  int weekday(std::string_view folded) const;
  int month(const Token& token) const {
    return token.annotated ? token.month : month(token.folded);
  }
  int weekday(const Token& token) const {
    return token.annotated ? token.weekday : weekday(token.folded);
  }

  // Looks up once what the lexicon knows of each token (cue classes, month, weekday) and,
  // with a stemmer, the cue classes of each word's stems; the Token overloads above and
  // has_stem_in then read the tokens instead of the tables. Same answers either way.
  void annotate(std::vector<Token>& tokens, Stemmer* stemmer) const;
  // What the lexicon knows of the token's word and, given them, of its stems.
  WordFacts facts_of(const Token& token, const std::vector<std::string>* stems) const;
  // True when the word or one of its stems is in `category`.
  bool has_stem_in(Cue category, const Token& token, Stemmer& stemmer) const;

  // A cardinal number written as one word of the language ("three") or in digits.
  std::optional<long> cardinal(std::string_view folded) const { return cardinals_.value(folded); }

  const VoiceAffixes& voice_affixes() const { return voice_affixes_; }
  // Endings split off a word when tokenising ("'s": "Russia's" -> "Russia" "'s").
  const std::vector<std::string>& clitics() const { return clitics_; }
  // The gazetteer key of the state the language's news is written from, or empty.
  const std::string& home_state_key() const { return home_state_key_; }
  const BoilerplateRules& boilerplate() const { return boilerplate_; }
  const SentenceRules& sentence_rules() const { return sentence_rules_; }

 private:
  std::vector<KnownActor> actors_;
  StringMap<std::size_t> actor_by_key_;
  PhraseIndex actor_names_;
  std::vector<Title> titles_;
  PhraseIndex title_index_;
  PhraseIndex organization_heads_;
  PhraseIndex organization_tails_;
  std::multimap<std::string, Trigger> triggers_;
  FilteredStringMap<std::vector<Trigger>> triggers_by_stem_;
  std::map<std::string, std::set<std::string>> cue_words_;
  std::map<std::string, PhraseIndex> cue_phrases_;
  FilteredStringMap<std::uint64_t> cue_bits_;  // word -> bit set of its Cue classes
  std::array<PhraseIndex, kCueCount> cue_index_by_enum_;
  static HashedWord hashed(const Token& token) { return {token.folded, token.hash}; }
  static bool has_cue(std::uint64_t classes, Cue category) {
    return (classes >> static_cast<unsigned>(category) & 1u) != 0;
  }
  std::uint64_t cue_classes(const HashedWord& word) const {
    const std::uint64_t* classes = cue_bits_.find(word);
    return classes == nullptr ? 0 : *classes;
  }
  FilteredStringMap<int> months_;
  FilteredStringMap<int> weekdays_;
  VoiceAffixes voice_affixes_;
  std::string tag_;
  CardinalNumbers cardinals_;
  std::vector<std::string> clitics_;
  std::filesystem::path hunspell_dictionary_;
  std::string home_state_key_;
  BoilerplateRules boilerplate_;
  SentenceRules sentence_rules_;
};

// The lexicon directory compiled into the binary (the source tree's ontology/lexicon/id).
std::filesystem::path default_lexicon_directory();

// The root of the lexicons compiled into the binary (the source tree's ontology/lexicon),
// holding one folder per language and the shared gazetteer.
std::filesystem::path default_lexicon_root();

}  // namespace diplograph
