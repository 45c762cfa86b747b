#include "eval/scorer.h"

#include <cstdio>
#include <optional>
#include <set>

#include "graph/fact_participants.h"

namespace diplograph {
namespace {

// The facts export as the reference scorer sees it (see export/facts_writer.cpp).
struct SystemEntity {
  std::string id;
  std::string type;
  std::set<std::string> names;      // normalised
  std::set<std::string> documents;  // gold document keys
};
struct SystemRelation {
  std::string type, subject, object, document, date;
};

bool is_base_type(const std::string& type) {
  return type == "State" || type == "Person" || type == "Organization";
}

std::string format_row(const std::string& name, const Counts& c, int indent) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "%*s%-*s%5zu%5zu%5zu%7.2f%7.2f%7.2f\n", indent, "",
                14 - indent, name.c_str(), c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1());
  return buffer;
}

Counts total(const std::map<std::string, Counts>& table) {
  Counts sum;
  for (const auto& [name, c] : table) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return sum;
}

}  // namespace

double Counts::precision() const {
  return tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0;
}
double Counts::recall() const {
  return tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0.0;
}
double Counts::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
Counts EvaluationReport::entity_total() const { return total(entities); }
Counts EvaluationReport::relation_total() const { return total(relations); }

std::string EvaluationReport::table() const {
  std::string out = "                 tp   fp   fn      P      R     F1\n";
  for (const auto& [name, c] : entities) out += format_row(name, c, 2);
  out += format_row("entities", entity_total(), 0);
  for (const auto& [name, c] : relations) out += format_row(name, c, 2);
  out += format_row("relations", relation_total(), 0);
  out += "dates agreeing: " + std::to_string(dates_agreeing) + "/" +
         std::to_string(dates_compared) + "\n";
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "entity F1 %.3f relation F1 %.3f\n", entity_total().f1(),
                relation_total().f1());
  return out + buffer;
}

EvaluationReport evaluate(const KnowledgeGraph& graph, const std::vector<GoldDocument>& gold) {
  const ActorGraph& g = graph.graph();
  std::vector<SystemEntity> entities;
  for (ActorId id : graph.actors_in_order()) {
    const ActorVertex& actor = g[id];
    SystemEntity entity{actor.key, std::string(name_of(actor.type)), {}, {}};
    for (const auto& name : actor.names) entity.names.insert(normalise_gold_name(name));
    if (!actor.label.empty()) entity.names.insert(normalise_gold_name(actor.label));
    for (const auto& doc : actor.documents) entity.documents.insert(gold_document_key(doc));
    entities.push_back(std::move(entity));
  }
  std::map<std::string, std::vector<SystemRelation>> relations_by_document;
  // The relations facts.jsonl states, as score.py reads them (graph/fact_participants.h).
  const FactParticipants participants(graph);
  for (EventId id : graph.events_in_order()) {
    const RelationEdge& event = g[id];
    if (!is_factual(event.modality)) continue;
    const auto fact = participants.of(id);
    if (!fact) continue;
    for (const Mention& mention : event.mentions)
      relations_by_document[gold_document_key(mention.document)].push_back(
          {std::string(name_of(event.type)), g[fact->first].key, g[fact->second].key,
           mention.document, event.date});
  }

  EvaluationReport report;
  for (const GoldDocument& document : gold) {
    std::map<std::string, std::string> mapping;  // system id -> gold id
    std::set<std::string> found;
    for (const SystemEntity& entity : entities) {
      if (!entity.documents.count(document.key) || !is_base_type(entity.type)) continue;
      std::optional<std::string> match;
      for (const GoldEntity& candidate : document.entities) {
        if (candidate.type != entity.type) continue;
        const bool shares_name =
            std::any_of(entity.names.begin(), entity.names.end(),
                        [&](const std::string& n) { return candidate.names.count(n) > 0; });
        if (shares_name) {
          match = candidate.id;
          break;
        }
      }
      if (!match || found.count(*match)) {
        ++report.entities[entity.type].fp;
        std::string names;
        for (const auto& n : entity.names) names += (names.empty() ? "" : ", ") + n;
        report.misses.push_back(document.key + " entity FP: " + entity.type + " [" + names + "]");
        if (match) mapping[entity.id] = *match;
        continue;
      }
      mapping[entity.id] = *match;
      found.insert(*match);
      ++report.entities[entity.type].tp;
    }
    for (const GoldEntity& entity : document.entities) {
      if (found.count(entity.id)) continue;
      ++report.entities[entity.type].fn;
      report.misses.push_back(document.key + " entity FN: " + entity.type + " " + entity.id);
    }

    // Every date the relation's mentions carry: its date agrees when any of them does (as
    // score.py counts it; a mention without a date does not count against it).
    std::map<std::vector<std::string>, std::set<std::string>> system;
    std::vector<std::vector<std::string>> system_order;
    for (const SystemRelation& relation : relations_by_document[document.key]) {
      auto s = mapping.find(relation.subject);
      auto o = mapping.find(relation.object);
      const auto key =
          (s == mapping.end() || o == mapping.end())
              ? canonical_relation(relation.type, "?" + relation.subject, "?" + relation.object)
              : canonical_relation(relation.type, s->second, o->second);
      const auto [entry, added] = system.try_emplace(key);
      if (added) system_order.push_back(key);
      if (!relation.date.empty()) entry->second.insert(relation.date);
    }
    for (const auto& key : system_order) {
      const std::set<std::string>& dates = system[key];
      if (document.relations.count(key)) {
        ++report.relations[key[0]].tp;
        if (auto gold_date = document.dates.find(key); gold_date != document.dates.end()) {
          ++report.dates_compared;
          if (std::any_of(dates.begin(), dates.end(), [&](const std::string& date) {
                return date.starts_with(gold_date->second);
              }))
            ++report.dates_agreeing;
        }
      } else {
        ++report.relations[key[0]].fp;
        report.misses.push_back(document.key + " relation FP: " + key[0] + " " + key[1] + " " +
                                key[2]);
      }
    }
    for (const auto& key : document.relations) {
      if (system.count(key)) continue;
      ++report.relations[key[0]].fn;
      report.misses.push_back(document.key + " relation FN: " + key[0] + " " + key[1] + " " +
                              key[2]);
    }
  }
  return report;
}

}  // namespace diplograph
