#pragma once
#include <string>

#include "graph/knowledge_graph.h"

namespace diplograph::test {

// A small hand-built KnowledgeGraph for the property-graph export tests: six actors (three
// states, two people, one organisation whose name is hostile), six events (two visits to
// north-korea, a meeting, a planned visit, an accusation with a hostile evidence sentence,
// an affiliation) and two documents, one with a comma and quotes in its id and title.
//
// Hostile text: quotes, a newline, '<', '>', '&', C0 and C1 controls, DEL, U+202E (right-to-
// left override), a Cypher injection and spreadsheet formulas.
KnowledgeGraph hostile_graph();

// The hostile organisation's raw label, and what every export must show instead of it.
inline constexpr const char* kHostileKey = "evil-org";
std::string hostile_label();
std::string hostile_label_cleaned();

inline constexpr const char* kCypherInjection = "'); MATCH (n) DETACH DELETE n //";
inline constexpr const char* kFormula = "=HYPERLINK(\"http://evil.example\",\"klik\")";

}  // namespace diplograph::test
