#include "lexicon/lexicon.h"

#include "lexicon/stemmer.h"
#include "lexicon/tsv_table.h"
#include "text/diagnostic.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

// The labels of a gazetteer row by language: "en" from the English label, and each
// `tag=label` entry of the labels cell ("id=Korea Utara|fr=Coree du Nord").
LabelsByLanguage labels_of(const TsvTable& table, const TsvRow& row, const std::string& labels,
                           const std::string& label_en) {
  LabelsByLanguage out;
  for (const std::string& entry : split_alternatives(labels)) {
    const auto equals = entry.find('=');
    if (equals == std::string::npos || equals == 0)
      table.fail(row, "a label in another language is written tag=label, not '" + entry + "'");
    out[entry.substr(0, equals)] = entry.substr(equals + 1);
  }
  if (!label_en.empty()) out["en"] = label_en;
  return out;
}

// The label of an actor in the language `tag`, or empty.
std::string label_in(const KnownActor& actor, const std::string& tag) {
  const auto found = actor.labels.find(tag);
  return found == actor.labels.end() ? std::string() : found->second;
}

void add_states(std::vector<KnownActor>& actors, const TsvTable& table, const std::string& tag) {
  for (const TsvRow& row : table.rows) {
    KnownActor actor;
    actor.key = row.cells[0];
    actor.type = ActorType::State;
    actor.iso3 = row.cells[1];
    actor.wikidata = row.cells[2];
    actor.label_en = row.cells[3];
    actor.labels = labels_of(table, row, row.cells[4], actor.label_en);
    actor.label_local = label_in(actor, tag);
    actor.names = split_alternatives(row.cells[5]);
    if (row.cells.size() > 6) actor.capitals = split_alternatives(row.cells[6]);
    if (actor.key.empty() || actor.label_en.empty())
      table.fail(row, "a state needs a key and an English label");
    if (!actor.iso3.empty() && actor.iso3.size() != 3)
      table.fail(row, "ISO 3166 alpha-3 code must have 3 letters");
    actors.push_back(std::move(actor));
  }
}

void add_named_actors(std::vector<KnownActor>& actors, const TsvTable& table, ActorType type,
                      const std::string& tag) {
  for (const TsvRow& row : table.rows) {
    KnownActor actor;
    actor.key = row.cells[0];
    actor.type = type;
    actor.state_key = row.cells[1] == "-" ? "" : row.cells[1];
    actor.wikidata = row.cells[2] == "-" ? "" : row.cells[2];
    actor.label_en = row.cells[3];
    actor.labels = labels_of(table, row, row.cells[4], actor.label_en);
    actor.label_local = label_in(actor, tag);
    actor.names = split_alternatives(row.cells[5]);
    if (actor.key.empty() || actor.label_en.empty())
      table.fail(row, "an actor needs a key and an English label");
    actors.push_back(std::move(actor));
  }
}

}  // namespace

std::optional<Frame> frame_from(std::string_view name) {
  if (name == "transitive") return Frame::transitive;
  if (name == "symmetric") return Frame::symmetric;
  if (name == "noun") return Frame::noun;
  if (name == "host") return Frame::host;
  if (name == "mutual") return Frame::mutual;
  if (name == "receive") return Frame::receive;
  if (name == "judgement") return Frame::judgement;
  return std::nullopt;
}

std::filesystem::path default_lexicon_root() {
  return std::filesystem::path(DIPLOGRAPH_DATA_DIR) / "lexicon";
}

std::filesystem::path default_lexicon_directory() { return default_lexicon_root() / "id"; }

Lexicon Lexicon::load(const std::filesystem::path& directory) {
  Lexicon lexicon;
  // language.tsv first: it names the language and where its gazetteer and dictionary are.
  std::filesystem::path gazetteer = directory;
  const TsvTable language = TsvTable::load(directory / "language.tsv", 2);
  for (const TsvRow& row : language.rows) {
    std::vector<std::string> affixes;
    for (const std::string& affix : split_alternatives(row.cells[1]))
      affixes.push_back(fold_case(affix));
    if (row.cells[0] == "passive_prefix")
      lexicon.voice_affixes_.passive_prefixes = affixes;
    else if (row.cells[0] == "active_prefix")
      lexicon.voice_affixes_.active_prefixes = affixes;
    else if (row.cells[0] == "nominal_suffix")
      lexicon.voice_affixes_.nominal_suffixes = affixes;
    else if (row.cells[0] == "reciprocal_prefix")
      lexicon.voice_affixes_.reciprocal_prefixes = affixes;
    else if (row.cells[0] == "progressive_suffix")
      lexicon.voice_affixes_.progressive_suffixes = affixes;
    else if (row.cells[0] == "object_clitic")
      lexicon.voice_affixes_.object_clitics = affixes;
    else if (row.cells[0] == "clitic")
      lexicon.clitics_ = affixes;
    else if (row.cells[0] == "home_state")
      lexicon.home_state_key_ = row.cells[1];
    else if (row.cells[0] == "tag")
      lexicon.tag_ = row.cells[1];
    else if (row.cells[0] == "hunspell")
      // A dictionary beside the lexicon (a test's toy language) or one Debian installs.
      lexicon.hunspell_dictionary_ =
          std::filesystem::exists(directory / (row.cells[1] + ".aff"))
              ? directory / row.cells[1]
              : std::filesystem::path("/usr/share/hunspell") / row.cells[1];
    else if (row.cells[0] == "gazetteer")
      gazetteer = directory / row.cells[1];
    else
      language.fail(
          row, "unknown setting '" + row.cells[0] +
                   "' (tag, hunspell, gazetteer, passive_prefix, active_prefix, "
                   "nominal_suffix, reciprocal_prefix, progressive_suffix, object_clitic, clitic, "
                   "home_state)");
  }
  if (lexicon.tag_.empty()) lexicon.tag_ = directory.filename().string();
  lexicon.cardinals_ = CardinalNumbers(lexicon.tag_);
  if (lexicon.hunspell_dictionary_.empty())
    lexicon.hunspell_dictionary_ = default_hunspell_dictionary();

  add_states(lexicon.actors_, TsvTable::load(gazetteer / "states.tsv", 6), lexicon.tag_);
  add_named_actors(lexicon.actors_, TsvTable::load(gazetteer / "organizations.tsv", 6),
                   ActorType::Organization, lexicon.tag_);
  add_named_actors(lexicon.actors_, TsvTable::load(gazetteer / "persons.tsv", 6), ActorType::Person,
                   lexicon.tag_);
  for (std::size_t i = 0; i < lexicon.actors_.size(); ++i) {
    KnownActor& actor = lexicon.actors_[i];
    if (!lexicon.actor_by_key_.emplace(actor.key, i).second) {
      throw InputError({(gazetteer / "states.tsv").string(), 0, 0, Diagnostic::Severity::error,
                        "actor key '" + actor.key + "' defined twice"});
    }
  }
  // Names only this language uses (English demonyms: "Iranian", "Russian"), optional.
  if (std::filesystem::exists(directory / "names.tsv")) {
    const TsvTable names = TsvTable::load(directory / "names.tsv", 2);
    for (const TsvRow& row : names.rows) {
      const auto found = lexicon.actor_by_key_.find(row.cells[0]);
      if (found == lexicon.actor_by_key_.end())
        names.fail(row, "no actor '" + row.cells[0] + "' in the gazetteer");
      for (std::string& name : split_alternatives(row.cells[1]))
        lexicon.actors_[found->second].names.push_back(std::move(name));
    }
  }
  for (std::size_t i = 0; i < lexicon.actors_.size(); ++i) {
    KnownActor& actor = lexicon.actors_[i];
    for (const std::string* label : {&actor.label_en, &actor.label_local})
      if (!label->empty()) actor.names.push_back(*label);
    for (const auto& name : actor.names)
      lexicon.actor_names_.add(name, static_cast<std::uint32_t>(i));
    for (const auto& capital : actor.capitals)
      lexicon.actor_names_.add(capital, static_cast<std::uint32_t>(i) | kCapitalBit);
  }

  const TsvTable titles = TsvTable::load(directory / "titles.tsv", 2);
  for (const TsvRow& row : titles.rows) {
    lexicon.title_index_.add(row.cells[0], static_cast<std::uint32_t>(lexicon.titles_.size()));
    lexicon.titles_.push_back({row.cells[0], row.cells[1]});
  }
  const TsvTable heads = TsvTable::load(directory / "organization_heads.tsv", 1);
  for (const TsvRow& row : heads.rows) lexicon.organization_heads_.add(row.cells[0], 0);
  if (std::filesystem::exists(directory / "organization_tails.tsv")) {
    const TsvTable tails = TsvTable::load(directory / "organization_tails.tsv", 1);
    for (const TsvRow& row : tails.rows) lexicon.organization_tails_.add(row.cells[0], 0);
  }

  const TsvTable triggers = TsvTable::load(directory / "triggers.tsv", 3);
  for (const TsvRow& row : triggers.rows) {
    auto relation = relation_type_from(row.cells[1]);
    if (!relation) triggers.fail(row, "unknown relation type '" + row.cells[1] + "'");
    const auto frame = frame_from(row.cells[2]);
    if (!frame) triggers.fail(row, "unknown frame '" + row.cells[2] + "'");
    Trigger trigger{fold_case(row.cells[0]), *relation, *frame};
    lexicon.triggers_.emplace(trigger.stem, trigger);
    lexicon.triggers_by_stem_[trigger.stem].push_back(trigger);
  }

  const TsvTable cues = TsvTable::load(directory / "cues.tsv", 2);
  for (const TsvRow& row : cues.rows) {
    const std::string phrase = fold_case(row.cells[1]);
    lexicon.cue_words_[row.cells[0]].insert(phrase);
    lexicon.cue_phrases_[row.cells[0]].add(phrase, 0);
    const auto cue = cue_from(row.cells[0]);
    if (!cue) cues.fail(row, "unknown cue class '" + row.cells[0] + "'");
    lexicon.cue_bits_[phrase] |= std::uint64_t{1} << static_cast<unsigned>(*cue);
    lexicon.cue_index_by_enum_[static_cast<std::size_t>(*cue)].add(phrase, 0);
  }

  const TsvTable dates = TsvTable::load(directory / "dates.tsv", 3);
  for (const TsvRow& row : dates.rows) {
    int value = 0;
    try {
      value = std::stoi(row.cells[2]);
    } catch (const std::exception&) {
      dates.fail(row, "third column must be a number");
    }
    if (row.cells[0] == "month")
      lexicon.months_[fold_case(row.cells[1])] = value;
    else if (row.cells[0] == "weekday")
      lexicon.weekdays_[fold_case(row.cells[1])] = value;
    else
      dates.fail(row, "kind must be 'month' or 'weekday'");
  }

  const TsvTable boilerplate = TsvTable::load(directory / "boilerplate.tsv", 2);
  for (const TsvRow& row : boilerplate.rows) {
    const std::string text = fold_case(row.cells[1]);
    if (row.cells[0] == "prefix")
      lexicon.boilerplate_.line_prefixes.push_back(text);
    else if (row.cells[0] == "marker")
      lexicon.boilerplate_.line_markers.push_back(text);
    else if (row.cells[0] == "line")
      lexicon.boilerplate_.whole_lines.push_back(text);
    else
      boilerplate.fail(row, "kind must be 'prefix', 'marker' or 'line'");
  }
  const TsvTable abbreviations = TsvTable::load(directory / "abbreviations.tsv", 1);
  for (const TsvRow& row : abbreviations.rows)
    lexicon.sentence_rules_.abbreviations.push_back(fold_case(row.cells[0]));
  if (!lexicon.home_state_key_.empty() && !lexicon.actor(lexicon.home_state_key_))
    throw InputError({(directory / "language.tsv").string(), 0, 0, Diagnostic::Severity::error,
                      "home_state '" + lexicon.home_state_key_ + "' is no state of states.tsv"});
  return lexicon;
}

const KnownActor* Lexicon::actor(const std::string& key) const {
  auto found = actor_by_key_.find(key);
  return found == actor_by_key_.end() ? nullptr : &actors_[found->second];
}

const std::vector<Trigger>* Lexicon::triggers_for(std::string_view stem) const {
  return triggers_by_stem_.find(stem);
}

const std::vector<Trigger>* Lexicon::triggers_for(const HashedWord& stem) const {
  return triggers_by_stem_.find(stem);
}

bool Lexicon::in_category(const std::string& category, const std::string& folded) const {
  auto found = cue_words_.find(category);
  return found != cue_words_.end() && found->second.count(folded) > 0;
}

const PhraseIndex& Lexicon::cue_index(const std::string& category) const {
  static const PhraseIndex empty;
  auto found = cue_phrases_.find(category);
  return found == cue_phrases_.end() ? empty : found->second;
}

WordFacts Lexicon::facts_of(const Token& token, const std::vector<std::string>* stems) const {
  const HashedWord word = hashed(token);
  WordFacts facts;
  facts.cue_classes = cue_classes(word);
  const int* month = months_.find(word);
  facts.month = static_cast<std::uint8_t>(month == nullptr ? 0 : *month);
  const int* weekday = weekdays_.find(word);
  facts.weekday = static_cast<std::uint8_t>(weekday == nullptr ? 0 : *weekday);
  if (stems != nullptr) {
    for (const std::string& stem : *stems) {
      // The word is its own first stem, and its classes are known.
      const HashedWord hashed_stem =
          stem == token.folded ? word : HashedWord{stem, std::hash<std::string_view>{}(stem)};
      facts.stem_cue_classes |= stem == token.folded ? facts.cue_classes : cue_classes(hashed_stem);
      facts.stem_has_trigger = facts.stem_has_trigger || triggers_for(hashed_stem) != nullptr;
    }
  }
  return facts;
}

void Lexicon::annotate(std::vector<Token>& tokens, Stemmer* stemmer) const {
  for (Token& token : tokens) {
    // Only words are stemmed: stemming every number and punctuation mark would fill the
    // stem cache. A word's facts are kept in its cache entry, so each word of the corpus is
    // looked up in the tables once.
    const bool stemmed = stemmer != nullptr && token.is_word();
    WordFacts facts;
    if (stemmed) {
      StemmedWord& entry = stemmer->word(token);
      if (entry.facts_of != this) {
        entry.facts = facts_of(token, &entry.stems);
        entry.facts_of = this;
      }
      facts = entry.facts;
    } else {
      facts = facts_of(token, nullptr);
    }
    token.cue_classes = facts.cue_classes;
    token.month = facts.month;
    token.weekday = facts.weekday;
    token.annotated = true;
    if (stemmed) {
      token.stem_cue_classes = facts.stem_cue_classes;
      token.stem_has_trigger = facts.stem_has_trigger;
      token.stems_annotated = true;
    }
  }
}

bool Lexicon::has_stem_in(Cue category, const Token& token, Stemmer& stemmer) const {
  if (token.stems_annotated) return has_cue(token.stem_cue_classes, category);
  for (const std::string& stem : stemmer.stems(token))
    if (in_category(category, stem)) return true;
  return false;
}

int Lexicon::month(std::string_view folded) const {
  const int* month = months_.find(folded);
  return month == nullptr ? 0 : *month;
}

int Lexicon::weekday(std::string_view folded) const {
  const int* weekday = weekdays_.find(folded);
  return weekday == nullptr ? 0 : *weekday;
}

}  // namespace diplograph
