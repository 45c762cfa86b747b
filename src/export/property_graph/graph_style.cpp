#include "export/property_graph/graph_style.h"

#include <charconv>
#include <cmath>
#include <set>

#include "export/iri.h"
#include "text/formatted_doubles.h"

namespace diplograph::property_graph {

std::string_view relationship_type(RelationType type) { return terms_of(type).neo4j_type; }

std::vector<std::string> actor_labels(ActorType type) {
  return {std::string(name_of(type)), "Actor"};
}

Rgb colour_of(ActorType type) { return terms_of(type).colour; }

Rgb colour_of(RelationType type) { return terms_of(type).colour; }

double node_size(std::size_t degree) { return 10.0 + 5.0 * std::sqrt(static_cast<double>(degree)); }

std::size_t degree_of(const KnowledgeGraph& graph, ActorId actor) {
  return boost::in_degree(actor, graph.graph()) + boost::out_degree(actor, graph.graph());
}

std::string display_name(const ActorVertex& actor) {
  if (!actor.label.empty()) return actor.label;
  if (!actor.label_in("en").empty()) return actor.label_in("en");
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
  return best == nullptr ? std::string() : best->sentence.str();
}

std::string event_token(const IriScheme& iris, const RelationEdge& event) {
  const std::string iri = iris.event(event);
  return iri.substr(iri.rfind('/') + 1);
}

std::string join_values(const std::vector<std::string_view>& values) {
  std::string out;
  for (const std::string_view value : values) {
    if (!out.empty()) out += "; ";
    out += value;
  }
  return out;
}

namespace {

// Out of line: the cold path of format_number (inlined, GCC 12 reports a false -Wrestrict).
[[gnu::noinline]] std::string format_number_anew(double value, int decimals) {
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

}  // namespace

std::string format_number(double value, int decimals) {
  thread_local FormattedDoubles formatted;
  return formatted.text(value, decimals,
                        [decimals](double v) { return format_number_anew(v, decimals); });
}

}  // namespace diplograph::property_graph
