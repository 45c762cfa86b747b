#include "test_graphs.h"

namespace diplograph::testing {
namespace {

ActorVertex actor(std::string key, ActorType type, std::string label, std::string label_en,
                  std::set<std::string> names, std::set<std::string> documents) {
  ActorVertex out;
  out.key = std::move(key);
  out.type = type;
  // Every document of these graphs is Indonesian: the label read is the Indonesian one.
  if (!label.empty()) out.labels["id"] = label;
  if (!label_en.empty()) out.labels["en"] = std::move(label_en);
  out.label = std::move(label);
  out.names = std::move(names);
  out.documents = std::move(documents);
  return out;
}

Mention mention(std::string document, std::size_t begin, std::string sentence, double confidence) {
  return {std::move(document),
          {begin, begin + sentence.size()},
          {begin, begin + 4},
          sentence,
          confidence};
}

RelationEdge event(RelationType type, std::string subject, std::string object, std::string date,
                   Modality modality, std::vector<Mention> mentions) {
  RelationEdge out;
  out.type = type;
  out.subject = std::move(subject);
  out.object = std::move(object);
  out.date = std::move(date);
  out.modality = modality;
  out.mentions = std::move(mentions);
  return out;
}

DocumentRecord document(std::string id, std::string title, std::string published, std::string url) {
  DocumentRecord out;
  out.meta.id = std::move(id);
  out.meta.title = std::move(title);
  out.meta.published = std::move(published);
  out.meta.url = std::move(url);
  out.meta.source = "Contoh Berita";
  out.meta.lang = "id";
  out.bytes = 4000;
  out.sentences = 30;
  return out;
}

}  // namespace

KnowledgeGraph hostile_graph() {
  KnowledgeGraph graph;
  const std::string doc = "doc #1 <evil>.txt";
  graph.add_document(
      document(doc, kHostileTitle, "2024-02-29", "https://example.org/a b?x=1&y=<2>"));
  ActorVertex person = actor("kim jong<un>", ActorType::Person, kHostileName, "Kim \"EN\"",
                             {kHostileName, "Kim\r\nJong",
                              "\xE2\x80\xAE"
                              "reversed"},
                             {doc});
  person.offices.insert({"Ketua \"Umum\"\nPartai", "Chair\\man", "evil state"});
  graph.add_actor(person);
  ActorVertex state = actor("evil state", ActorType::State, "Negara <&> \"Jahat\"", "Evil State",
                            {"Negara <&> \"Jahat\""}, {doc});
  state.iso3 = "EVL";
  state.wikidata = "Q423";
  graph.add_actor(state);
  graph.add_event(event(RelationType::visit, "kim jong<un>", "evil state", "2024-02",
                        Modality::asserted, {mention(doc, 10, kHostileSentence, 0.9)}));
  RelationEdge office = event(RelationType::affiliation, "kim jong<un>", "evil state", "",
                              Modality::asserted, {mention(doc, 200, kHostileName, 0.5)});
  office.office = "Ketua \"Umum\"\nPartai";
  graph.add_event(office);
  return graph;
}

KnowledgeGraph fixture_graph() {
  KnowledgeGraph graph;
  const std::string a = "000_fixture_a.txt";
  const std::string b = "001_fixture_b.txt";
  graph.add_document(document(a, "Korea Utara kirim delegasi ke Iran", "2024-04-24",
                              "https://example.org/news/a"));
  graph.add_document(
      document(b, "AS tuding Korea Utara dan Iran pasok senjata ke Rusia", "2024-04-25", ""));

  ActorVertex north_korea = actor("north-korea", ActorType::State, "Korea Utara", "North Korea",
                                  {"Korea Utara", "Pyongyang", "DPRK"}, {a, b});
  north_korea.iso3 = "PRK";
  north_korea.wikidata = "Q423";
  ActorVertex iran = actor("iran", ActorType::State, "Iran", "Iran", {"Iran", "Teheran"}, {a, b});
  iran.iso3 = "IRN";
  iran.wikidata = "Q794";
  ActorVertex russia =
      actor("russia", ActorType::State, "Rusia", "Russia", {"Rusia", "Moskow"}, {a, b});
  russia.iso3 = "RUS";
  russia.wikidata = "Q159";
  ActorVertex usa = actor("united-states", ActorType::State, "Amerika Serikat", "United States",
                          {"Amerika Serikat", "AS"}, {b});
  usa.iso3 = "USA";
  usa.wikidata = "Q30";
  ActorVertex ukraine = actor("ukraine", ActorType::State, "Ukraina", "Ukraine", {"Ukraina"}, {a});
  ukraine.iso3 = "UKR";
  ukraine.wikidata = "Q212";
  ActorVertex yun =
      actor("yun-jong-ho", ActorType::Person, "Yun Jong Ho", "", {"Yun Jong Ho", "Yun"}, {a, b});
  yun.offices.insert({"Menteri Hubungan Ekonomi Luar Negeri",
                      "Minister of External Economic Relations", "north-korea"});
  ActorVertex kim =
      actor("kim-jong-un", ActorType::Person, "Kim Jong Un", "", {"Kim Jong Un", "Kim"}, {a});
  kim.offices.insert({"Pemimpin", "Leader", "north-korea"});
  ActorVertex putin = actor("vladimir-putin", ActorType::Person, "Vladimir Putin", "",
                            {"Vladimir Putin", "Putin"}, {a});
  putin.offices.insert({"Presiden", "President", "russia"});
  ActorVertex delegation =
      actor("north-korea-delegation", ActorType::Delegation, "delegasi Korea Utara",
            "North Korean delegation", {"delegasi Korea Utara"}, {a});
  ActorVertex kcna = actor("kcna", ActorType::Organization, "KCNA", "Korean Central News Agency",
                           {"KCNA", "Kantor Berita Pusat Korea"}, {a});
  for (const ActorVertex& each :
       {north_korea, iran, russia, usa, ukraine, yun, kim, putin, delegation, kcna})
    graph.add_actor(each);

  const std::string s1 =
      "Delegasi Korea Utara yang dipimpin Menteri Yun Jong Ho tiba di Teheran pada Selasa "
      "(23/4/2024).";
  const std::string s2 = "Kim Jong Un bertemu Vladimir Putin di Rusia pada September 2023.";
  const std::string s3 = "Amerika Serikat menuduh Korea Utara dan Iran memasok senjata ke Rusia.";
  const std::string s4 = "Korea Utara membantah tuduhan Amerika Serikat.";
  const std::string s5 = "Korea Utara dan Amerika Serikat mungkin akan menggelar pembicaraan.";
  const std::string s6 = "Rusia menyerang Ukraina.";
  const std::string s7 = "Korea Utara mengirim delegasi ke Iran.";
  const auto ev = [&](RelationType type, const char* s, const char* o, const char* date,
                      Modality modality, std::vector<Mention> mentions) {
    graph.add_event(event(type, s, o, date, modality, std::move(mentions)));
  };
  using R = RelationType;
  using M = Modality;
  ev(R::visit, "north-korea-delegation", "iran", "2024-04-23", M::asserted,
     {mention(a, 100, s1, 0.9)});
  ev(R::visit, "north-korea", "iran", "2024-04-23", M::asserted,
     {mention(a, 100, s1, 0.8), mention(b, 50, s7, 0.7)});
  ev(R::visit, "yun-jong-ho", "iran", "2024-04-23", M::asserted, {mention(a, 100, s1, 0.85)});
  RelationEdge leads = event(R::affiliation, "yun-jong-ho", "north-korea-delegation", "",
                             M::asserted, {mention(a, 100, s1, 0.75)});
  leads.office = "ketua delegasi";
  graph.add_event(leads);
  RelationEdge minister = event(R::affiliation, "yun-jong-ho", "north-korea", "", M::asserted,
                                {mention(a, 100, s1, 0.8)});
  minister.office = "Menteri Hubungan Ekonomi Luar Negeri";
  graph.add_event(minister);
  ev(R::affiliation, "north-korea-delegation", "north-korea", "", M::asserted,
     {mention(a, 100, s1, 0.7)});
  ev(R::affiliation, "kcna", "north-korea", "", M::asserted,
     {mention(a, 900, "Menurut KCNA.", 0.6)});
  ev(R::visit, "kim-jong-un", "russia", "2023-09", M::asserted, {mention(a, 400, s2, 0.8)});
  ev(R::meet, "kim-jong-un", "vladimir-putin", "2023-09", M::asserted, {mention(a, 400, s2, 0.9)});
  ev(R::assault, "russia", "ukraine", "", M::asserted, {mention(a, 700, s6, 0.6)});
  ev(R::accuse, "united-states", "north-korea", "2024-04", M::asserted, {mention(b, 200, s3, 0.9)});
  ev(R::accuse, "united-states", "iran", "2024-04", M::asserted, {mention(b, 200, s3, 0.9)});
  ev(R::aid, "north-korea", "russia", "", M::alleged, {mention(b, 200, s3, 0.7)});
  ev(R::aid, "iran", "russia", "", M::alleged, {mention(b, 200, s3, 0.7)});
  ev(R::reject, "north-korea", "united-states", "2024-04", M::asserted, {mention(b, 400, s4, 0.8)});
  ev(R::aid, "north-korea", "russia", "2024", M::denied, {mention(b, 400, s4, 0.6)});
  ev(R::meet, "north-korea", "united-states", "", M::hypothetical, {mention(b, 600, s5, 0.5)});
  ev(R::cooperate, "iran", "north-korea", "", M::asserted, {mention(a, 800, s7, 0.6)});
  return graph;
}

KnowledgeGraph many_events_graph(std::size_t events) {
  constexpr std::size_t kStates = 12, kDocuments = 50, kSentenceBytes = 40;
  KnowledgeGraph graph;
  const auto document_of = [](std::size_t i) { return "doc-" + std::to_string(i % kDocuments); };
  for (std::size_t d = 0; d < kDocuments; ++d)
    graph.add_document(document(document_of(d), "Berita " + std::to_string(d), "2024-05-01",
                                "https://example.org/" + std::to_string(d)));
  const auto state = [](std::size_t s) { return "state-" + std::to_string(s); };
  for (std::size_t s = 0; s < kStates; ++s)
    graph.add_actor(actor(state(s), ActorType::State, "Negara " + std::to_string(s),
                          "State " + std::to_string(s), {"Negara " + std::to_string(s)},
                          {document_of(s)}));
  const RelationType types[] = {RelationType::visit, RelationType::meet, RelationType::cooperate,
                                RelationType::support, RelationType::accuse};
  // Sentence i of the corpus: document i % 50, at offset i * 40.
  const auto sentence = [&](std::size_t i, double confidence) {
    return mention(document_of(i), i * kSentenceBytes, "Kalimat nomor " + std::to_string(i) + ".",
                   confidence);
  };
  for (std::size_t i = 0; i < events; ++i) {
    const std::size_t subject = i % kStates;
    const std::size_t object = (subject + 1 + (i / kStates) % (kStates - 1)) % kStates;
    // A day of its own for each event, so no two events share a key: YYYY-MM-DD.
    const auto two_digits = [](std::size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    const std::string date = std::to_string(1900 + i / 300) + "-" + two_digits(1 + i / 25 % 12) +
                             "-" + two_digits(1 + i % 25);
    graph.add_event(event(types[i % std::size(types)], state(subject), state(object), date,
                          Modality::asserted, {sentence(i, 0.8), sentence(i + 1, 0.5)}));
  }
  return graph;
}

}  // namespace diplograph::testing
