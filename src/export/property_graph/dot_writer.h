#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace diplograph::property_graph {

// Writes graph.dot: the same actors and events for Graphviz (`sfdp -Tsvg graph.dot`), used
// for the picture in docs/gephi.md and for a quick look without Gephi. Nodes are filled with
// their type's colour, their name's size growing with the degree like Gephi's node size; edges are
// labelled with their relationship type, symmetric ones drawn without arrowheads, planned and
// hypothetical ones dashed. All text is cleaned (clean_text) and escaped for DOT's quoted strings.
void write_dot(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace diplograph::property_graph
