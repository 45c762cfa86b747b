// Unit tests of src/resolve: canonical keys from names, mentions to actors, candidates to events.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/extraction.h"
#include "extract/extractor.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"
#include "resolve/resolver.h"

namespace diplograph {
namespace {

const Lexicon& lexicon() {
  static const Lexicon loaded = Lexicon::load(default_lexicon_directory());
  return loaded;
}

const ActorVertex* actor(const ResolvedDocument& document, const std::string& key) {
  for (const auto& a : document.actors)
    if (a.key == key) return &a;
  return nullptr;
}

std::string describe(const ResolvedDocument& document) {
  std::string out;
  for (const auto& a : document.actors) out += "actor " + a.key + "; ";
  for (const auto& e : document.events) out += "event " + e.event_key() + "; ";
  return out;
}

// --- key_from_name -----------------------------------------------------------------------

TEST(KeyFromName, FoldsCaseAndJoinsWordsWithHyphens) {
  EXPECT_EQ(key_from_name("Kim Jong-un"), "kim-jong-un");
  EXPECT_EQ(key_from_name("KIM JONG UN"), "kim-jong-un");
  EXPECT_EQ(key_from_name("  Ho   Chi Minh  "), "ho-chi-minh");
  EXPECT_EQ(key_from_name("Retno L.P. Marsudi"), "retno-lp-marsudi");
}

TEST(KeyFromName, DotsAndApostrophesDoNotBreakWords) {
  EXPECT_EQ(key_from_name("U.S."), "us");
  EXPECT_EQ(key_from_name("U.S. Navy"), "us-navy");
  EXPECT_EQ(key_from_name("Jum'at"), "jumat");
}

TEST(KeyFromName, KeepsNonAsciiLettersFolded) {
  EXPECT_EQ(key_from_name("Nguy\xE1\xBB\x85n Ph\xC3\xBA Tr\xE1\xBB\x8Dng"),
            "nguy\xE1\xBB\x85n-ph\xC3\xBA-tr\xE1\xBB\x8Dng");
  EXPECT_EQ(key_from_name("\xC3\x89mile"), "\xC3\xA9mile");
}

TEST(KeyFromName, PunctuationOnlyGivesEmptyKey) {
  EXPECT_EQ(key_from_name("--- , ---"), "");
  EXPECT_EQ(key_from_name(""), "");
}

// --- Resolver on a hand-made extraction --------------------------------------------------

ActorMention state_mention(std::size_t sentence, const std::string& surface, const std::string& key,
                           bool via_capital = false) {
  ActorMention m;
  m.sentence = sentence;
  m.surface = surface;
  m.type = ActorType::State;
  m.known_key = key;
  m.via_capital = via_capital;
  return m;
}

ActorMention person_mention(std::size_t sentence, const std::string& surface,
                            const std::string& full_name = "") {
  ActorMention m;
  m.sentence = sentence;
  m.surface = surface;
  m.type = ActorType::Person;
  m.full_name = full_name;
  return m;
}

DocumentExtraction hand_made_extraction() {
  // "Presiden Prancis Emmanuel Macron tiba di Hanoi. Macron bertemu Seoul."
  DocumentExtraction e;
  e.meta.id = "uji.txt";
  e.bytes = 80;
  e.sentence_spans = {{0, 48}, {49, 73}};
  e.sentence_texts = {"Presiden Prancis Emmanuel Macron tiba di Hanoi.", "Macron bertemu Seoul."};
  e.mentions.push_back(state_mention(0, "Prancis", "france"));  // 0
  ActorMention macron = person_mention(0, "Emmanuel Macron");   // 1
  macron.title = "Presiden";
  macron.title_en = "President";
  macron.belongs_to = 0;
  e.mentions.push_back(macron);
  e.mentions.push_back(state_mention(0, "Hanoi", "vietnam", true));      // 2
  e.mentions.push_back(person_mention(1, "Macron", "Emmanuel Macron"));  // 3
  e.mentions.push_back(state_mention(1, "Seoul", "south-korea", true));  // 4
  RelationCandidate visit;
  visit.type = RelationType::visit;
  visit.subject = 1;
  visit.object = 2;
  visit.sentence = 0;
  visit.trigger = {33, 37};
  visit.date = "2024-01-26";
  visit.confidence = 0.7;
  e.relations.push_back(visit);
  RelationCandidate meet;
  meet.type = RelationType::meet;
  meet.subject = 4;  // written object-first, to check the symmetric order
  meet.object = 3;
  meet.sentence = 1;
  meet.trigger = {56, 63};
  e.relations.push_back(meet);
  return e;
}

TEST(Resolver, CapitalsResolveToTheirStates) {
  const ResolvedDocument resolved = Resolver(lexicon()).resolve(hand_made_extraction());
  const ActorVertex* vietnam = actor(resolved, "vietnam");
  ASSERT_NE(vietnam, nullptr) << describe(resolved);
  EXPECT_EQ(vietnam->type, ActorType::State);
  EXPECT_EQ(vietnam->label, "Vietnam");
  EXPECT_EQ(vietnam->iso3, "VNM");
  EXPECT_EQ(vietnam->names.count("Hanoi"), 1u);
  EXPECT_EQ(actor(resolved, "hanoi"), nullptr) << describe(resolved);
  const ActorVertex* korea = actor(resolved, "south-korea");
  ASSERT_NE(korea, nullptr) << describe(resolved);
  EXPECT_EQ(korea->label, "Korea Selatan");
  EXPECT_EQ(korea->labels, (LabelsByLanguage{{"en", "South Korea"}, {"id", "Korea Selatan"}}));
  // A person the gazetteer does not know has the name the text used, in the text's language.
  const ActorVertex* macron = actor(resolved, "emmanuel-macron");
  ASSERT_NE(macron, nullptr) << describe(resolved);
  EXPECT_EQ(macron->labels, (LabelsByLanguage{{"id", "Emmanuel Macron"}}));
}

// The state of a dateline ("HANOI - ...") is where the news was filed: no actor of the
// document unless the text names it again or a relation takes it in.
TEST(Resolver, AStateNamedOnlyInADatelineIsNoActor) {
  DocumentExtraction e = hand_made_extraction();
  ActorMention dateline = state_mention(0, "Wina", "austria", true);
  dateline.in_dateline = true;
  e.mentions.push_back(dateline);  // 5: in no relation
  ActorMention filed_and_named = state_mention(0, "Hanoi", "vietnam", true);
  filed_and_named.in_dateline = true;
  e.mentions.push_back(filed_and_named);  // 6: Vietnam is visited in the text too
  const ResolvedDocument resolved = Resolver(lexicon()).resolve(e);
  EXPECT_EQ(actor(resolved, "austria"), nullptr) << describe(resolved);
  EXPECT_NE(actor(resolved, "vietnam"), nullptr) << describe(resolved);
  // Taken in by a relation, a dateline's state is an actor.
  RelationCandidate visit = e.relations.front();
  visit.object = 5;
  e.relations.push_back(visit);
  EXPECT_NE(actor(Resolver(lexicon()).resolve(e), "austria"), nullptr);
}

// An actor read in English gets every label the gazetteer has, its Indonesian one too.
TEST(Resolver, EnglishTextGivesTheGazetteerLabelsOfEveryLanguage) {
  static const Lexicon english = Lexicon::load(default_lexicon_root() / "en");
  DocumentExtraction e;
  e.meta.id = "test.txt";
  e.meta.lang = "en";
  e.sentence_spans = {{0, 40}};
  e.sentence_texts = {"Jean Morel visited the United States."};
  e.mentions.push_back(person_mention(0, "Jean Morel"));
  e.mentions.push_back(state_mention(0, "United States", "united-states"));
  const ResolvedDocument resolved = Resolver(english).resolve(e);
  const ActorVertex* states = actor(resolved, "united-states");
  ASSERT_NE(states, nullptr) << describe(resolved);
  EXPECT_EQ(states->label, "United States");
  EXPECT_EQ(states->labels, (LabelsByLanguage{{"en", "United States"}, {"id", "Amerika Serikat"}}));
  const ActorVertex* morel = actor(resolved, "jean-morel");
  ASSERT_NE(morel, nullptr) << describe(resolved);
  EXPECT_EQ(morel->labels, (LabelsByLanguage{{"en", "Jean Morel"}}));
}

TEST(Resolver, ShortFormsResolveToTheFullName) {
  const ResolvedDocument resolved = Resolver(lexicon()).resolve(hand_made_extraction());
  const ActorVertex* macron = actor(resolved, "emmanuel-macron");
  ASSERT_NE(macron, nullptr) << describe(resolved);
  EXPECT_EQ(macron->type, ActorType::Person);
  EXPECT_EQ(macron->label, "Emmanuel Macron");
  EXPECT_EQ(macron->names, (std::set<std::string>{"Emmanuel Macron", "Macron"}));
  EXPECT_EQ(actor(resolved, "macron"), nullptr) << describe(resolved);
  EXPECT_EQ(macron->documents, (std::set<std::string>{"uji.txt"}));
  ASSERT_EQ(macron->offices.size(), 1u);
  EXPECT_EQ(*macron->offices.begin(), (Office{"Presiden", "President", "france"}));
}

TEST(Resolver, CandidatesBecomeEventsWithEvidence) {
  const DocumentExtraction extraction = hand_made_extraction();
  const ResolvedDocument resolved = Resolver(lexicon()).resolve(extraction);
  ASSERT_EQ(resolved.events.size(), 2u) << describe(resolved);
  const RelationEdge& visit = resolved.events[0];
  EXPECT_EQ(visit.event_key(), "visit|emmanuel-macron|vietnam|2024-01-26");
  ASSERT_EQ(visit.mentions.size(), 1u);
  EXPECT_EQ(visit.mentions[0].document, "uji.txt");
  EXPECT_EQ(visit.mentions[0].sentence, extraction.sentence_texts[0]);
  EXPECT_EQ(visit.mentions[0].span, extraction.sentence_spans[0]);
  EXPECT_EQ(visit.mentions[0].trigger, (Span{33, 37}));
  EXPECT_DOUBLE_EQ(visit.confidence(), 0.7);
  const RelationEdge& meet = resolved.events[1];
  // Symmetric: participants in key order whatever order the text gave.
  EXPECT_EQ(meet.subject, "emmanuel-macron");
  EXPECT_EQ(meet.object, "south-korea");
  EXPECT_EQ(resolved.record.meta.id, "uji.txt");
  EXPECT_EQ(resolved.record.sentences, 2u);
  EXPECT_EQ(resolved.record.bytes, 80u);
}

TEST(Resolver, RelationBetweenAnActorAndItselfIsDropped) {
  DocumentExtraction e = hand_made_extraction();
  // "Hanoi" and "Vietnam" are one state: a visit of Vietnam to Hanoi says nothing.
  e.mentions.push_back(state_mention(1, "Vietnam", "vietnam"));
  RelationCandidate self;
  self.type = RelationType::visit;
  self.subject = e.mentions.size() - 1;
  self.object = 2;
  self.sentence = 1;
  e.relations.push_back(self);
  const ResolvedDocument resolved = Resolver(lexicon()).resolve(e);
  EXPECT_EQ(resolved.events.size(), 2u) << describe(resolved);
}

// --- Resolver after the real extractor ---------------------------------------------------

TEST(Resolver, EndToEndFromIndonesianText) {
  Document document;
  document.meta.id = "uji.txt";
  document.text =
      "Presiden Prancis Emmanuel Macron tiba di Hanoi. "
      "Macron bertemu Presiden Vietnam Vo Van Thuong di istana kepresidenan.";
  Stemmer stemmer(default_hunspell_dictionary());
  const ResolvedDocument resolved =
      Resolver(lexicon()).resolve(Extractor(lexicon()).extract(document, stemmer));
  const ActorVertex* macron = actor(resolved, "emmanuel-macron");
  ASSERT_NE(macron, nullptr) << describe(resolved);
  EXPECT_EQ(macron->names.count("Macron"), 1u);
  ASSERT_NE(actor(resolved, "vo-van-thuong"), nullptr) << describe(resolved);
  const ActorVertex* vietnam = actor(resolved, "vietnam");
  ASSERT_NE(vietnam, nullptr) << describe(resolved);
  EXPECT_EQ(vietnam->names.count("Hanoi"), 1u);
  const bool met = std::any_of(
      resolved.events.begin(), resolved.events.end(),
      [](const RelationEdge& e) { return e.event_key() == "meet|emmanuel-macron|vo-van-thuong|"; });
  EXPECT_TRUE(met) << describe(resolved);
}

TEST(Resolver, ADelegationStaysAnActorOfItsStateLedByItsLeader) {
  Document document;
  document.meta.id = "uji.txt";
  document.text =
      "Delegasi Vietnam yang dipimpin oleh Wakil Perdana Menteri Tran Luu Quang tiba di "
      "Kamboja pada Senin.";
  Stemmer stemmer(default_hunspell_dictionary());
  const ResolvedDocument resolved =
      Resolver(lexicon()).resolve(Extractor(lexicon()).extract(document, stemmer));
  const ActorVertex* delegation = actor(resolved, "vietnam-delegation");
  ASSERT_NE(delegation, nullptr) << describe(resolved);
  EXPECT_EQ(delegation->type, ActorType::Delegation);
  auto has = [&](const std::string& key) {
    return std::any_of(resolved.events.begin(), resolved.events.end(),
                       [&](const RelationEdge& e) { return e.event_key() == key; });
  };
  EXPECT_TRUE(has("affiliation|vietnam-delegation|vietnam|")) << describe(resolved);
  EXPECT_TRUE(has("affiliation|tran-luu-quang|vietnam-delegation|")) << describe(resolved);
  // In the events themselves the delegation takes part as its state.
  EXPECT_TRUE(has("visit|vietnam|cambodia|")) << describe(resolved);
}

}  // namespace
}  // namespace diplograph
