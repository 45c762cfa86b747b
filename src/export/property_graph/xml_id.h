#pragma once
#include <string>
#include <string_view>

namespace diplograph::property_graph {

// The node id of an actor in GraphML, GEXF and DOT: its key, made an XML NMTOKEN (GraphML's
// schema types node ids so) by an injective escape. ASCII letters, digits, '-' and '.' stay;
// every other byte becomes "_xx" (lower-case hex), '_' included, so two keys never share an
// id. Canonical keys are lower-case slugs, for which the id is the key itself.
std::string xml_id(std::string_view key);

}  // namespace diplograph::property_graph
