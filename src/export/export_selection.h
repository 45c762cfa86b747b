#pragma once
#include <array>
#include <bitset>
#include <string>
#include <string_view>

namespace diplograph {

// One export a run can write, as users name it in `--exports` (docs/exports.md lists the
// files each one writes and what it costs in size).
enum class ExportKind { nt, ttl, graphml, gexf, dot, neo4j, facts, report, stats };

// The export names in the order the README lists them, with the files they write.
struct ExportKindName {
  ExportKind kind;
  std::string_view name;
  std::string_view files;
};

inline constexpr std::array<ExportKindName, 9> kExportKinds = {{
    {ExportKind::nt, "nt", "graph.nt"},
    {ExportKind::ttl, "ttl", "graph.ttl"},
    {ExportKind::graphml, "graphml", "graph.graphml"},
    {ExportKind::gexf, "gexf", "graph.gexf"},
    {ExportKind::dot, "dot", "graph.dot"},
    {ExportKind::neo4j, "neo4j", "neo4j/"},
    {ExportKind::facts, "facts", "facts.jsonl"},
    {ExportKind::report, "report", "report.html"},
    {ExportKind::stats, "stats", "stats.json"},
}};

// Which exports a run writes: every one by default, or those a comma-separated list names.
class ExportSelection {
 public:
  // Every export (what a run writes without --exports).
  static ExportSelection all();
  // Parses "nt,graphml" (names of kExportKinds, or "all"); spaces around names are
  // allowed. Throws std::invalid_argument naming the first unknown or empty name.
  static ExportSelection parse(std::string_view list);

  bool includes(ExportKind kind) const { return chosen_[static_cast<std::size_t>(kind)]; }
  void add(ExportKind kind) { chosen_.set(static_cast<std::size_t>(kind)); }
  bool empty() const { return chosen_.none(); }

 private:
  std::bitset<kExportKinds.size()> chosen_;
};

// "nt, ttl, graphml, ...": the names --exports accepts, for messages and help.
std::string export_kind_names();

// How the RDF files (graph.nt, graph.ttl) are written: as they are, or gzip-compressed
// into graph.nt.gz and graph.ttl.gz, which every triple store loads.
enum class Compression { none, gzip };

// What a run writes into its output directory.
struct ExportOptions {
  ExportSelection selection = ExportSelection::all();
  Compression compression = Compression::none;
};

}  // namespace diplograph
