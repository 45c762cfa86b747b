// Language per document: what a document states wins, else CLD2 tells the language, else
// (a text too short to tell) the default one; a language without a lexicon is skipped with a
// warning naming it. Every language reads the one shared gazetteer, so a state named in
// Indonesian and in English is one actor. The texts are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/lexicon_set.h"
#include "pipeline/build_pipeline.h"
#include "pipeline/language_detector.h"
#include "pipeline/run_stats.h"

namespace diplograph {
namespace {

const LexiconSet& lexicons() {
  static const LexiconSet loaded = LexiconSet::load(default_lexicon_root());
  return loaded;
}

const std::string kEnglish =
    "French Foreign Minister Jean Morel travelled to Japan on Monday for two days of talks "
    "with his Japanese counterpart. The United States welcomed the visit and said it would support "
    "closer cooperation between the two countries in the coming months.";
const std::string kIndonesian =
    "Menteri luar negeri Prancis berkunjung ke Jepang pada hari Senin untuk pembicaraan "
    "selama dua hari dengan mitranya. Amerika Serikat menyambut baik kunjungan itu dan "
    "mengatakan akan mendukung kerja sama yang lebih erat antara kedua negara.";
// Indonesian that CLD2 calls Malay (ms), as it does many short Indonesian news texts.
const std::string kIndonesianToldAsMalay =
    "Dalam lawatan ke Hanoi, pemimpin Laos telah berjanji untuk mengembangkan hubungan kedua "
    "negara ke tahap yang baru.";
const std::string kFrench =
    "Le ministre des affaires étrangères de la France s'est rendu au Japon lundi pour deux "
    "jours d'entretiens avec son homologue japonais. Les États-Unis ont salué cette visite et "
    "ont déclaré qu'ils soutiendraient une coopération plus étroite entre les deux pays.";

Document document(std::string id, std::string text, std::string lang = "") {
  Document d;
  d.meta.id = std::move(id);
  d.meta.published = "2024-03-04";
  d.meta.lang = std::move(lang);
  d.text = std::move(text);
  return d;
}

TEST(LanguageDetection, TellsEnglishIndonesianAndFrench) {
  EXPECT_EQ(detect_language(kEnglish), "en");
  EXPECT_EQ(detect_language(kIndonesian), "id");
  EXPECT_EQ(detect_language(kFrench), "fr");
}

TEST(LanguageDetection, CallsSomeIndonesianMalay) {
  EXPECT_EQ(detect_language(kIndonesianToldAsMalay), "ms");
}

TEST(LanguageDetection, TooLittleTextToTell) {
  EXPECT_EQ(detect_language("Kim Putin."), std::nullopt);
  EXPECT_EQ(detect_language(""), std::nullopt);
}

std::string repeated(const std::string& text, std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += text + "\n";
  return out;
}

// The build reads a document's beginning to tell its language, and the whole text when the
// beginning names a language without a lexicon.
TEST(ChooseLanguage, TheBeginningTellsUnlessItNamesAnUnsupportedLanguage) {
  Diagnostic problem;
  // English first, then much more French: the beginning says English.
  Document english_first =
      document("a", repeated(kEnglish, kLanguageDetectionBytes) + repeated(kFrench, 20000));
  ASSERT_EQ(detect_language(english_first.text), "fr");
  EXPECT_EQ(detect_language(english_first.text, kLanguageDetectionBytes), "en");
  EXPECT_EQ(choose_language(english_first, lexicons(), "", problem), lexicons().index_of("en"));
  // French first, then much more English: French has no lexicon, so the whole text decides.
  Document french_first =
      document("b", repeated(kFrench, kLanguageDetectionBytes) + repeated(kEnglish, 20000));
  EXPECT_EQ(detect_language(french_first.text, kLanguageDetectionBytes), "fr");
  EXPECT_EQ(choose_language(french_first, lexicons(), "", problem), lexicons().index_of("en"));
  EXPECT_EQ(french_first.meta.lang, "en");
}

TEST(LexiconSet, LoadsEveryLanguageWithTheDefaultFirst) {
  ASSERT_GE(lexicons().size(), 2u);
  EXPECT_EQ(lexicons().default_lexicon().tag(), "id");
  ASSERT_NE(lexicons().find("en"), nullptr);
  EXPECT_EQ(lexicons().find("EN-us"), lexicons().find("en"));
  EXPECT_EQ(lexicons().find("fr"), nullptr);
  // One gazetteer: the same key, with the label of each language.
  const KnownActor* english = lexicons().find("en")->actor("united-states");
  const KnownActor* indonesian = lexicons().find("id")->actor("united-states");
  ASSERT_NE(english, nullptr);
  ASSERT_NE(indonesian, nullptr);
  EXPECT_EQ(english->label_local, "United States");
  EXPECT_EQ(indonesian->label_local, "Amerika Serikat");
}

TEST(ChooseLanguage, StatedForcedDetectedAndDefault) {
  Diagnostic problem;
  Document stated = document("a", kIndonesian, "en");
  EXPECT_EQ(choose_language(stated, lexicons(), "", problem), lexicons().index_of("en"));
  Document detected = document("b", kEnglish);
  EXPECT_EQ(choose_language(detected, lexicons(), "", problem), lexicons().index_of("en"));
  EXPECT_EQ(detected.meta.lang, "en");
  Document forced = document("c", kEnglish, "fr");
  EXPECT_EQ(choose_language(forced, lexicons(), "id", problem), lexicons().index_of("id"));
  EXPECT_EQ(forced.meta.lang, "id");
  // Text the detector calls Malay is read, and tagged, as Indonesian (languages.tsv's
  // detected_as); Malay stated in the metadata is not redirected.
  Document told_as_malay = document("e", kIndonesianToldAsMalay);
  EXPECT_EQ(choose_language(told_as_malay, lexicons(), "", problem), lexicons().index_of("id"));
  EXPECT_EQ(told_as_malay.meta.lang, "id");
  EXPECT_EQ(problem.message, "");
  Document stated_malay = document("f", kIndonesianToldAsMalay, "ms");
  EXPECT_EQ(choose_language(stated_malay, lexicons(), "", problem), std::string_view::npos);
  EXPECT_EQ(problem.message, "language ms not supported; skipped");
  Document short_text = document("d", "Jokowi, Xi.");
  EXPECT_EQ(choose_language(short_text, lexicons(), "", problem), 0u);
  EXPECT_EQ(short_text.meta.lang, "id");
}

TEST(BuildGraph, ReadsEachDocumentInItsLanguageAndSkipsAThirdOne) {
  std::vector<Document> documents;
  documents.push_back(document("english.txt", kEnglish));
  documents.push_back(document("indonesian.txt", kIndonesian));
  documents.push_back(document("french.txt", kFrench));
  BuildOptions options;
  options.jobs = 2;
  const BuildResult result = build_graph_from_documents(lexicons(), documents, options);
  EXPECT_EQ(result.documents_read, 2u);
  EXPECT_EQ(result.documents_skipped, 1u);
  EXPECT_EQ(result.internal_errors, 0u);
  const std::map<std::string, std::size_t> by_language = {{"en", 1}, {"id", 1}};
  EXPECT_EQ(result.documents_by_language, by_language);
  // stats.json counts the documents read per language, and reads the count back.
  const RunStats stats = collect_stats(result, 0.0);
  EXPECT_EQ(stats.documents_by_language, by_language);
  const std::string json = stats_json(stats);
  EXPECT_NE(json.find("\"documents_by_language\": {\n    \"en\": 1,\n    \"id\": 1\n  }"),
            std::string::npos)
      << json;
  const auto parsed = parse_stats_json(json);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->documents_by_language, by_language);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].severity, Diagnostic::Severity::warning);
  EXPECT_EQ(result.diagnostics[0].to_string(),
            "french.txt: warning: language fr not supported; skipped");
  // The documents keep the language they were read in: evidence is tagged with it.
  EXPECT_EQ(result.graph.documents().at("english.txt").meta.lang, "en");
  EXPECT_EQ(result.graph.documents().at("indonesian.txt").meta.lang, "id");
  // "United States" and "Amerika Serikat" are one actor, named in both documents.
  const auto id = result.graph.find_actor("united-states");
  ASSERT_TRUE(id.has_value());
  const ActorVertex& united_states = result.graph.graph()[*id];
  EXPECT_EQ(united_states.documents, (std::set<std::string>{"english.txt", "indonesian.txt"}));
  EXPECT_TRUE(united_states.names.count("United States"));
  EXPECT_TRUE(united_states.names.count("Amerika Serikat"));
  // The English text is read with the English frames: the French minister visits Japan.
  bool visit = false;
  for (EventId e : result.graph.events_in_order()) {
    const RelationEdge& event = result.graph.graph()[e];
    visit = visit || (event.type == RelationType::visit && event.subject == "jean-morel" &&
                      event.object == "japan" && event.mentions.front().document == "english.txt");
  }
  EXPECT_TRUE(visit);
}

}  // namespace
}  // namespace diplograph
