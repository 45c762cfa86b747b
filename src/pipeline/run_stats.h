#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/build_pipeline.h"

namespace diplograph {

// What one run did, for `stats.json` and the closing summary line: documents read and
// skipped (with the diagnostic of each skip), the documents read per language, the graph's
// actors and events by type, and
// the wall-clock time. The time makes it the one output that differs between runs.
struct RunStats {
  std::size_t documents_read = 0;
  std::size_t documents_skipped = 0;
  std::map<std::string, std::size_t> documents_by_language;  // documents read: "en" -> 14
  std::vector<Diagnostic> skipped;   // why each skipped document was skipped
  std::vector<Diagnostic> warnings;  // metadata dropped from kept documents
  std::size_t actors = 0;
  std::size_t events = 0;
  std::size_t mentions = 0;
  std::map<std::string, std::size_t> actors_by_type;  // "State" -> 12
  std::map<std::string, std::size_t> events_by_type;  // "visit" -> 3
  double seconds = 0.0;
};

// Counts the graph of a finished build.
RunStats collect_stats(const BuildResult& result, double seconds);

// The stats as one JSON object (UTF-8, keys in a fixed order, ending in a newline).
std::string stats_json(const RunStats& stats);

// The stats of an earlier run read back from its stats.json text (what `diplograph report`
// says of documents read and skipped). Nothing when the text is not such an object.
std::optional<RunStats> parse_stats_json(std::string_view text);

// "5 documents read, 1 skipped; 37 actors, 41 events in 2.3 s": the closing summary line.
std::string summary_line(const RunStats& stats);

}  // namespace diplograph
