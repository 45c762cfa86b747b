#include "export/property_graph/property_schema.h"

#include "export/property_graph/csv_field.h"
#include "export/property_graph/graph_style.h"

namespace diplograph::property_graph {
namespace {

using T = PropertyType;

PropertyValue text(std::string_view value) { return value; }
PropertyValue number(std::size_t value) { return std::to_string(value); }
PropertyValue boolean(bool value) { return std::string_view(value ? "true" : "false"); }

// The order is the column order of the CSVs and the order of every format's properties.
constexpr Property<ActorView> kActorProperties[] = {
    {"key", "key", "key", "key", T::kString, kOnNode,
     [](const ActorView& a) { return text(a.actor->key); }},
    {"name", "name", "label", "", T::kString, kOnNode,  // GEXF: the node's label
     [](const ActorView& a) { return text(a.display_name); }},
    {"", "actor_iri", "iri", "iri", T::kString, kNotInNeo4j,  // Neo4j: the node's :ID
     [](const ActorView& a) { return text(a.iri); }},
    {"name_en", "name_en", "name_en", "name_en", T::kString, kOnNode,
     [](const ActorView& a) { return text(a.actor->label_in("en")); }},
    {"pref_labels", "pref_labels", "pref_labels", "pref_labels", T::kStringList, kOnNode,
     [](const ActorView& a) {
       return PropertyValue(std::vector<std::string_view>(a.labels.begin(), a.labels.end()));
     }},
    {"type", "actor_type", "type", "type", T::kString, kOnNode,
     [](const ActorView& a) { return text(name_of(a.actor->type)); }},
    {"iso3", "iso3", "iso3", "iso3", T::kString, kOnNode,
     [](const ActorView& a) { return text(a.actor->iso3); }},
    {"wikidata", "wikidata", "wikidata", "wikidata", T::kString, kOnNode,
     [](const ActorView& a) { return PropertyValue(wikidata_iri(a.actor->wikidata)); }},
    {"aliases", "aliases", "aliases", "aliases", T::kStringList, kOnNode,
     [](const ActorView& a) { return PropertyValue(a.aliases); }},
    {"documents", "actor_documents", "documents", "documents", T::kStringList, kOnNode,
     [](const ActorView& a) {
       const auto& documents = a.actor->documents;
       return PropertyValue(std::vector<std::string_view>(documents.begin(), documents.end()));
     }},
    // Colour and size for Gephi's GraphML import (GEXF has them as viz elements).
    {"", "r", "r", "", T::kInteger, kNotInNeo4j,
     [](const ActorView& a) { return number(colour_of(a.actor->type).r); }},
    {"", "g", "g", "", T::kInteger, kNotInNeo4j,
     [](const ActorView& a) { return number(colour_of(a.actor->type).g); }},
    {"", "b", "b", "", T::kInteger, kNotInNeo4j,
     [](const ActorView& a) { return number(colour_of(a.actor->type).b); }},
    {"", "size", "size", "", T::kDouble, kNotInNeo4j,
     [](const ActorView& a) { return PropertyValue(format_number(node_size(a.degree), 2)); }},
    {"degree", "degree", "degree", "degree", T::kInteger, kOnNode,
     [](const ActorView& a) { return number(a.degree); }},
};

// The parts of an event's date interval, empty when it is undated.
std::string_view precision_of(const EventView& e) {
  return e.interval ? std::string_view(e.interval->precision) : std::string_view();
}
std::string_view first_day_of(const EventView& e) {
  return e.interval ? std::string_view(e.interval->first_day) : std::string_view();
}
std::string_view last_day_of(const EventView& e) {
  return e.interval ? std::string_view(e.interval->last_day) : std::string_view();
}

constexpr Property<EventView> kEventProperties[] = {
    // GEXF calls it "relation": its edges have a "type" of their own (directed, undirected).
    {"type", "relation", "type", "relation", T::kString, kOnBoth,
     [](const EventView& e) { return text(name_of(e.event->type)); }},
    {"relationship", "", "", "", T::kString, kOnNode,  // GraphML: the edge's label
     [](const EventView& e) { return text(relationship_type(e.event->type)); }},
    {"subject", "", "", "", T::kString, kOnNode,  // an edge has it as its source
     [](const EventView& e) { return text(e.event->subject); }},
    {"object", "", "", "", T::kString, kOnNode,
     [](const EventView& e) { return text(e.event->object); }},
    {"", "event_iri", "iri", "iri", T::kString, kNotInNeo4j,  // Neo4j: :ID, the shortcut's event
     [](const EventView& e) { return text(e.iri); }},
    {"weight", "weight", "weight", "", T::kInteger, kOnShortcut,  // GEXF: the edge's weight
     [](const EventView& e) { return number(e.event->mentions.size()); }},
    {"date", "date", "date", "date", T::kString, kOnBoth,
     [](const EventView& e) { return text(e.event->date); }},
    {"date_precision", "date_precision", "date_precision", "date_precision", T::kString, kOnBoth,
     [](const EventView& e) { return text(precision_of(e)); }},
    // GEXF has the interval as the edge's start and end.
    {"date_from", "", "", "", T::kDate, kOnBoth,
     [](const EventView& e) { return text(first_day_of(e)); }},
    {"date_to", "", "", "", T::kDate, kOnBoth,
     [](const EventView& e) { return text(last_day_of(e)); }},
    {"modality", "modality", "modality", "modality", T::kString, kOnBoth,
     [](const EventView& e) { return text(name_of(e.event->modality)); }},
    {"factual", "factual", "factual", "factual", T::kBoolean, kOnBoth,
     [](const EventView& e) { return boolean(is_factual(e.event->modality)); }},
    {"confidence", "confidence", "confidence", "confidence", T::kDouble, kOnBoth,
     [](const EventView& e) { return PropertyValue(format_number(e.confidence)); }},
    {"mentions", "", "", "", T::kInteger, kOnNode,  // the edges' weight
     [](const EventView& e) { return number(e.event->mentions.size()); }},
    {"evidence", "evidence", "evidence", "evidence", T::kString, kOnBoth,
     [](const EventView& e) { return text(e.evidence); }},
    {"documents", "documents", "documents", "documents", T::kStringList, kOnBoth,
     [](const EventView& e) { return PropertyValue(e.documents); }},
    {"office", "office", "office", "office", T::kString, kOnBoth,
     [](const EventView& e) { return text(e.event->office); }},
};

// Documents are nodes of the Neo4j export only. A document the graph has no record of has
// no metadata: every property but its id is empty.
template <std::string DocumentMetadata::*field>
PropertyValue metadata(const DocumentRow& d) {
  return d.record ? text(d.record->meta.*field) : text("");
}

PropertyValue published_on(const DocumentRow& d) {
  const auto published = d.record ? date_interval(d.record->meta.published) : std::nullopt;
  if (!published || published->precision != "day") return text("");
  return published->first_day;
}

constexpr Property<DocumentRow> kDocumentProperties[] = {
    {"id", "", "", "", T::kString, kOnNode, [](const DocumentRow& d) { return text(d.id); }},
    {"title", "", "", "", T::kString, kOnNode, &metadata<&DocumentMetadata::title>},
    {"published", "", "", "", T::kString, kOnNode, &metadata<&DocumentMetadata::published>},
    {"published_on", "", "", "", T::kDate, kOnNode,  // only a full date
     &published_on},
    {"url", "", "", "", T::kString, kOnNode, &metadata<&DocumentMetadata::url>},
    {"source", "", "", "", T::kString, kOnNode, &metadata<&DocumentMetadata::source>},
    {"lang", "", "", "", T::kString, kOnNode, &metadata<&DocumentMetadata::lang>},
    {"bytes", "", "", "", T::kLong, kOnNode,
     [](const DocumentRow& d) { return d.record ? number(d.record->bytes) : text(""); }},
    {"sentences", "", "", "", T::kInteger, kOnNode,
     [](const DocumentRow& d) { return d.record ? number(d.record->sentences) : text(""); }},
};

}  // namespace

std::span<const Property<ActorView>> actor_properties() { return kActorProperties; }
std::span<const Property<EventView>> event_properties() { return kEventProperties; }
std::span<const Property<DocumentRow>> document_properties() { return kDocumentProperties; }

namespace {
// How each format declares a property type: GraphML and GEXF write dates and lists as
// text; a Neo4j import header gives the type after a colon (none for a string).
struct DeclaredType {
  std::string_view graphml;
  std::string_view gexf;
  std::string_view neo4j_suffix;
};

DeclaredType declared_type(PropertyType type) {
  switch (type) {
    case T::kInteger:
      return {"int", "integer", ":int"};
    case T::kLong:
      return {"long", "long", ":long"};
    case T::kDouble:
      return {"double", "double", ":double"};
    case T::kBoolean:
      return {"boolean", "boolean", ":boolean"};
    case T::kDate:
      return {"string", "string", ":date"};
    case T::kStringList:
      return {"string", "string", ":string[]"};
    case T::kString:
      break;
  }
  return {"string", "string", ""};
}
}  // namespace

std::string_view graphml_type(PropertyType type) { return declared_type(type).graphml; }
std::string_view gexf_type(PropertyType type) { return declared_type(type).gexf; }

std::string_view display_text(const PropertyValue& value, std::string& scratch) {
  if (const auto* list = std::get_if<std::vector<std::string_view>>(&value)) {
    scratch = join_values(*list);
    return scratch;
  }
  if (const auto* owned = std::get_if<std::string>(&value)) return *owned;
  return std::get<std::string_view>(value);
}

std::string csv_header(std::string_view name, PropertyType type) {
  return std::string(name).append(declared_type(type).neo4j_suffix);
}

void add_csv_cell(CsvRecord& record, const PropertyValue& value, PropertyType type) {
  if (const auto* list = std::get_if<std::vector<std::string_view>>(&value))
    return record.ready(csv_array_of(*list));
  std::string scratch;
  const std::string_view text = display_text(value, scratch);
  // Only text can carry a comma, quote or formula; numbers, booleans and ISO dates cannot.
  if (type == T::kString)
    record.text(text);
  else
    record.ready(text);
}

std::string cypher_read(std::string_view name, PropertyType type) {
  const std::string column = "row.`" + csv_header(name, type) + "`";
  switch (type) {
    case T::kString:
      return "row." + std::string(name);
    case T::kInteger:
    case T::kLong:
      return "toInteger(" + column + ")";
    case T::kDouble:
      return "toFloat(" + column + ")";
    case T::kBoolean:
      return column + " = 'true'";
    case T::kDate:
      return "date(" + column + ")";
    case T::kStringList:
      return "split(" + column + ", ';')";
  }
  return column;
}

}  // namespace diplograph::property_graph
