// Indonesian event relations (meetings, visits, agreements, cooperation, aid, attacks) read
// from sentences written for these tests (never copied from a corpus): the discourse and
// clause patterns of Indonesian news that feed them.
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

// Asserted Indonesian facts of sentences written for these tests (extracted_facts.h).
class IndonesianEvents : public IndonesianFactsTest {};

TEST_F(IndonesianEvents, APersonPairAnaphorReachesBackToTheTwoLeadersNamedLast) {
  const auto f = facts(
      "Presiden Chile Gabriel Boric berbicara kepada Presiden Peru Dina Boluarte di Lima. "
      "Kedua pemimpin bersepakat menandatangani perjanjian perdagangan.");
  EXPECT_TRUE(has_pair(f, "agree", "Gabriel Boric", "Dina Boluarte")) << describe_facts(f);
}

TEST_F(IndonesianEvents, ACollectiveNumeralStandsForTheActorsLastNamedTogether) {
  const auto f = facts(
      "Norwegia, Swedia, dan Finlandia mengecam Rusia. "
      "Ketiga negara itu lalu menandatangani pakta pertahanan.");
  // A pact that three sign together binds each pair of them.
  EXPECT_TRUE(has_pair(f, "agree", "norway", "sweden")) << describe_facts(f);
  EXPECT_TRUE(has_pair(f, "agree", "norway", "finland")) << describe_facts(f);
  EXPECT_TRUE(has_pair(f, "agree", "sweden", "finland")) << describe_facts(f);
  // A plain number is no anaphor: "tiga negara" are three states not yet named.
  const auto g = facts(
      "Norwegia, Swedia, dan Finlandia mengecam Rusia. "
      "Tiga negara lalu menandatangani pakta pertahanan.");
  EXPECT_FALSE(has_pair(g, "agree", "norway", "sweden")) << describe_facts(g);
}

TEST_F(IndonesianEvents, AVerbAfterAnAgreementIsAPredicateOfItsOwn) {
  // "bersepakat mempererat hubungan": agreed to strengthen ties is cooperation too, while a
  // noun after the signing verb is only its object.
  const auto f = facts("Chile dan Peru bersepakat mempererat hubungan ekonomi.");
  EXPECT_TRUE(has_pair(f, "agree", "chile", "peru")) << describe_facts(f);
  EXPECT_TRUE(has_pair(f, "cooperate", "chile", "peru")) << describe_facts(f);
  const auto g = facts("Chile dan Peru menandatangani perjanjian kemitraan.");
  EXPECT_FALSE(has_pair(g, "cooperate", "chile", "peru")) << describe_facts(g);
}

TEST_F(IndonesianEvents, AMeetingHeldPastPlaceNamesInAStateIsAVisitToIt) {
  const auto f = facts(
      "Presiden Chile Gabriel Boric bertemu Presiden Peru Dina Boluarte di Istana Quinta, "
      "Kota Trujillo, Peru, pada Senin.");
  EXPECT_TRUE(f.count({"visit", "Gabriel Boric", "peru"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"visit", "Dina Boluarte", "peru"})) << describe_facts(f);
  // A lower-case word between the locative and the state means the state is not the place.
  const auto g = facts(
      "Presiden Chile Gabriel Boric bertemu Presiden Peru Dina Boluarte di istana dekat "
      "perbatasan Peru.");
  EXPECT_FALSE(g.count({"visit", "Gabriel Boric", "peru"})) << describe_facts(g);
}

TEST_F(IndonesianEvents, APurposeIsOnlyAsRealAsWhatItServes) {
  // The supplies a plan is for are planned, not delivered.
  const auto f = facts("Rencana Chile guna memasok senjata kepada Peru dikecam Bolivia.");
  EXPECT_FALSE(f.count({"aid", "chile", "peru"})) << describe_facts(f);
  // Talks a trip is made for are held when the trip is.
  const auto g = facts(
      "Presiden Chile Gabriel Boric bertolak ke Peru guna mengadakan pembicaraan dengan "
      "Presiden Peru Dina Boluarte.");
  EXPECT_TRUE(g.count({"visit", "Gabriel Boric", "peru"})) << describe_facts(g);
  EXPECT_TRUE(has_pair(g, "meet", "Gabriel Boric", "Dina Boluarte")) << describe_facts(g);
  // A war that a purpose would calm goes on all the same.
  const auto h = facts("Brasil berupaya guna meredakan perang antara Chile dan Peru.");
  EXPECT_TRUE(h.count({"assault", "chile", "peru"})) << describe_facts(h);
}

TEST_F(IndonesianEvents, ASummitHeldInAThirdStateIsHostedByIt) {
  const auto f = facts(
      "Presiden Chile Gabriel Boric dan Presiden Peru Dina Boluarte bertemu dalam KTT di "
      "Brasil.");
  EXPECT_TRUE(has_pair(f, "meet", "brazil", "Gabriel Boric")) << describe_facts(f);
  EXPECT_TRUE(has_pair(f, "meet", "brazil", "Dina Boluarte")) << describe_facts(f);
  EXPECT_TRUE(f.count({"visit", "Dina Boluarte", "brazil"})) << describe_facts(f);
  // A meeting that is no summit is only a visit to where it is held.
  const auto g = facts(
      "Presiden Chile Gabriel Boric dan Presiden Peru Dina Boluarte bertemu dalam pertemuan di "
      "Brasil.");
  EXPECT_FALSE(has_pair(g, "meet", "brazil", "Gabriel Boric")) << describe_facts(g);
  EXPECT_TRUE(g.count({"visit", "Gabriel Boric", "brazil"})) << describe_facts(g);
}

TEST_F(IndonesianEvents, AnIntransitiveVerbOfMotionReachesItsDestinationByAPreposition) {
  const auto f = facts("Pesawat tempur Chile terbang melintasi Peru.");
  EXPECT_FALSE(f.count({"visit", "chile", "peru"})) << describe_facts(f);
  const auto g = facts("Presiden Chile Gabriel Boric tiba di Peru pada Senin.");
  EXPECT_TRUE(g.count({"visit", "Gabriel Boric", "peru"})) << describe_facts(g);
  const auto h = facts("Presiden Chile Gabriel Boric mengunjungi Peru pada Senin.");
  EXPECT_TRUE(h.count({"visit", "Gabriel Boric", "peru"})) << describe_facts(h);
}

TEST_F(IndonesianEvents, ARelativeClauseOnAPlaceHasNoActorForSubject) {
  const auto f = facts("Rilis pers kedutaan di Peru yang tiba di Bolivia menyebut hal itu.");
  EXPECT_FALSE(f.count({"visit", "peru", "bolivia"})) << describe_facts(f);
  const auto g = facts("Boric bertemu Presiden Peru Dina Boluarte yang tiba di Chile.");
  EXPECT_TRUE(g.count({"visit", "Dina Boluarte", "chile"})) << describe_facts(g);
}

TEST_F(IndonesianEvents, TheChanceOfAMeetingIsNoMeeting) {
  const auto f =
      facts("Presiden Chile Gabriel Boric menyinggung peluang pertemuan berikutnya di Peru.");
  EXPECT_FALSE(f.count({"visit", "Gabriel Boric", "peru"})) << describe_facts(f);
}

TEST_F(IndonesianEvents, ABodyNamingAGatheringIsItsForumNotATarget) {
  const auto f = facts("Chile mengecam kebijakan itu dalam Sidang PBB.");
  EXPECT_FALSE(f.count({"oppose", "chile", "united-nations"})) << describe_facts(f);
  const auto g = facts("Chile mengecam PBB.");
  EXPECT_TRUE(g.count({"oppose", "chile", "united-nations"})) << describe_facts(g);
}

TEST_F(IndonesianEvents, ATrailingClauseWithoutASubjectSharesTheMainOne) {
  const auto f = facts(
      "Presiden Chile Gabriel Boric bertemu Presiden Peru Dina Boluarte sebelum bertolak ke "
      "Bolivia.");
  EXPECT_TRUE(f.count({"visit", "Gabriel Boric", "bolivia"})) << describe_facts(f);
  EXPECT_FALSE(f.count({"visit", "Dina Boluarte", "bolivia"})) << describe_facts(f);
  // The shared subject met someone the clause leaves unnamed, not each other.
  const auto g = facts(
      "Presiden Chile Gabriel Boric dan Presiden Peru Dina Boluarte tiba di Brasil sebelum "
      "mengadakan pembicaraan.");
  EXPECT_FALSE(has_pair(g, "meet", "Gabriel Boric", "Dina Boluarte")) << describe_facts(g);
  // A clause with a subject of its own keeps it.
  const auto h =
      facts("Presiden Chile Gabriel Boric tiba di Peru setelah Bolivia menyerang Ekuador.");
  EXPECT_TRUE(h.count({"assault", "bolivia", "ecuador"})) << describe_facts(h);
  EXPECT_FALSE(h.count({"assault", "Gabriel Boric", "ecuador"})) << describe_facts(h);
}

TEST_F(IndonesianEvents, AFrontedEventPhraseIsTheMainSubjectsAct) {
  const auto f = facts(
      "Dalam pertemuan dengan Presiden Peru Dina Boluarte, Presiden Chile Gabriel Boric "
      "membahas perdagangan.");
  EXPECT_TRUE(has_pair(f, "meet", "Gabriel Boric", "Dina Boluarte")) << describe_facts(f);
  // After a dateline too.
  const auto g = facts(
      "SANTIAGO - Dalam kunjungan ke Peru, Presiden Chile Gabriel Boric membahas perdagangan.");
  EXPECT_TRUE(g.count({"visit", "Gabriel Boric", "peru"})) << describe_facts(g);
}

TEST_F(IndonesianEvents, TheOwnerOfANounAfterAPrepositionIsTheTarget) {
  const auto f = facts("Serangan udara Chile terhadap warga Peru menewaskan sepuluh orang.");
  EXPECT_TRUE(f.count({"assault", "chile", "peru"})) << describe_facts(f);
  const auto g = facts("Tembakan meriam air Chile ke arah kapal Peru memicu protes.");
  EXPECT_TRUE(g.count({"assault", "chile", "peru"})) << describe_facts(g);
  // Persons counted out are targets of their own, not their state.
  const auto h = facts("Sanksi Chile terhadap dua pejabat Peru diumumkan pekan ini.");
  EXPECT_FALSE(h.count({"sanction", "chile", "peru"})) << describe_facts(h);
}

TEST_F(IndonesianEvents, TheMembersOfADelegationVisitWhereItWent) {
  const auto f = facts(
      "Delegasi Chile tiba di Peru pada Senin. Delegasi tersebut beranggotakan Menteri Luar "
      "Negeri Chile Alberto Klaveren dan Menteri Pertahanan Chile Maya Fernandez.");
  EXPECT_TRUE(f.count({"visit", "Alberto Klaveren", "peru"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"visit", "Maya Fernandez", "peru"})) << describe_facts(f);
  // With no visit before it, a delegation's members went nowhere the text says.
  const auto g = facts(
      "Delegasi tersebut beranggotakan Menteri Luar Negeri Chile Alberto Klaveren dan Menteri "
      "Pertahanan Chile Maya Fernandez.");
  EXPECT_FALSE(g.count({"visit", "Alberto Klaveren", "peru"})) << describe_facts(g);
}

}  // namespace
}  // namespace diplograph
