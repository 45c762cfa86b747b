#pragma once
#include <string_view>

#include "graph/vocabulary.h"

namespace diplograph::report {

// The Cytoscape.js node shape of an actor type, so types differ by shape as well as by
// colour (the colours are property_graph::colour_of, shared with GraphML, GEXF and DOT):
// State ellipse, Person round-rectangle, Organization hexagon, Delegation diamond.
std::string_view node_shape(ActorType type);

}  // namespace diplograph::report
