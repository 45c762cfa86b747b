#pragma once
#include <ostream>

#include "export/export_view.h"
#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph::property_graph {

// Writes graph.gexf: GEXF 1.3, Gephi's own format, a dynamic graph for its timeline.
//
// - Nodes as in GraphML (same ids, labels, attributes) with viz:color by type and viz:size
//   by degree; nodes carry no time, so every actor stays on screen the whole timeline.
// - One edge per event, id = the event's IRI token, `kind` = the relation type (so Gephi
//   keeps parallel edges of different types apart instead of merging them), `label` = the
//   relationship type (VISITED...), weight = number of mentions. Symmetric relations (meet,
//   agree, cooperate) are type="undirected" edges, the others directed subject -> object.
// - mode="dynamic", timeformat="date": a dated edge carries start and end, the first and
//   last day of the period the text gave ("2019-08" -> 2019-08-01 .. 2019-08-31); the date
//   as written and its precision stay in the `date` and `date_precision` attributes. An
//   undated edge carries no time and is shown throughout.
// - Planned and hypothetical events are kept with modality and factual=false (as GraphML).
void write_gexf(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
// The same from the run's export view.
void write_gexf(const ExportView& view, std::ostream& out);

}  // namespace diplograph::property_graph
