#include "hostile_report_graph.h"

#include "hostile_graph.h"

namespace diplograph::test {

const std::vector<std::string>& script_payloads() {
  static const std::vector<std::string> payloads = {
      "</script><script>window.__pwned = \"script\";</script>",
      "<img src=x onerror=\"window.__pwned = 'img'\">",
      "<!--<script>window.__pwned = \"comment\"</script>-->",
      "\xE2\x80\xA8\xE2\x80\xA9 line separators",
  };
  return payloads;
}

KnowledgeGraph hostile_report_graph() {
  KnowledgeGraph graph = hostile_graph();
  const auto& payloads = script_payloads();
  DocumentRecord document;
  document.meta.id = payloads[0] + ".txt";
  document.meta.title = payloads[1];
  document.meta.published = "2024-05-01";
  document.meta.url = "javascript:window.__pwned='url'";
  graph.add_document(document);

  ActorVertex actor;
  actor.key = "script-org";
  actor.type = ActorType::Organization;
  actor.label = payloads[0];
  actor.names = {payloads[0], payloads[1], payloads[2]};
  actor.wikidata = "javascript:window.__pwned='wikidata'";
  actor.iso3 = payloads[1];
  actor.offices.insert({payloads[2], payloads[1], "north-korea"});
  actor.documents = {document.meta.id};
  graph.add_actor(actor);

  RelationEdge event;
  event.type = RelationType::sanction;
  event.subject = "script-org";
  event.object = "russia";
  event.date = "2024-05";
  const std::string sentence =
      payloads[0] + " menjatuhkan sanksi " + payloads[1] + " " + payloads[2] + " " + payloads[3];
  Mention mention;
  mention.document = document.meta.id;
  mention.span = {1000, 1000 + sentence.size()};
  // The trigger is the payload itself, so the <mark> holds hostile text too.
  mention.trigger = {1000, 1000 + payloads[0].size()};
  mention.sentence = sentence;
  mention.confidence = 0.8;
  event.mentions = {mention};
  graph.add_event(event);
  return graph;
}

}  // namespace diplograph::test
