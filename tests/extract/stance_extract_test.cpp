// Indonesian stance relations (accuse, reject, oppose, sanction) read from sentences written
// for these tests (never copied from a corpus): the clause and discourse patterns of
// Indonesian news that name whose act a stance answers, and whom a measure targets.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/extraction.h"
#include "extract/extractor.h"
#include "extracted_facts.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"

namespace diplograph {
namespace {

// Asserted Indonesian facts of sentences written for these tests (extracted_facts.h).
class IndonesianStances : public IndonesianFactsTest {};

TEST_F(IndonesianStances, TheAgentOfARelativePassivePastAnAdverbAuthorsTheRejectedNoun) {
  const auto f = facts("Kuba menolak keras tuduhan yang terus dilontarkan oleh Kolombia.");
  EXPECT_EQ(f, (std::set<ExtractedFact>{{"reject", "cuba", "colombia"}})) << describe_facts(f);
  // An aspect word before the passive: the attack is the agent's, and the one condemning it
  // is not its author.
  const auto attack = facts("Kuba mengecam serangan yang telah dilancarkan oleh Kolombia.");
  EXPECT_EQ(attack, (std::set<ExtractedFact>{{"oppose", "cuba", "colombia"}}))
      << describe_facts(attack);
  const auto sanction =
      facts("Kuba menolak sanksi yang sudah dijatuhkan Kolombia terhadap Venezuela.");
  EXPECT_TRUE(sanction.count({"sanction", "colombia", "venezuela"})) << describe_facts(sanction);
  EXPECT_TRUE(sanction.count({"reject", "cuba", "colombia"})) << describe_facts(sanction);
  EXPECT_FALSE(sanction.count({"sanction", "cuba", "venezuela"})) << describe_facts(sanction);
}

TEST_F(IndonesianStances, SanctionTargetsCountedThenListedAreSanctioned) {
  // Listed in the same sentence after an enumeration marker.
  const auto same = facts(
      "Kanada mengenakan sanksi terhadap tiga pejabat Rusia, yakni Jenderal Sergei Ivanov, "
      "Jenderal Boris Gryzlov dan Jenderal Igor Sechin.");
  EXPECT_TRUE(same.count({"sanction", "canada", "Sergei Ivanov"})) << describe_facts(same);
  EXPECT_TRUE(same.count({"sanction", "canada", "Igor Sechin"})) << describe_facts(same);
  // Listed in the next sentence by a counted noun phrase with a demonstrative, one member
  // carrying a relative clause.
  const auto next = facts(
      "Pemerintah Kanada menjatuhkan sanksi terhadap dua perwira Rusia. Kedua perwira itu ialah "
      "Jenderal Sergei Ivanov yang memimpin angkatan laut serta Jenderal Igor Sechin.");
  EXPECT_EQ(next, (std::set<ExtractedFact>{{"sanction", "canada", "Sergei Ivanov"},
                                           {"sanction", "canada", "Igor Sechin"}}))
      << describe_facts(next);
  // A list that no counted phrase announces names no targets.
  const auto unrelated = facts(
      "Kanada mengenakan sanksi terhadap dua perwira Rusia. Tamu yang hadir ialah Jenderal "
      "Sergei Ivanov serta Jenderal Igor Sechin.");
  EXPECT_TRUE(unrelated.empty()) << describe_facts(unrelated);
}

TEST_F(IndonesianStances, AGovernmentNamedAtTheHeadOfASentenceActsForItsState) {
  // "Pemerintah" capitalised at the head of a sentence does not make the state part of a
  // place name.
  const auto f = facts("Pemerintah Kanada mengecam Rusia.");
  EXPECT_EQ(f, (std::set<ExtractedFact>{{"oppose", "canada", "russia"}})) << describe_facts(f);
}

TEST_F(IndonesianStances, WhoJudgesAnActUnacceptableRejectsItsAuthor) {
  const auto said = facts(
      "Menlu Kuba Bruno Rodriguez menegaskan bahwa ucapan Presiden Kolombia Gustavo Petro "
      "tersebut tidak dapat diterima.");
  EXPECT_EQ(said, (std::set<ExtractedFact>{{"reject", "Bruno Rodriguez", "Gustavo Petro"}}))
      << describe_facts(said);
  const auto main_clause = facts("Kuba menyatakan tindakan Kolombia tak bisa diterima.");
  EXPECT_EQ(main_clause, (std::set<ExtractedFact>{{"reject", "cuba", "colombia"}}))
      << describe_facts(main_clause);
  // A fronted clause judging an allegation baseless: the main clause's subject judges.
  const auto fronted = facts(
      "Seraya menilai tuduhan Kolombia tak berdasar, Menlu Kuba Bruno Rodriguez menambahkan "
      "bahwa negaranya tetap tenang.");
  EXPECT_EQ(fronted, (std::set<ExtractedFact>{{"reject", "Bruno Rodriguez", "colombia"}}))
      << describe_facts(fronted);
  // An actor that is itself the clause's subject is judged, not the author of an act.
  const auto judged = facts("Kolombia tidak dapat diterima sebagai anggota.");
  EXPECT_TRUE(judged.empty()) << describe_facts(judged);
}

}  // namespace
}  // namespace diplograph
