#pragma once
#include <ostream>

namespace diplograph::property_graph {

// Writes neo4j/import.cypher: a script for `cypher-shell -f` (Neo4j 5) that loads the CSVs
// of neo4j_csv_files.h from the database's import directory into a running database.
//
// Idempotent: it creates uniqueness constraints with IF NOT EXISTS, then every node and
// relationship is MERGEd on its identity (node iri; shortcut relationships on their event
// iri; mentions on their sentence and trigger offsets) and its other properties are SET from the
// row, so running it twice, or after a re-export, changes nothing that did not change. Types come
// back from the CSV headers' conventions: dates through date(), numbers through toInteger /
// toFloat, arrays through split(';'). Relationship types cannot be parameters in plain
// Cypher, so there is one LOAD CSV block per type. The graph does not depend on APOC.
void write_import_cypher(std::ostream& out);

}  // namespace diplograph::property_graph
