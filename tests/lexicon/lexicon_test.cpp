// Unit tests of src/lexicon: loading ontology/lexicon/id, file:line errors, phrase lookup,
// Hunspell stems and the relation vocabulary.
#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "lexicon/lexicon_set.h"
#include "lexicon/phrase_index.h"
#include "lexicon/stemmer.h"
#include "lexicon/tsv_table.h"
#include "lexicon/vocabulary.h"
#include "text/diagnostic.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace diplograph {
namespace {

namespace fs = std::filesystem;

const Lexicon& real_lexicon() {
  static const Lexicon lexicon = Lexicon::load(default_lexicon_directory());
  return lexicon;
}

std::vector<Token> tokens_of(const std::string& text) { return tokenize(text, {0, text.size()}); }

// A temporary directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = fs::temp_directory_path() /
            ("diplograph-lexicon-test-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::size_t line_count(const fs::path& file) {
  std::ifstream in(file);
  std::size_t lines = 0;
  std::string line;
  while (std::getline(in, line)) ++lines;
  return lines;
}

void append_line(const fs::path& file, const std::string& line) {
  std::ofstream out(file, std::ios::app | std::ios::binary);
  out << line << '\n';
}

// Copies the real lexicon into `dir`, so that one file can be corrupted: the language's files
// and the shared gazetteer's, with language.tsv pointing at the copy (`dir` itself).
void copy_real_lexicon(const fs::path& dir) {
  for (const fs::path& from : {default_lexicon_directory(), default_lexicon_root() / "gazetteer"})
    for (const auto& entry : fs::directory_iterator(from))
      if (entry.is_regular_file()) fs::copy_file(entry.path(), dir / entry.path().filename());
  append_line(dir / "language.tsv", "gazetteer\t.");
}

// --- loading -----------------------------------------------------------------------------

TEST(Lexicon, DefaultDirectoryExists) {
  EXPECT_TRUE(fs::is_regular_file(default_lexicon_directory() / "language.tsv"))
      << default_lexicon_directory();
  EXPECT_TRUE(fs::is_regular_file(default_lexicon_root() / "gazetteer" / "states.tsv"))
      << default_lexicon_root();
}

TEST(Lexicon, LoadsStatesWithNamesAndCapitals) {
  const Lexicon& lexicon = real_lexicon();
  const KnownActor* korea = lexicon.actor("north-korea");
  ASSERT_NE(korea, nullptr);
  EXPECT_EQ(korea->type, ActorType::State);
  EXPECT_EQ(korea->iso3, "PRK");
  EXPECT_EQ(korea->label_local, "Korea Utara");
  EXPECT_NE(std::find(korea->names.begin(), korea->names.end(), "Korut"), korea->names.end());
  EXPECT_NE(std::find(korea->capitals.begin(), korea->capitals.end(), "Pyongyang"),
            korea->capitals.end());
  EXPECT_EQ(lexicon.actor("no-such-state"), nullptr);
}

TEST(Lexicon, LoadsOrganisationsWithTheirState) {
  const KnownActor* kemlu = real_lexicon().actor("kemlu-ri");
  ASSERT_NE(kemlu, nullptr);
  EXPECT_EQ(kemlu->type, ActorType::Organization);
  EXPECT_EQ(kemlu->state_key, "indonesia");
  const KnownActor* asean = real_lexicon().actor("asean");
  ASSERT_NE(asean, nullptr);
  EXPECT_TRUE(asean->state_key.empty());
}

TEST(Lexicon, ActorNamesIndexFindsStatesAndMarksCapitals) {
  const Lexicon& lexicon = real_lexicon();
  const auto tokens = tokens_of("Korea Selatan dan Pyongyang");
  const auto korea = lexicon.actor_names().longest_at(tokens, 0);
  ASSERT_EQ(korea.length, 2u);
  EXPECT_EQ(korea.payload & Lexicon::kCapitalBit, 0u);
  EXPECT_EQ(lexicon.actors()[korea.payload].key, "south-korea");
  const auto capital = lexicon.actor_names().longest_at(tokens, 3);
  ASSERT_EQ(capital.length, 1u);
  EXPECT_NE(capital.payload & Lexicon::kCapitalBit, 0u);
  EXPECT_EQ(lexicon.actors()[capital.payload & ~Lexicon::kCapitalBit].key, "north-korea");
}

TEST(Lexicon, DatesCuesTriggersAndBoilerplate) {
  const Lexicon& lexicon = real_lexicon();
  EXPECT_EQ(lexicon.month("januari"), 1);
  EXPECT_EQ(lexicon.month("agustus"), 8);
  EXPECT_EQ(lexicon.month("kemarin"), 0);
  EXPECT_EQ(lexicon.weekday("senin"), 1);  // Monday = 1
  EXPECT_EQ(lexicon.weekday("selasa"), 2);
  EXPECT_TRUE(lexicon.in_category("agent_marker", "oleh"));
  EXPECT_FALSE(lexicon.in_category("agent_marker", "dan"));
  EXPECT_TRUE(lexicon.in_category("modality_planned", "akan"));
  const auto* visit = lexicon.triggers_for("kunjung");
  ASSERT_NE(visit, nullptr);
  ASSERT_FALSE(visit->empty());
  EXPECT_EQ(visit->front().relation, RelationType::visit);
  const auto* accuse = lexicon.triggers_for("tuduh");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(accuse->front().relation, RelationType::accuse);
  EXPECT_EQ(lexicon.triggers_for("makan"), nullptr);
  EXPECT_TRUE(is_boilerplate_line("Baca Juga: Korut Uji Rudal", lexicon.boilerplate()));
  EXPECT_TRUE(is_boilerplate_line("Komentar", lexicon.boilerplate()));
  EXPECT_FALSE(is_boilerplate_line("Jepang mengecam Korea Utara.", lexicon.boilerplate()));
  const auto& abbreviations = lexicon.sentence_rules().abbreviations;
  EXPECT_NE(std::find(abbreviations.begin(), abbreviations.end(), "dr"), abbreviations.end());
}

TEST(Lexicon, AnnotateMarksWordsWithATriggerStem) {
  // What the relation finder asks of every word: does any stem of it open a relation?
  // Affixed forms are triggers through their stem, the bare stem through itself.
  const Lexicon& lexicon = real_lexicon();
  Stemmer stemmer(lexicon.hunspell_dictionary());
  std::vector<Token> tokens = tokens_of("Menteri itu mengunjungi Seoul dan makan kunjung.");
  lexicon.annotate(tokens, &stemmer);
  for (const Token& token : tokens) {
    ASSERT_TRUE(!token.is_word() || token.stems_annotated) << token.folded;
    bool expected = false;
    for (const std::string& stem : stemmer.stems(token))
      expected = expected || lexicon.triggers_for(stem) != nullptr;
    EXPECT_EQ(token.stem_has_trigger, expected) << token.folded;
  }
  EXPECT_TRUE(tokens[2].stem_has_trigger);   // mengunjungi
  EXPECT_FALSE(tokens[5].stem_has_trigger);  // makan
  EXPECT_TRUE(tokens[6].stem_has_trigger);   // kunjung
  // Without a stemmer, nothing is known of the stems.
  std::vector<Token> unstemmed = tokens_of("mengunjungi");
  lexicon.annotate(unstemmed, nullptr);
  EXPECT_FALSE(unstemmed[0].stems_annotated);
}

TEST(Lexicon, AnnotateKeepsEachWordsFactsInTheStemmerForItsLexicon) {
  // A word met again takes its facts from the stemmer's cache entry; they are the facts the
  // tables give, and another lexicon sharing the stemmer works out its own.
  const Lexicon& indonesian = real_lexicon();
  static const Lexicon english = Lexicon::load(default_lexicon_root() / "en");
  Stemmer stemmer(indonesian.hunspell_dictionary());
  const std::string text = "Pada Senin, menteri itu mengunjungi Seoul. Pada Senin, ia pulang.";
  for (const Lexicon* lexicon : {&indonesian, &english, &indonesian}) {
    std::vector<Token> tokens = tokens_of(text);
    lexicon->annotate(tokens, &stemmer);
    for (const Token& token : tokens) {
      const WordFacts expected =
          lexicon->facts_of(token, token.is_word() ? &stemmer.stems(token) : nullptr);
      EXPECT_EQ(token.cue_classes, expected.cue_classes) << token.folded;
      EXPECT_EQ(token.month, expected.month) << token.folded;
      EXPECT_EQ(token.weekday, expected.weekday) << token.folded;
      EXPECT_EQ(token.stem_cue_classes, expected.stem_cue_classes) << token.folded;
      EXPECT_EQ(token.stem_has_trigger, expected.stem_has_trigger) << token.folded;
      if (token.is_word()) {
        EXPECT_EQ(stemmer.word(token).facts_of, lexicon) << token.folded;
      }
    }
  }
  // The lexicons disagree on some word, or the test would not tell them apart.
  std::vector<Token> in_indonesian = tokens_of(text), in_english = tokens_of(text);
  indonesian.annotate(in_indonesian, nullptr);
  english.annotate(in_english, nullptr);
  bool differ = false;
  for (std::size_t k = 0; k < in_indonesian.size(); ++k)
    differ = differ || in_indonesian[k].cue_classes != in_english[k].cue_classes ||
             in_indonesian[k].weekday != in_english[k].weekday;
  EXPECT_TRUE(differ);
}

TEST(Lexicon, RealBoilerplateRulesDropPageFurniture) {
  const Lexicon& lexicon = real_lexicon();
  const std::string text =
      "Menlu Retno bertemu Dr. Marty di Jakarta.\n"
      "Baca Juga: Retno Terbang ke Tokyo\n"
      "Suasana pertemuan. (Foto: Antara)\n"
      "Artikel ini telah lebih dulu tayang di Kompas.com.\n"
      "Komentar\n";
  const auto sentences = split_sentences(text, lexicon.boilerplate(), lexicon.sentence_rules());
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].span.of(text), "Menlu Retno bertemu Dr. Marty di Jakarta.");
}

// --- malformed files ---------------------------------------------------------------------

TEST(Lexicon, CopyOfRealLexiconLoads) {
  // Guards the corruption tests below: the copy itself is fine.
  TempDir dir;
  copy_real_lexicon(dir.path());
  EXPECT_NO_THROW(Lexicon::load(dir.path()));
}

TEST(Lexicon, RowWithTooFewColumnsNamesFileAndLine) {
  TempDir dir;
  copy_real_lexicon(dir.path());
  const fs::path titles = dir.path() / "titles.tsv";
  const std::size_t bad_line = line_count(titles) + 1;
  append_line(titles, "duta besar tanpa kolom kedua");
  try {
    Lexicon::load(dir.path());
    FAIL() << "a malformed titles.tsv was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(fs::path(error.diagnostic().file).filename(), "titles.tsv");
    EXPECT_EQ(error.diagnostic().line, bad_line);
    const std::string what = error.what();
    EXPECT_NE(what.find("titles.tsv:" + std::to_string(bad_line) + ":"), std::string::npos) << what;
  }
}

// A languages.tsv over the shipped language folders (absolute paths), with `rows` as written.
fs::path write_languages(const fs::path& dir, const std::vector<std::string>& rows) {
  std::ofstream out(dir / "languages.tsv", std::ios::binary);
  out << "# tag\tfolder\tdetected_as\n";
  for (const std::string& row : rows) out << row << '\n';
  return dir;
}

TEST(LexiconSet, ReadsADetectedCloseVarietyWithTheLexiconThatListsIt) {
  TempDir dir;
  const std::string id = (default_lexicon_root() / "id").string();
  const std::string en = (default_lexicon_root() / "en").string();
  const LexiconSet set =
      LexiconSet::load(write_languages(dir.path(), {"id\t" + id + "\tms|MS-my", "en\t" + en}));
  EXPECT_EQ(set.index_of_detected("id"), 0u);
  EXPECT_EQ(set.index_of_detected("en-GB"), 1u);
  EXPECT_EQ(set.index_of_detected("ms"), 0u);
  EXPECT_EQ(set.index_of_detected("MS-BN"), 0u);
  EXPECT_EQ(set.index_of_detected("fr"), std::string_view::npos);
  // Only detection is redirected: a stated "ms" names no lexicon.
  EXPECT_EQ(set.index_of("ms"), std::string_view::npos);
}

TEST(LexiconSet, ADetectedCodeThatIsAmbiguousNamesFileAndLine) {
  TempDir dir;
  const std::string id = (default_lexicon_root() / "id").string();
  const std::string en = (default_lexicon_root() / "en").string();
  const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
      {{"id\t" + id + "\tms", "en\t" + en + "\tms"}, "listed for two languages"},
      {{"id\t" + id + "\ten", "en\t" + en}, "its own lexicon"}};
  for (const auto& [rows, complaint] : bad) {
    try {
      LexiconSet::load(write_languages(dir.path(), rows));
      FAIL() << "accepted: " << complaint;
    } catch (const InputError& error) {
      EXPECT_EQ(fs::path(error.diagnostic().file).filename(), "languages.tsv");
      EXPECT_EQ(error.diagnostic().line, 2u);
      EXPECT_NE(error.diagnostic().message.find(complaint), std::string::npos)
          << error.diagnostic().message;
    }
  }
}

TEST(Lexicon, UnknownRelationTypeNamesFileAndLine) {
  TempDir dir;
  copy_real_lexicon(dir.path());
  const fs::path triggers = dir.path() / "triggers.tsv";
  const std::size_t bad_line = line_count(triggers) + 1;
  append_line(triggers, "rangkul\tembrace\ttransitive");
  try {
    Lexicon::load(dir.path());
    FAIL() << "an unknown relation type was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(fs::path(error.diagnostic().file).filename(), "triggers.tsv");
    EXPECT_EQ(error.diagnostic().line, bad_line);
    EXPECT_NE(error.diagnostic().message.find("embrace"), std::string::npos);
  }
}

// Appends `row` to `file` of a copy of the real lexicon and expects loading to fail at that
// line with a message naming `named`.
void expect_bad_row(const std::string& file, const std::string& row, const std::string& named) {
  TempDir dir;
  copy_real_lexicon(dir.path());
  const fs::path path = dir.path() / file;
  const std::size_t bad_line = line_count(path) + 1;
  append_line(path, row);
  try {
    Lexicon::load(dir.path());
    ADD_FAILURE() << file << " accepted: " << row;
  } catch (const InputError& error) {
    EXPECT_EQ(fs::path(error.diagnostic().file).filename(), file);
    EXPECT_EQ(error.diagnostic().line, bad_line);
    EXPECT_NE(error.diagnostic().message.find(named), std::string::npos)
        << error.diagnostic().message;
  }
}

TEST(Lexicon, UnknownFrameNamesFileAndLine) {
  expect_bad_row("triggers.tsv", "rangkul\tsupport\tembracing", "embracing");
}

TEST(Lexicon, UnknownCueClassNamesFileAndLine) {
  expect_bad_row("cues.tsv", "hedge_word\tbarangkali", "hedge_word");
}

TEST(Lexicon, UnknownLanguageSettingNamesFileAndLine) {
  expect_bad_row("language.tsv", "infix\tel|em", "infix");
}

TEST(Lexicon, FramesAndVoiceAffixesAreTyped) {
  const auto* visit = real_lexicon().triggers_for("kunjung");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->front().frame, Frame::transitive);
  EXPECT_EQ(visit->front().relation, RelationType::visit);
  const auto& passive = real_lexicon().voice_affixes().passive_prefixes;
  EXPECT_NE(std::find(passive.begin(), passive.end(), "di"), passive.end());
}

TEST(Lexicon, NonNumericDateNamesFileAndLine) {
  TempDir dir;
  copy_real_lexicon(dir.path());
  const fs::path dates = dir.path() / "dates.tsv";
  const std::size_t bad_line = line_count(dates) + 1;
  append_line(dates, "month\tjanuari\tsatu");
  try {
    Lexicon::load(dir.path());
    FAIL() << "a non-numeric month was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(fs::path(error.diagnostic().file).filename(), "dates.tsv");
    EXPECT_EQ(error.diagnostic().line, bad_line);
  }
}

TEST(Lexicon, InvalidUtf8InLexiconFileNamesLineAndColumn) {
  TempDir dir;
  copy_real_lexicon(dir.path());
  const fs::path abbreviations = dir.path() / "abbreviations.tsv";
  const std::size_t bad_line = line_count(abbreviations) + 1;
  append_line(abbreviations, "ab\xFF");
  try {
    Lexicon::load(dir.path());
    FAIL() << "invalid UTF-8 was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(fs::path(error.diagnostic().file).filename(), "abbreviations.tsv");
    EXPECT_EQ(error.diagnostic().line, bad_line);
    EXPECT_EQ(error.diagnostic().column, 3u);
  }
}

TEST(Lexicon, MissingFileIsAnInputErrorNamingIt) {
  TempDir dir;
  copy_real_lexicon(dir.path());
  fs::remove(dir.path() / "cues.tsv");
  try {
    Lexicon::load(dir.path());
    FAIL() << "a lexicon without cues.tsv was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(fs::path(error.diagnostic().file).filename(), "cues.tsv");
  }
}

TEST(TsvTable, SkipsCommentsAndBlankLinesAndKeepsLineNumbers) {
  TempDir dir;
  const fs::path file = dir.path() / "t.tsv";
  {
    std::ofstream out(file, std::ios::binary);
    out << "# komentar\n\nsatu\t1\r\n  \ndua\t2\t extra \n";
  }
  const TsvTable table = TsvTable::load(file, 2);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].line, 3u);
  EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"satu", "1"}));
  EXPECT_EQ(table.rows[1].line, 5u);
  EXPECT_EQ(table.rows[1].cells.back(), "extra");
}

TEST(TsvTable, ParseFromMemoryNamesTheGivenPathInErrors) {
  const TsvTable table = TsvTable::parse("a\tb\n", "mem.tsv", 2);
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.path, "mem.tsv");
  try {
    TsvTable::parse("# c\nonly-one\n", "mem.tsv", 2);
    FAIL() << "a row with one column was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostic().file, "mem.tsv");
    EXPECT_EQ(error.diagnostic().line, 2u);
  }
}

TEST(TsvTable, SplitAlternatives) {
  EXPECT_EQ(split_alternatives("Korea Utara| Korut |"),
            (std::vector<std::string>{"Korea Utara", "Korut"}));
  EXPECT_TRUE(split_alternatives("").empty());
}

// --- PhraseIndex -------------------------------------------------------------------------

TEST(PhraseIndex, LongestMatchWins) {
  PhraseIndex index;
  index.add("Menteri", 1);
  index.add("Menteri Luar Negeri", 2);
  index.add("Menteri Luar", 3);
  EXPECT_EQ(index.size(), 3u);
  const auto tokens = tokens_of("kata Menteri Luar Negeri Jepang");
  const auto match = index.longest_at(tokens, 1);
  EXPECT_EQ(match.length, 3u);
  EXPECT_EQ(match.payload, 2u);
  const auto all = index.all_at(tokens, 1);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].length, 3u);
  EXPECT_EQ(all[1].length, 2u);
  EXPECT_EQ(all[2].length, 1u);
  EXPECT_EQ(index.longest_at(tokens, 0).length, 0u);
  EXPECT_EQ(index.longest_at(tokens, 99).length, 0u);
}

TEST(PhraseIndex, MatchIsCaseInsensitiveAndStopsAtTheEnd) {
  PhraseIndex index;
  index.add("Korea Utara", 7);
  const auto upper = tokens_of("KOREA UTARA");
  EXPECT_EQ(index.longest_at(upper, 0).length, 2u);
  EXPECT_EQ(index.longest_at(upper, 0).payload, 7u);
  const auto cut = tokens_of("Korea");
  EXPECT_EQ(index.longest_at(cut, 0).length, 0u);
}

TEST(PhraseIndex, DuplicatePhraseWithSamePayloadIsAddedOnce) {
  PhraseIndex index;
  index.add("Jepang", 1);
  index.add("jepang", 1);
  index.add("Jepang", 2);
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(phrase_words("Kim Jong-un"), (std::vector<std::string>{"kim", "jong-un"}));
}

// --- Stemmer -----------------------------------------------------------------------------

bool has_stem(Stemmer& stemmer, const std::string& word, const std::string& stem) {
  const auto& stems = stemmer.stems(word);
  return std::find(stems.begin(), stems.end(), stem) != stems.end();
}

TEST(Stemmer, InflectionsOfKunjungShareTheStem) {
  Stemmer stemmer(default_hunspell_dictionary());
  for (const std::string word : {"mengunjungi", "dikunjungi", "kunjungan", "berkunjung"}) {
    EXPECT_TRUE(has_stem(stemmer, word, "kunjung")) << word;
  }
}

TEST(Stemmer, PassiveDituduhStemsToTuduh) {
  Stemmer stemmer(default_hunspell_dictionary());
  EXPECT_TRUE(has_stem(stemmer, "dituduh", "tuduh"));
  EXPECT_TRUE(has_stem(stemmer, "menuduh", "tuduh"));
}

// Workers make their stemmers at once when a run starts. Hunspell's table for UTF-8
// dictionaries is shared by every instance and counted without a lock, so this leaked it
// (seen by LeakSanitizer in the sanitize tree) or could free it under another thread.
TEST(Stemmer, StemmersMadeOnSeveralThreadsAtOnceEachStem) {
  const std::filesystem::path english = "/usr/share/hunspell/en_US";
  constexpr int kThreads = 4;
  for (int round = 0; round < 3; ++round) {
    std::vector<std::unique_ptr<Stemmer>> stemmers(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] { stemmers[t] = std::make_unique<Stemmer>(english); });
    for (std::thread& thread : threads) thread.join();
    for (auto& stemmer : stemmers) EXPECT_TRUE(has_stem(*stemmer, "visited", "visit"));
    threads.clear();
    for (int t = 0; t < kThreads; ++t) threads.emplace_back([&, t] { stemmers[t].reset(); });
    for (std::thread& thread : threads) thread.join();
  }
}

TEST(Stemmer, WordItselfIsAlwaysFirstAndUnrelatedWordsDoNotShareStems) {
  Stemmer stemmer(default_hunspell_dictionary());
  const auto& stems = stemmer.stems("mengunjungi");
  ASSERT_FALSE(stems.empty());
  EXPECT_EQ(stems.front(), "mengunjungi");
  EXPECT_FALSE(has_stem(stemmer, "menandatangani", "kunjung"));
  // An unknown token still yields itself.
  EXPECT_EQ(stemmer.stems("xqzv").front(), "xqzv");
}

TEST(Stemmer, MissingDictionaryIsAnInputError) {
  EXPECT_THROW(Stemmer("/nonexistent/dictionary/id_ID"), InputError);
}

// --- vocabulary --------------------------------------------------------------------------

TEST(Vocabulary, RelationNamesRoundTrip) {
  for (const RelationType type : kAllRelationTypes) {
    const auto parsed = relation_type_from(name_of(type));
    ASSERT_TRUE(parsed.has_value()) << name_of(type);
    EXPECT_EQ(*parsed, type);
  }
  EXPECT_EQ(name_of(RelationType::visit), "visit");
  EXPECT_FALSE(relation_type_from("kunjungan").has_value());
}

TEST(Vocabulary, ActorTypeAndModalityNamesRoundTrip) {
  for (const ActorType type :
       {ActorType::State, ActorType::Person, ActorType::Organization, ActorType::Delegation}) {
    EXPECT_EQ(actor_type_from(name_of(type)), type);
  }
  for (const Modality modality : {Modality::asserted, Modality::alleged, Modality::denied,
                                  Modality::planned, Modality::hypothetical}) {
    EXPECT_EQ(modality_from(name_of(modality)), modality);
  }
  EXPECT_EQ(name_of(ActorType::Organization), "Organization");
  EXPECT_FALSE(actor_type_from("state").has_value());  // names are case-sensitive
}

TEST(Vocabulary, SymmetricAndFactual) {
  EXPECT_TRUE(is_symmetric(RelationType::meet));
  EXPECT_TRUE(is_symmetric(RelationType::agree));
  EXPECT_TRUE(is_symmetric(RelationType::cooperate));
  EXPECT_FALSE(is_symmetric(RelationType::visit));
  EXPECT_FALSE(is_symmetric(RelationType::accuse));
  EXPECT_FALSE(is_symmetric(RelationType::sanction));
  EXPECT_TRUE(is_factual(Modality::asserted));
  EXPECT_TRUE(is_factual(Modality::alleged));
  EXPECT_FALSE(is_factual(Modality::planned));
  EXPECT_FALSE(is_factual(Modality::hypothetical));
}

TEST(CardinalNumbers, ReadsSpelledOutNumbersOfTheLanguageAndDigits) {
  const CardinalNumbers english("en");
  EXPECT_EQ(english.value("three"), 3);
  EXPECT_EQ(english.value("twelve"), 12);
  EXPECT_EQ(english.value("4"), 4);
  EXPECT_FALSE(english.value("threefold").has_value());  // the whole word, or nothing
  EXPECT_FALSE(english.value("nations").has_value());
  EXPECT_FALSE(english.value("").has_value());
  EXPECT_EQ(CardinalNumbers("id").value("tiga"), 3);
  // A copy shares the parser; a language ICU has no rules for still reads digits.
  const CardinalNumbers copy = english;
  EXPECT_EQ(copy.value("five"), 5);
  EXPECT_EQ(CardinalNumbers("zz").value("7"), 7);
}

TEST(CardinalNumbers, OneParserAnswersTheSameOnSeveralThreadsAndWhenAskedAgain) {
  // Answers are kept per word behind a lock: every thread and every repeat must agree.
  const CardinalNumbers english("en");
  const std::vector<std::pair<std::string, std::optional<long>>> words = {
      {"three", 3}, {"threefold", std::nullopt}, {"twelve", 12}, {"nations", std::nullopt}};
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round)
        for (const auto& [word, expected] : words) wrong[t] += english.value(word) != expected;
    });
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace diplograph
