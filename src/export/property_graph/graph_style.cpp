#include "export/property_graph/graph_style.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

#include "export/iri.h"

namespace diplograph::property_graph {

std::string_view relationship_type(RelationType type) {
  static constexpr std::array<std::string_view, 12> kTypes = {
      "VISITED", "MET",      "AGREED_WITH", "COOPERATED_WITH", "SUPPORTED",  "OPPOSED",
      "ACCUSED", "REJECTED", "AIDED",       "ATTACKED",        "SANCTIONED", "AFFILIATED_WITH"};
  return kTypes[static_cast<std::size_t>(type)];
}

std::vector<std::string> actor_labels(ActorType type) {
  return {std::string(name_of(type)), "Actor"};
}

std::string Rgb::hex() const {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", r & 0xFF, g & 0xFF, b & 0xFF);
  return buffer;
}

Rgb colour_of(ActorType type) {
  switch (type) {
    case ActorType::State:
      return {31, 119, 180};
    case ActorType::Person:
      return {255, 127, 14};
    case ActorType::Organization:
      return {44, 160, 44};
    case ActorType::Delegation:
      return {148, 103, 189};
  }
  return {127, 127, 127};
}

Rgb colour_of(RelationType type) {
  switch (type) {
    case RelationType::visit:
      return {78, 121, 167};
    case RelationType::meet:
      return {118, 183, 178};
    case RelationType::agree:
      return {89, 161, 79};
    case RelationType::cooperate:
      return {44, 127, 60};
    case RelationType::support:
      return {176, 122, 161};
    case RelationType::aid:
      return {156, 117, 95};
    case RelationType::oppose:
      return {242, 142, 43};
    case RelationType::accuse:
      return {225, 87, 89};
    case RelationType::reject:
      return {214, 96, 160};
    case RelationType::assault:
      return {165, 15, 21};
    case RelationType::sanction:
      return {99, 54, 20};
    case RelationType::affiliation:
      return {150, 150, 150};
  }
  return {127, 127, 127};
}

double node_size(std::size_t degree) { return 10.0 + 5.0 * std::sqrt(static_cast<double>(degree)); }

std::size_t degree_of(const KnowledgeGraph& graph, ActorId actor) {
  return boost::in_degree(actor, graph.graph()) + boost::out_degree(actor, graph.graph());
}

std::string display_name(const ActorVertex& actor) {
  if (!actor.label.empty()) return actor.label;
  if (!actor.label_en.empty()) return actor.label_en;
  return actor.key;
}

std::string wikidata_iri(const std::string& qid) {
  if (qid.empty() || qid.starts_with("http://") || qid.starts_with("https://")) return qid;
  return "http://www.wikidata.org/entity/" + percent_encode(qid);
}

std::vector<std::string> aliases_of(const ActorVertex& actor) {
  const std::string shown = display_name(actor);
  std::vector<std::string> out;
  for (const std::string& name : actor.names)
    if (name != shown && !name.empty()) out.push_back(name);
  return out;
}

std::vector<std::string> documents_of(const RelationEdge& event) {
  std::set<std::string> unique;
  for (const Mention& mention : event.mentions) unique.insert(mention.document);
  return {unique.begin(), unique.end()};
}

std::string evidence_of(const RelationEdge& event) {
  const Mention* best = nullptr;
  for (const Mention& mention : event.mentions)
    if (best == nullptr || mention.confidence > best->confidence) best = &mention;
  return best == nullptr ? std::string() : best->sentence;
}

std::string event_token(const IriScheme& iris, const RelationEdge& event) {
  const std::string iri = iris.event(event);
  return iri.substr(iri.rfind('/') + 1);
}

std::string format_number(double value, int decimals) {
  if (!std::isfinite(value)) return "0";
  // to_chars, unlike printf, ignores the C locale's decimal separator.
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string out(buffer, result.ptr);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  if (out == "-0") out = "0";
  return out;
}

}  // namespace diplograph::property_graph
