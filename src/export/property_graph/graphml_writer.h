#pragma once
#include <ostream>

#include "export/export_view.h"
#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph::property_graph {

// Writes graph.graphml: GraphML 1.0 that Neo4j's APOC (`apoc.import.graphml` with
// readLabels:true), Gephi, networkx, igraph and graphology all read with labels and types.
//
// - Node ids are xml_id(actor key) ("north-korea"): stable, readable, and NMTOKENs as the
//   schema requires. Every node carries `labels` (":State:Actor", for APOC), `label` (the
//   display name, for Gephi; key id "name" since key ids are unique per document and the
//   edge's `label` key must have the literal id "label"), type, key, iri, name_en, iso3,
//   wikidata (entity IRI), aliases and documents ("; "-joined), r/g/b by type, size and
//   degree.
// - One edge per event, source = subject, target = object, id = the event's IRI token. Its
//   first child is `label`, the relationship type (VISITED...), which APOC reads as the
//   relationship type only there; then type, iri, weight (number of mentions), date as the
//   text gave it with date_precision, modality, factual, confidence, evidence, documents,
//   office.
// - Planned and hypothetical events are kept, with modality and factual=false, so a user can
//   filter them out (Gephi: filter on `factual`); dropping them would hide what the text said.
// - Only boolean/int/double/string key types, no for="graph" key, no key named `id`.
// - Nodes precede edges; actors in key order, events in event-key order: deterministic.
void write_graphml(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
// The same from the run's export view.
void write_graphml(const ExportView& view, std::ostream& out);

}  // namespace diplograph::property_graph
