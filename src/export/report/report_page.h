#pragma once
#include <string_view>

namespace diplograph::report {

// The static part of report.html, assembled at build time by embed_page.cmake from page/ and
// the Cytoscape.js library: everything before the graph data and everything after it. The
// data goes in between, inside <script id="graph-data" type="application/json">.
extern const std::string_view kPageBeforeData;
extern const std::string_view kPageAfterData;

}  // namespace diplograph::report
