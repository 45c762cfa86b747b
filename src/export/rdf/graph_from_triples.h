#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "export/iri.h"
#include "export/rdf/rdf_terms.h"
#include "graph/knowledge_graph.h"
#include "text/diagnostic.h"

namespace diplograph::rdf {

// Rebuilds the knowledge graph an RDF export was written from: the inverse of
// SubjectTriples, so that `merge` can combine exports made apart. Triples come in any
// order; the graph is assembled at the end, when every node is known.
//
// Strict on purpose: an unknown subject or predicate, a missing or doubled field, or a
// node whose IRI does not match its content (a hand-edited or foreign file) makes the
// whole export unusable, with a diagnostic naming the node, instead of merging part of it.
class GraphFromTriples {
 public:
  // `iris` must be the scheme the export was written with; `source` names the export in
  // diagnostics.
  GraphFromTriples(const IriScheme& iris, std::string source);
  ~GraphFromTriples();
  GraphFromTriples(const GraphFromTriples&) = delete;
  GraphFromTriples& operator=(const GraphFromTriples&) = delete;

  void add(const Triple& triple);
  // The graph, or nothing when the export was not complete and consistent; `diagnostics`
  // gets every problem found (at most a screenful).
  std::optional<KnowledgeGraph> finish(std::vector<Diagnostic>& diagnostics);

 private:
  struct Nodes;
  std::unique_ptr<Nodes> nodes_;
};

}  // namespace diplograph::rdf
