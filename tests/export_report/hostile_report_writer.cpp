// Writes report.html of hostile_report_graph() into the directory given, with expected.json
// saying how many actors and events the page must draw (for check_report.mjs hostile-graph).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "export/report/report_writer.h"
#include "hostile_report_graph.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: hostile_report_writer DIRECTORY\n";
    return 2;
  }
  const std::filesystem::path directory = argv[1];
  std::filesystem::create_directories(directory);
  const diplograph::KnowledgeGraph graph = diplograph::test::hostile_report_graph();
  std::ofstream report(directory / "report.html", std::ios::binary);
  diplograph::report::write_report(graph, diplograph::IriScheme{"https://example.org/id/"}, {}, {},
                                   report);
  std::ofstream expected(directory / "expected.json", std::ios::binary);
  expected << "{\"actors\": " << graph.actor_count() << ", \"events\": " << graph.event_count()
           << "}\n";
  return report && expected ? 0 : 1;
}
