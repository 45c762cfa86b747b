#pragma once
#include <sstream>
#include <string>

#include "export/iri.h"
#include "export/rdf/ntriples_writer.h"
#include "export/rdf/turtle_writer.h"
#include "graph/knowledge_graph.h"

namespace diplograph::testing {

// A graph's RDF exports as text, with the default IRI scheme: what the tests compare.
inline std::string turtle_of(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_turtle(graph, IriScheme{}, out);
  return out.str();
}

inline std::string ntriples_of(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_ntriples(graph, IriScheme{}, out);
  return out.str();
}

}  // namespace diplograph::testing
