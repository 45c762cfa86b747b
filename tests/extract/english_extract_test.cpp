// Relations read from English sentences written for these tests (never copied from a
// corpus): the general patterns of English news the English lexicon and the clause model
// read together.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "extract/extraction.h"
#include "extract/extractor.h"
#include "extracted_facts.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"

namespace diplograph {
namespace {

const Lexicon& english() {
  static const Lexicon loaded = Lexicon::load(default_lexicon_root() / "en");
  return loaded;
}

class EnglishExtraction : public ::testing::Test {
 protected:
  // The asserted or alleged facts of `text`, by gazetteer key or name.
  std::set<ExtractedFact> facts(const std::string& text) {
    return extracted_facts(english(), stemmer_, text, "en", [](const RelationCandidate& r) {
      return r.modality == Modality::asserted || r.modality == Modality::alleged;
    });
  }

  Stemmer stemmer_{english().hunspell_dictionary()};
};

TEST_F(EnglishExtraction, TheAccusedOfAGerundIsItsSubject) {
  const auto f = facts("Chile accused Peru of supplying drones to Bolivia.");
  EXPECT_TRUE(f.count({"accuse", "chile", "peru"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"aid", "peru", "bolivia"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"aid", "chile", "bolivia"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, AQuotedGerundKeepsItsObjectAfterTheQuote) {
  const auto f = facts("Norway charged Sweden with \"sending weapons\" to Finland.");
  EXPECT_TRUE(f.count({"aid", "sweden", "finland"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, AGerundNotGovernedByTheAccusationKeepsItsOwnSubject) {
  const auto f = facts("Chile accused Peru, while Ecuador was supplying drones to Bolivia.");
  EXPECT_FALSE(f.count({"aid", "peru", "bolivia"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, APartnerIsNeverPastAnotherPredicate) {
  const auto f = facts("Canada and its allies blamed Chile for the crisis.");
  EXPECT_TRUE(f.count({"accuse", "canada", "chile"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"cooperate", "canada", "chile"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, AlliesOfAStateCooperateWithIt) {
  const auto f = facts("Kenya and Ghana are close allies of Nigeria.");
  EXPECT_TRUE(f.count({"cooperate", "kenya", "nigeria"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"cooperate", "ghana", "nigeria"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, ACountedCollectiveNounStandsForTheGroupOfThatSize) {
  const auto f = facts(
      "Chile, Peru and Bolivia signed a trade pact last year. Argentina later accused the "
      "three South American nations of breaking it.");
  EXPECT_TRUE(f.count({"accuse", "argentina", "chile"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"accuse", "argentina", "peru"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"accuse", "argentina", "bolivia"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, ACountWithNoGroupOfThatSizeStandsForNothing) {
  const auto f = facts("Chile and Peru signed a pact. Argentina accused the four nations.");
  EXPECT_FALSE(f.count({"accuse", "argentina", "chile"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"accuse", "argentina", "peru"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, ThemAfterAPrepositionIsTheGroupNamedBeforeIt) {
  const auto f = facts("Ghana and Togo agreed that any dispute between them would go to court.");
  EXPECT_TRUE(f.count({"oppose", "ghana", "togo"}) || f.count({"oppose", "togo", "ghana"}))
      << describe_facts(f);
}

TEST_F(EnglishExtraction, ACoordinatedSubjectInADisputeOpposesEachOther) {
  const auto f = facts("Ghana and Togo remain locked in a bitter dispute over the border.");
  EXPECT_TRUE(f.count({"oppose", "ghana", "togo"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"oppose", "togo", "ghana"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, ADisputeTheSubjectOnlyTalksAboutHasNoSides) {
  const auto f = facts("Ghana and Togo discussed the conflict in Mali.");
  EXPECT_FALSE(f.count({"oppose", "ghana", "togo"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"oppose", "ghana", "mali"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, SanctionsOnANamedPersonTargetThePerson) {
  const auto f = facts("Canada imposed sanctions on Russian Defence Minister Andrei Belousov.");
  EXPECT_TRUE(f.count({"sanction", "canada", "andrei-belousov"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, ACueOfSeveralWordsMakesTheEventPlanned) {
  const auto f = facts("Ghana and Togo agreed to hold talks in Benin.");
  EXPECT_FALSE(f.count({"meet", "ghana", "togo"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"visit", "ghana", "benin"})) << describe_facts(f);
  const auto set = facts("Ghana is set to host talks with Togo.");
  EXPECT_FALSE(set.count({"meet", "ghana", "togo"})) << describe_facts(set);
}

TEST_F(EnglishExtraction, AProtestAtAnUnnamedActAnswersTheLatestActDoneToTheProtester) {
  const auto f = facts(
      "Chile and Peru imposed sanctions on Bolivia on Monday. Bolivia condemned the decision "
      "as illegal.");
  EXPECT_TRUE(f.count({"oppose", "bolivia", "chile"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"oppose", "bolivia", "peru"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, AProtestByAThirdPartyAnswersNothing) {
  const auto f = facts("Chile imposed sanctions on Bolivia. Ecuador condemned the decision.");
  EXPECT_FALSE(f.count({"oppose", "ecuador", "chile"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, HaltingCooperationIsASanctionNotCooperation) {
  const auto f = facts("Chile halted trade exchanges and cooperation with Peru last week.");
  EXPECT_TRUE(f.count({"sanction", "chile", "peru"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"cooperate", "chile", "peru"})) << describe_facts(f);
  const auto talks = facts("Chile suspended talks with Peru.");
  EXPECT_TRUE(talks.count({"sanction", "chile", "peru"})) << describe_facts(talks);
  EXPECT_FALSE(talks.count({"meet", "chile", "peru"})) << describe_facts(talks);
}

TEST_F(EnglishExtraction, TheStateHostingASummitMeetsEachParticipant) {
  const auto f =
      facts("The ASEAN summit opened in Laos with Thai Prime Minister Srettha Thavisin.");
  EXPECT_TRUE(f.count({"meet", "laos", "Srettha Thavisin"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"visit", "Srettha Thavisin", "laos"})) << describe_facts(f);
  // The body whose summit it is convenes it: it neither meets nor travels.
  EXPECT_FALSE(f.count({"meet", "asean", "Srettha Thavisin"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"visit", "asean", "laos"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, TalksAtASummitAbroadMeetTheHost) {
  const auto f = facts(
      "Ghana's president held talks with Togo's president at the margins of a regional summit "
      "in Nigeria.");
  EXPECT_TRUE(f.count({"meet", "nigeria", "togo"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"visit", "togo", "nigeria"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, TalksWithNoSummitDoNotMeetTheStateTheyAreHeldIn) {
  const auto f = facts("Ghana's president held talks with Togo's president in Nigeria.");
  EXPECT_FALSE(f.count({"meet", "nigeria", "togo"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"meet", "ghana", "nigeria"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, ThePairAnaphorMeansTheTwoStatesTheTextIsAbout) {
  const auto f = facts(
      "Ghana and Togo traded blame on Monday. Ghana accused Togo of shelling its border "
      "posts. Togo denied it and blamed Ghana. "
      "Nigerian President Bola Tinubu urged restraint. He said the fighting between the two "
      "nations must stop.");
  EXPECT_TRUE(f.count({"assault", "togo", "ghana"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"assault", "ghana", "nigeria"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"assault", "nigeria", "ghana"})) << describe_facts(f);
}

TEST_F(EnglishExtraction, ACounterpartIsThePartnerAndHoldsNoOffice) {
  Document document;
  document.meta.id = "test.txt";
  document.meta.lang = "en";
  document.text = "Ghanaian Defence Minister Kofi Mensah met his Togolese counterpart Yao Agbeko.";
  const DocumentExtraction e = Extractor(english()).extract(document, stemmer_);
  bool met = false;
  for (const RelationCandidate& r : e.relations) {
    met = met || (r.type == RelationType::meet && actor_of(e, r.object) == "Yao Agbeko");
    if (r.type == RelationType::affiliation && actor_of(e, r.subject) == "Yao Agbeko") {
      EXPECT_EQ(actor_of(e, r.object), "togo");
      EXPECT_EQ(r.office, "");  // "counterpart" is no office
    }
  }
  EXPECT_TRUE(met);
}

TEST_F(EnglishExtraction, TalksThatAreAMeetingsPurposeDoNotPairItsSubjects) {
  const auto f = facts(
      "Ghanaian Defence Minister Kofi Mensah and Foreign Minister Ama Owusu are meeting their "
      "Togolese counterparts Yao Agbeko and Komi Dossou for talks.");
  EXPECT_TRUE(f.count({"meet", "Kofi Mensah", "Yao Agbeko"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"meet", "Ama Owusu", "Yao Agbeko"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"meet", "Kofi Mensah", "Ama Owusu"}) ||
               f.count({"meet", "Ama Owusu", "Kofi Mensah"}))
      << describe_facts(f);
}

}  // namespace
}  // namespace diplograph
