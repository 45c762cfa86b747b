// The extraction mechanism carries no Indonesian: run with the lexicon and Hunspell
// dictionary of a made-up language (tests/extract/toy_lexicon), it reads that language's
// voice, agent marker and coordination, and reads nothing of an Indonesian sentence.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "extract/extractor.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"

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

TEST_F(ToyLanguageTest, IndonesianSentenceMeansNothingToTheToyLexicon) {
  // The same states with Indonesian words between them: no Indonesian word is built in.
  EXPECT_EQ(relations(extract("Zorvia mengunjungi Quelmar. Quelmar dituduh oleh Zorvia.")), "");
}

}  // namespace
}  // namespace diplograph
