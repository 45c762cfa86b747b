#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "export/chunked_output.h"
#include "export/iri.h"
#include "graph/knowledge_graph.h"
#include "text/diagnostic.h"

namespace diplograph::report {

// What a report says about the documents behind the graph. A build knows what it read and
// skipped (its stats.json); a graph read back from an export without one knows only the
// documents it holds.
struct DocumentTally {
  bool from_run = false;  // read and skipped come from the run; else only `read` is known
  std::size_t read = 0;
  std::size_t skipped = 0;
  std::vector<Diagnostic> skips;  // why each skipped document was skipped
};

// How much of a large graph a report carries.
struct ReportOptions {
  std::size_t max_actors = 300;             // beyond this, the top actors by degree
  std::size_t max_mentions_per_event = 50;  // the rest are counted, not embedded
};

// The graph data of report.html as one JSON object (compact UTF-8, keys in a fixed order,
// so the same graph gives the same bytes): vocabularies with their colours and shapes, a
// summary, documents, the selected actors and the events between them, each mention with
// its sentence cut around the trigger. Actors, documents and events refer to each other by
// index into their arrays, never by a name from the data.
std::string report_data_json(const KnowledgeGraph& graph, const IriScheme& iris,
                             const DocumentTally& documents, const ReportOptions& options);

// The same JSON text, handed to `write` piece by piece, each piece about
// `piece_bytes` long and ending between two values (never inside a string or a
// character), instead of held whole: on the 100 MB benchmark corpus the data is 179 MB.
void write_report_data(const KnowledgeGraph& graph, const IriScheme& iris,
                       const DocumentTally& documents, const ReportOptions& options,
                       const std::function<void(std::string_view)>& write,
                       std::size_t piece_bytes = kChunkBytes);

}  // namespace diplograph::report
