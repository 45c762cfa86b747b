#pragma once
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "export/export_view.h"
#include "export/property_graph/csv_field.h"

namespace diplograph::property_graph {

// The property schema of the property-graph exports: each property of an actor, event or
// document listed once, with its type, its name in each format and how its value is read
// from the export view. The GraphML keys, the GEXF attributes, the Neo4j CSV headers and
// cells and the SET lines of import.cypher are all generated from it, so a property added
// here appears in every format at once and with the same value.
//
// What is structure rather than property stays with its writer: element ids, GraphML's
// APOC labels and relationship label, GEXF's label, colour, size and dynamic interval,
// Neo4j's :ID, :LABEL, :START_ID/:END_ID and the shortcut's `event` identity.

// The type of a property's value: it decides how each format declares, writes and reads it.
enum class PropertyType {
  kString,
  kInteger,     // GraphML int, GEXF integer, Neo4j int
  kLong,        // Neo4j long (byte counts)
  kDouble,      //
  kBoolean,     // "true" or "false"
  kDate,        // a full ISO date; Neo4j date
  kStringList,  // GraphML/GEXF text joined by "; ", Neo4j string[]
};

// A property value as the writers receive it: text borrowed from the view, text made for
// it (numbers), or a list of texts.
using PropertyValue = std::variant<std::string_view, std::string, std::vector<std::string_view>>;

// Where an event property lives in Neo4j: on the event node (events.csv), on the actor ->
// actor shortcut (actor_relations.csv), on both, or nowhere.
enum Neo4jPlace : unsigned { kNotInNeo4j = 0, kOnNode = 1, kOnShortcut = 2, kOnBoth = 3 };

// One property of the things a `Row` describes (ActorView, EventView, DocumentRow). An
// empty name leaves the property out of that format.
template <class Row>
struct Property {
  std::string_view name;          // Neo4j property and CSV column (before its type suffix)
  std::string_view graphml_id;    // GraphML <key id>: unique across nodes and edges
  std::string_view graphml_name;  // GraphML attr.name
  std::string_view gexf_id;       // GEXF attribute id and title
  PropertyType type = PropertyType::kString;
  Neo4jPlace neo4j = kOnNode;  // only events use kOnShortcut and kOnBoth
  PropertyValue (*value)(const Row&) = nullptr;
};

// A document node of the Neo4j export: its id and, when the graph has one, its record.
struct DocumentRow {
  std::string_view id;
  const DocumentRecord* record = nullptr;  // null: named by a mention or actor only
};

std::span<const Property<ActorView>> actor_properties();
std::span<const Property<EventView>> event_properties();
std::span<const Property<DocumentRow>> document_properties();

// GraphML attr.type and GEXF attribute type of a property type.
std::string_view graphml_type(PropertyType type);
std::string_view gexf_type(PropertyType type);

// The value as GraphML and GEXF show it: the text, or a list joined by "; ". `scratch`
// holds a joined list; the result may view it.
std::string_view display_text(const PropertyValue& value, std::string& scratch);

// The Neo4j CSV header of a property ("degree:int", "aliases:string[]", "name").
std::string csv_header(std::string_view name, PropertyType type);
// The Cypher expression reading a property from a LOAD CSV row: row.name,
// toInteger(row.`degree:int`), split(row.`aliases:string[]`, ';') ...
std::string cypher_read(std::string_view name, PropertyType type);

// The CSV headers of the properties a Neo4j file at `place` holds, appended in order.
template <class Row>
void append_csv_headers(std::vector<std::string>& headers,
                        std::span<const Property<Row>> properties, Neo4jPlace place) {
  for (const Property<Row>& property : properties)
    if (property.neo4j & place) headers.push_back(csv_header(property.name, property.type));
}

// The CSV cell of a value added to `record`: text cleaned, guarded and quoted (csv_field.h),
// a list as a string[] cell, numbers, booleans and dates as they are.
void add_csv_cell(CsvRecord& record, const PropertyValue& value, PropertyType type);

// The CSV cells of `row` under those headers, added to `record` in the same order.
template <class Row>
void append_csv_cells(CsvRecord& record, std::span<const Property<Row>> properties,
                      Neo4jPlace place, const Row& row) {
  for (const Property<Row>& property : properties)
    if (property.neo4j & place) add_csv_cell(record, property.value(row), property.type);
}

// The Cypher SET clause giving the node or relationship `variable` every property at
// `place` from its LOAD CSV row: "SET a.key = row.key,\n  a.degree = toInteger(...)".
template <class Row>
std::string cypher_set(std::string_view variable, std::span<const Property<Row>> properties,
                       Neo4jPlace place) {
  std::string out;
  for (const Property<Row>& property : properties) {
    if (!(property.neo4j & place)) continue;
    out.append(out.empty() ? "SET " : ",\n  ").append(variable).append(".");
    out.append(property.name).append(" = ").append(cypher_read(property.name, property.type));
  }
  return out;
}

}  // namespace diplograph::property_graph
