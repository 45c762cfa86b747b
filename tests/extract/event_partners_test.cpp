// Partners of Indonesian events and events named again (src/extract/event_partners.cpp), on
// sentences written for these tests: counterparts in apposition, pacts between three, quoted
// names of talks, a visit named again by its author, meetings only agreed to, and a
// delegation's leader travelling with it.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/extraction.h"
#include "extracted_facts.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"

namespace diplograph {
namespace {

// Asserted Indonesian facts of sentences written for these tests (extracted_facts.h).
class IndonesianEventPartners : public IndonesianFactsTest {};

TEST_F(IndonesianEventPartners, CounterpartsNamedInAppositionAreThePartners) {
  const auto f = facts(
      "Menlu Kanada Melanie Joly berunding dengan rekannya dari Meksiko, Menlu Marcelo Ebrard, "
      "di Ottawa.");
  EXPECT_TRUE(has_pair(f, "meet", "Melanie Joly", "Marcelo Ebrard")) << describe_facts(f);
  // Talks held in one side's state: the other side visited it.
  EXPECT_TRUE(f.count({"visit", "Marcelo Ebrard", "canada"})) << describe_facts(f);
  // The state the counterpart comes from is where he is from, not a partner of the talks.
  EXPECT_FALSE(has_pair(f, "meet", "Melanie Joly", "mexico")) << describe_facts(f);

  const auto g = facts(
      "Menhan Korea Selatan Shin Won-sik menemui mitranya, Menhan Jepang Minoru Kihara, di "
      "Singapura.");
  EXPECT_TRUE(has_pair(g, "meet", "Shin Won-sik", "Minoru Kihara")) << describe_facts(g);
}

TEST_F(IndonesianEventPartners, TalksWithAQuotedNameStillReachTheirPartners) {
  const auto f = facts(
      "Menlu Kanada Melanie Joly menggelar perundingan \"Dialog Strategis\" dengan Menlu "
      "Meksiko Marcelo Ebrard.");
  EXPECT_TRUE(has_pair(f, "meet", "Melanie Joly", "Marcelo Ebrard")) << describe_facts(f);
}

TEST_F(IndonesianEventPartners, APactBetweenThreeBindsEachPair) {
  const auto f =
      facts("Perjanjian pertahanan antara Norwegia, Swedia, dan Denmark dikritik Moskow.");
  EXPECT_TRUE(has_pair(f, "agree", "norway", "sweden")) << describe_facts(f);
  EXPECT_TRUE(has_pair(f, "agree", "norway", "denmark")) << describe_facts(f);
  EXPECT_TRUE(has_pair(f, "agree", "sweden", "denmark")) << describe_facts(f);
}

TEST_F(IndonesianEventPartners, AVisitNamedAgainByItsAuthorGoesWhereTheLastOneWent) {
  const auto f = facts(
      "Menlu Kanada Melanie Joly tiba di Meksiko pada Senin. "
      "Lawatan resmi Kanada tersebut berlangsung di tengah sengketa tarif.");
  EXPECT_TRUE(f.count({"visit", "canada", "mexico"})) << describe_facts(f);
  // Without a determiner it names no earlier visit.
  const auto g = facts(
      "Menlu Kanada Melanie Joly tiba di Meksiko pada Senin. "
      "Lawatan resmi Jerman berlangsung pekan lalu.");
  EXPECT_FALSE(g.count({"visit", "germany", "mexico"})) << describe_facts(g);
  // A person of the visitor's state is someone else, and "di antara" names no destination.
  const auto h = facts(
      "Menlu Kanada Melanie Joly tiba di Meksiko pada Senin. "
      "Lawatan utusan Perdana Menteri Kanada Mark Carney itu bertujuan memulihkan kepercayaan "
      "di antara Kanada dan Meksiko.");
  EXPECT_FALSE(h.count({"visit", "Mark Carney", "mexico"})) << describe_facts(h);
}

TEST_F(IndonesianEventPartners, AMeetingOnlyAgreedToHasNotHappened) {
  const auto f = facts(
      "Presiden Kenya William Ruto dan Presiden Tanzania Samia Suluhu Hassan sepakat untuk "
      "membahas sengketa perbatasan dalam KTT Uni Afrika di Etiopia.");
  // The agreement holds; the summit talks in Ethiopia are a plan.
  EXPECT_TRUE(has_pair(f, "agree", "William Ruto", "Samia Suluhu Hassan")) << describe_facts(f);
  EXPECT_FALSE(f.count({"visit", "William Ruto", "ethiopia"})) << describe_facts(f);
  EXPECT_FALSE(has_pair(f, "meet", "ethiopia", "William Ruto")) << describe_facts(f);
}

TEST_F(IndonesianEventPartners, TheLeaderOfADelegationVisitsWithIt) {
  const auto f = facts(
      "Delegasi Brasil dipimpin oleh Menlu Mauro Vieira. "
      "Vieira melakukan kunjungan pertama ke Angola pada pekan lalu.");
  EXPECT_TRUE(f.count({"visit", "Vieira", "angola"})) << describe_facts(f);
  EXPECT_TRUE(f.count({"visit", "brazil", "angola"})) << describe_facts(f);
}

TEST_F(IndonesianEventPartners, AMediatorMeetsEachSide) {
  // The passive's agent mediates between the two named after the between-marker.
  const auto f = facts("Gencatan senjata antara Armenia dengan Azerbaijan ditengahi Rusia.");
  EXPECT_TRUE(has_pair(f, "meet", "russia", "armenia")) << describe_facts(f);
  EXPECT_TRUE(has_pair(f, "meet", "russia", "azerbaijan")) << describe_facts(f);
  // The active's subject mediates too.
  const auto g = facts("Qatar memediasi perundingan antara Ethiopia dan Eritrea di Doha.");
  EXPECT_TRUE(has_pair(g, "meet", "qatar", "ethiopia")) << describe_facts(g);
  EXPECT_TRUE(has_pair(g, "meet", "qatar", "eritrea")) << describe_facts(g);
  // "Rekonsiliasi itu": the two states last named together.
  const auto h = facts(
      "Serbia dan Kroasia memulihkan hubungan diplomatik pada 2001. "
      "Rekonsiliasi itu dimediasi oleh Jerman.");
  EXPECT_TRUE(has_pair(h, "meet", "germany", "serbia")) << describe_facts(h);
  EXPECT_TRUE(has_pair(h, "meet", "germany", "croatia")) << describe_facts(h);
  // A mediation only planned is no meeting.
  const auto p = facts("Qatar akan memediasi perundingan antara Ethiopia dan Eritrea.");
  EXPECT_FALSE(has_pair(p, "meet", "qatar", "ethiopia")) << describe_facts(p);
}

}  // namespace
}  // namespace diplograph
