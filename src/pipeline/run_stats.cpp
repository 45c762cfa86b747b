#include "pipeline/run_stats.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace diplograph {
namespace {

nlohmann::ordered_json diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    nlohmann::ordered_json item;
    item["file"] = d.file;
    item["line"] = d.line;
    item["column"] = d.column;
    item["message"] = d.message;
    list.push_back(std::move(item));
  }
  return list;
}

std::vector<Diagnostic> diagnostics_from(const nlohmann::json& list) {
  std::vector<Diagnostic> out;
  for (const nlohmann::json& item : list) {
    Diagnostic diagnostic;
    diagnostic.file = item.at("file").get<std::string>();
    diagnostic.line = item.at("line").get<std::size_t>();
    diagnostic.column = item.at("column").get<std::size_t>();
    diagnostic.message = item.at("message").get<std::string>();
    out.push_back(std::move(diagnostic));
  }
  return out;
}

}  // namespace

std::optional<RunStats> parse_stats_json(std::string_view text) {
  const nlohmann::json in = nlohmann::json::parse(text, nullptr, false);
  if (!in.is_object()) return std::nullopt;
  try {
    RunStats stats;
    stats.documents_read = in.at("documents_read").get<std::size_t>();
    stats.documents_skipped = in.at("documents_skipped").get<std::size_t>();
    // Absent from the stats of runs before languages were counted.
    if (in.contains("documents_by_language"))
      stats.documents_by_language =
          in.at("documents_by_language").get<std::map<std::string, std::size_t>>();
    stats.skipped = diagnostics_from(in.at("skipped"));
    stats.warnings = diagnostics_from(in.at("warnings"));
    stats.actors = in.at("actors").get<std::size_t>();
    stats.events = in.at("events").get<std::size_t>();
    stats.mentions = in.at("mentions").get<std::size_t>();
    stats.actors_by_type = in.at("actors_by_type").get<std::map<std::string, std::size_t>>();
    stats.events_by_type = in.at("events_by_type").get<std::map<std::string, std::size_t>>();
    stats.seconds = in.at("seconds").get<double>();
    return stats;
  } catch (const nlohmann::json::exception&) {
    // A missing key or a value of the wrong type: not the stats.json this program writes.
    return std::nullopt;
  }
}

RunStats collect_stats(const BuildResult& result, double seconds) {
  RunStats stats;
  stats.documents_read = result.documents_read;
  stats.documents_skipped = result.documents_skipped;
  stats.documents_by_language = result.documents_by_language;
  stats.skipped = result.diagnostics;
  stats.warnings = result.warnings;
  const ActorGraph& g = result.graph.graph();
  stats.actors = result.graph.actor_count();
  stats.events = result.graph.event_count();
  for (ActorId id : result.graph.actors_in_order())
    ++stats.actors_by_type[std::string(name_of(g[id].type))];
  for (EventId id : result.graph.events_in_order()) {
    ++stats.events_by_type[std::string(name_of(g[id].type))];
    stats.mentions += g[id].mentions.size();
  }
  stats.seconds = seconds;
  return stats;
}

std::string stats_json(const RunStats& stats) {
  nlohmann::ordered_json out;
  out["documents_read"] = stats.documents_read;
  out["documents_skipped"] = stats.documents_skipped;
  out["documents_by_language"] = stats.documents_by_language;
  out["skipped"] = diagnostics_json(stats.skipped);
  out["warnings"] = diagnostics_json(stats.warnings);
  out["actors"] = stats.actors;
  out["actors_by_type"] = stats.actors_by_type;
  out["events"] = stats.events;
  out["events_by_type"] = stats.events_by_type;
  out["mentions"] = stats.mentions;
  out["seconds"] = std::round(stats.seconds * 1000.0) / 1000.0;
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string summary_line(const RunStats& stats) {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", stats.seconds);
  return std::to_string(stats.documents_read) + " documents read, " +
         std::to_string(stats.documents_skipped) + " skipped; " + std::to_string(stats.actors) +
         " actors, " + std::to_string(stats.events) + " events in " + seconds + " s";
}

}  // namespace diplograph
