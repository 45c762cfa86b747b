#include "cli/graph_outputs.h"

#include <stdexcept>

#include "export/atomic_file.h"
#include "export/facts_writer.h"
#include "export/property_graph/property_graph_exports.h"
#include "export/rdf/ntriples_writer.h"
#include "export/rdf/rdf_exports.h"
#include "export/rdf/turtle_writer.h"

namespace diplograph::cli {

void write_all_exports(const KnowledgeGraph& graph, const IriScheme& iris,
                       const std::filesystem::path& directory) {
  std::filesystem::create_directories(directory);
  write_file_atomically(directory / "facts.jsonl",
                        [&](std::ostream& out) { write_facts(graph, iris, out); });
  write_rdf_exports(graph, iris, directory);
  write_property_graph_exports(graph, iris, directory);
}

void write_stream_export(const KnowledgeGraph& graph, const IriScheme& iris,
                         const std::string& format, std::ostream& out) {
  if (format == "nt") {
    write_ntriples(graph, iris, out);
  } else if (format == "ttl") {
    write_turtle(graph, iris, out);
  } else if (format == "jsonl") {
    write_facts(graph, iris, out);
  } else {
    throw std::invalid_argument("unknown export format: " + format);
  }
  out.flush();
  if (!out) throw std::runtime_error("cannot write the " + format + " export to standard output");
}

}  // namespace diplograph::cli
