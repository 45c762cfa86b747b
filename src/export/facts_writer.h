#pragma once
#include <ostream>

#include "export/export_view.h"
#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph {

// Writes the facts export (JSON Lines, ../shared/gold/FACTS.md): one `entity` record per
// actor, then one `relation` record per event mention, in canonical order. Planned and
// hypothetical events are not facts and are left out; every record is one line of UTF-8.
// Relation records carry their document's title, publication date, URL and source as
// doc_title, doc_published, doc_url and doc_source when they are known.
void write_facts(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
// The same from the run's export view.
void write_facts(const ExportView& view, std::ostream& out);

}  // namespace diplograph
