#pragma once
#include <ostream>

#include "export/iri.h"
#include "export/report/report_data.h"
#include "graph/knowledge_graph.h"

namespace diplograph::report {

// Writes report.html: one self-contained page (Cytoscape.js, style and script inside it,
// nothing fetched) that draws the graph for an analyst, with filters, a timeline, a summary
// and the evidence sentence of every edge. The same graph, tally and options give the same
// bytes. Data from the graph is escaped for its <script type="application/json"> element and
// the page's Content-Security-Policy runs only the page's own two scripts.
void write_report(const KnowledgeGraph& graph, const IriScheme& iris,
                  const DocumentTally& documents, const ReportOptions& options, std::ostream& out);

}  // namespace diplograph::report
