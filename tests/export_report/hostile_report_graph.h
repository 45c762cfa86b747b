#pragma once
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace diplograph::test {

// The property-graph tests' hostile graph (quotes, controls, U+202E, Cypher and formula
// injections) plus an actor and sentences whose text is HTML and script: each payload would
// set window.__pwned or open a dialog if a report ever ran it.
KnowledgeGraph hostile_report_graph();

// The payloads hostile_report_graph() puts into names, aliases, offices, documents and
// sentences.
const std::vector<std::string>& script_payloads();

}  // namespace diplograph::test
