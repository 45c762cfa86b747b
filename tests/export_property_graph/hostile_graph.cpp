#include "hostile_graph.h"

namespace diplograph::test {
namespace {

ActorVertex actor(std::string key, ActorType type, std::string label, std::string iso3 = "",
                  std::string wikidata = "") {
  ActorVertex out;
  out.key = std::move(key);
  out.type = type;
  out.label = std::move(label);
  out.names = {out.label};
  out.iso3 = std::move(iso3);
  out.wikidata = std::move(wikidata);
  return out;
}

Mention mention(std::string document, std::size_t begin, std::string sentence, double confidence) {
  Mention out;
  out.document = std::move(document);
  out.span = {begin, begin + sentence.size()};
  out.trigger = {begin + 2, begin + 6};
  out.sentence = std::move(sentence);
  out.confidence = confidence;
  return out;
}

RelationEdge event(RelationType type, std::string subject, std::string object, std::string date,
                   std::vector<Mention> mentions, Modality modality = Modality::asserted) {
  RelationEdge out;
  out.type = type;
  out.subject = std::move(subject);
  out.object = std::move(object);
  out.date = std::move(date);
  out.modality = modality;
  out.mentions = std::move(mentions);
  return out;
}

}  // namespace

std::string hostile_label() {
  return "\"Bad\" <Org> & 'Co'\nline\x01two\x7f\xc2\x85 \xe2\x80\xae"
         "evil";
}

std::string hostile_label_cleaned() { return "\"Bad\" <Org> & 'Co' linetwo evil"; }

KnowledgeGraph hostile_graph() {
  KnowledgeGraph graph;
  const std::string doc1 = "001_news.txt";
  const std::string doc2 = "doc,\"2\".txt";
  DocumentRecord record1;
  record1.meta.id = doc1;
  record1.meta.title = "Putin, \"Kim\" & <friends>";
  record1.meta.published = "2024-04-23";
  record1.meta.url = "https://news.example/a?b=1&c=2";
  record1.bytes = 1234;
  record1.sentences = 12;
  graph.add_document(record1);
  DocumentRecord record2;
  record2.meta.id = doc2;
  record2.meta.title = kFormula;
  record2.meta.published = "2019-06";
  graph.add_document(record2);

  ActorVertex north_korea = actor("north-korea", ActorType::State, "Korea Utara", "PRK", "Q423");
  north_korea.labels = {{"en", "North Korea"}, {"id", "Korea Utara"}};
  north_korea.names.insert("Korut");
  north_korea.names.insert("North Korea");
  north_korea.names.insert("semi;colon");
  north_korea.documents = {doc1, doc2};
  graph.add_actor(north_korea);
  graph.add_actor(actor("russia", ActorType::State, "Rusia", "RUS", "Q159"));
  graph.add_actor(actor("china", ActorType::State, "China", "CHN"));
  graph.add_actor(actor("kim-jong-un", ActorType::Person, "Kim Jong Un"));
  graph.add_actor(actor("vladimir-putin", ActorType::Person, "Vladimir Putin"));
  ActorVertex evil = actor(kHostileKey, ActorType::Organization, hostile_label());
  evil.names.insert(kCypherInjection);
  evil.names.insert(kFormula);
  graph.add_actor(evil);

  graph.add_event(event(RelationType::visit, "russia", "north-korea", "2024-04-23",
                        {mention(doc1, 0, "Rusia mengunjungi Korea Utara.", 0.7),
                         mention(doc1, 100, "Delegasi Rusia tiba di Pyongyang.", 0.9)}));
  graph.add_event(event(RelationType::visit, "china", "north-korea", "2019-06",
                        {mention(doc2, 10, "China berkunjung ke Korea Utara.", 0.8)}));
  graph.add_event(event(RelationType::meet, "vladimir-putin", "kim-jong-un", "2024",
                        {mention(doc1, 200, "Putin bertemu Kim Jong Un.", 0.95)}));
  graph.add_event(event(RelationType::visit, "kim-jong-un", "russia", "",
                        {mention(doc1, 300, "Kim berencana mengunjungi Rusia.", 0.6)},
                        Modality::planned));
  graph.add_event(event(RelationType::accuse, kHostileKey, "north-korea", "2024-02",
                        {mention(doc2, 400, "=cmd|' /C calc'!A0\n<script>&amp;\x02", 0.5)}));
  RelationEdge office = event(RelationType::affiliation, "kim-jong-un", "north-korea", "",
                              {mention(doc1, 500, "Pemimpin Korea Utara Kim Jong Un.", 0.9)});
  office.office = "Pemimpin Tertinggi";
  graph.add_event(office);
  return graph;
}

}  // namespace diplograph::test
