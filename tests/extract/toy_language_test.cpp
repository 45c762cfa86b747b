// The extraction mechanism carries no Indonesian: run with the lexicon and Hunspell
// dictionary of a made-up language (tests/extract/toy_lexicon), it reads that language's
// voice, agent marker and coordination, and reads nothing of an Indonesian sentence.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "extract/extractor.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_set.h"
#include "lexicon/stemmer.h"
#include "pipeline/build_pipeline.h"

namespace diplograph {
namespace {

const std::filesystem::path kToy =
    std::filesystem::path(DIPLOGRAPH_TEST_SOURCE_DIR) / "tests" / "extract" / "toy_lexicon";

class ToyLanguageTest : public ::testing::Test {
 protected:
  DocumentExtraction extract(const std::string& text) {
    Document document;
    document.meta.id = "toy";
    document.meta.published = "2030-05-04";
    document.text = text;
    return Extractor(lexicon_).extract(document, stemmer_);
  }
  static std::string relations(const DocumentExtraction& e) {
    std::string out;
    for (const auto& r : e.relations)
      out += std::string(name_of(r.type)) + " " + e.mentions.at(r.subject).known_key + " " +
             e.mentions.at(r.object).known_key + ";";
    return out;
  }
  Lexicon lexicon_ = Lexicon::load(kToy);
  Stemmer stemmer_{kToy / "toy"};
};

TEST_F(ToyLanguageTest, ActiveVerbKeepsTheRoles) {
  EXPECT_EQ(relations(extract("Zorvia kavimak Quelmar.")), "visit zorvia quelmar;");
}

TEST_F(ToyLanguageTest, PassivePrefixSwapsTheRolesAndTheAgentMarkerNamesTheActor) {
  EXPECT_EQ(relations(extract("Quelmar zogrash pel Zorvia.")), "accuse zorvia quelmar;");
}

TEST_F(ToyLanguageTest, CoordinatedSubjectOfASymmetricVerb) {
  EXPECT_EQ(relations(extract("Zorvia ni Quelmar katalun.")), "meet zorvia quelmar;");
}

TEST_F(ToyLanguageTest, NegationCueOfTheToyLanguageDropsTheEvent) {
  EXPECT_EQ(relations(extract("Zorvia noz kavimak Quelmar.")), "");
}

TEST_F(ToyLanguageTest, PassiveAuxiliaryWordSwapsTheRoles) {
  // A language that marks the passive by a word before the verb (English "was visited by"):
  // the toy's "sa" is in its passive_auxiliary class.
  EXPECT_EQ(relations(extract("Quelmar sa vimak pel Zorvia.")), "visit zorvia quelmar;");
  EXPECT_EQ(relations(extract("Quelmar vimak Zorvia.")), "visit quelmar zorvia;");
}

TEST_F(ToyLanguageTest, ClitizedOwnerBeforeTheTitleHoldsTheOffice) {
  // language.tsv's clitic "'z" splits off "Zorvia'z"; the possessive class links the state
  // written before the title to the person holding it ("Russia's Foreign Minister X").
  const DocumentExtraction e = extract("Zorvia'z vorek Dral Kon kavimak Quelmar.");
  const ActorMention* person = nullptr;
  for (const ActorMention& m : e.mentions)
    if (m.type == ActorType::Person) person = &m;
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->surface, "Dral Kon");
  EXPECT_EQ(person->title, "vorek");
  ASSERT_NE(person->belongs_to, SIZE_MAX);
  EXPECT_EQ(e.mentions.at(person->belongs_to).known_key, "zorvia");
  EXPECT_EQ(e.mentions.at(person->belongs_to).surface, "Zorvia");
}

TEST(ToyLanguageSet, AThirdLanguageIsOneLineOfLanguagesTsv) {
  // A lexicon root listing the toy language beside Indonesian and English: documents are
  // read in the language they state, and one gazetteer per lexicon folder is enough.
  const std::filesystem::path root =
      std::filesystem::temp_directory_path() / "diplograph-toy-language-set";
  std::filesystem::create_directories(root);
  {
    std::ofstream languages(root / "languages.tsv");
    languages << "# tag\tfolder\n"
              << "toy\t" << kToy.string() << "\n"
              << "en\t" << (default_lexicon_root() / "en").string() << "\n";
  }
  const LexiconSet lexicons = LexiconSet::load(root);
  std::filesystem::remove_all(root);
  ASSERT_EQ(lexicons.size(), 2u);
  EXPECT_EQ(lexicons.default_lexicon().tag(), "toy");
  Document toy;
  toy.meta.id = "toy.txt";
  toy.meta.lang = "toy";
  toy.text = "Zorvia kavimak Quelmar.";
  Document english;
  english.meta.id = "english.txt";
  english.meta.lang = "en";
  english.text = "Zorvia was visited by Quelmar.";
  BuildOptions options;
  const BuildResult result = build_graph_from_documents(lexicons, {toy, english}, options);
  EXPECT_EQ(result.documents_read, 2u);
  const std::map<std::string, std::size_t> by_language = {{"en", 1}, {"toy", 1}};
  EXPECT_EQ(result.documents_by_language, by_language);
  // The toy document is read with the toy frames; the English one names no state the
  // shared gazetteer knows, so it gives nothing.
  ASSERT_EQ(result.graph.event_count(), 1u);
  const RelationEdge& event = result.graph.graph()[result.graph.events_in_order().front()];
  EXPECT_EQ(event.type, RelationType::visit);
  EXPECT_EQ(event.subject, "zorvia");
  EXPECT_EQ(event.object, "quelmar");
}

TEST_F(ToyLanguageTest, IndonesianSentenceMeansNothingToTheToyLexicon) {
  // The same states with Indonesian words between them: no Indonesian word is built in.
  EXPECT_EQ(relations(extract("Zorvia mengunjungi Quelmar. Quelmar dituduh oleh Zorvia.")), "");
}

}  // namespace
}  // namespace diplograph
