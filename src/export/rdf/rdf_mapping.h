#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "export/rdf/predicates.h"

namespace diplograph::rdf {

// The RDF mapping of the knowledge graph (docs/ontology.md), stated once: which node kinds
// carry which predicates, what their objects are and how many each node has. The triple
// builder (SubjectTriples) types every object it writes from this table, and the merge
// reader (GraphFromTriples) checks every triple it reads against it (predicate allowed on
// the node, object form, cardinality) before it keeps the value; a test checks that the
// builder writes what the table says.

// The kinds of node of an export; the IRI of each starts with the base and its segment.
enum class NodeKind : std::uint8_t { document, actor, office, event, evidence, mention };
inline constexpr std::array<std::string_view, 6> kNodeSegments = {
    "document/", "actor/", "office/", "event/", "evidence/", "mention/"};

// What the object of a statement is.
enum class ObjectType : std::uint8_t {
  iri,      // a node of the export or a term of a vocabulary
  string,   // a plain literal (xsd:string)
  tagged,   // a literal with a language tag
  integer,  // xsd:integer
  decimal,  // xsd:decimal, at most four decimals
  any_uri,  // xsd:anyURI
  date,     // xsd:gYear, xsd:gYearMonth or xsd:date by the date's precision
};

// How many statements of a predicate a node has.
enum class Cardinality : std::uint8_t {
  one,           // exactly one
  optional,      // at most one
  per_language,  // at most one per language tag (SKOS labels)
  many,          // any number
  derived,       // restates other statements: written for queries, passed over when read
  legacy,        // written by earlier versions only: read, never written
};

struct MappingRow {
  NodeKind node;
  Predicate predicate;
  ObjectType object;
  Cardinality cardinality;
  std::string_view field;  // what it holds, in the graph's terms
};

// The direct actor-to-actor properties (dip:visited, ...) come from the vocabulary table:
// derived statements of actor nodes, one per factual event.
inline constexpr MappingRow kMapping[] = {
    {NodeKind::document, Predicate::type, ObjectType::iri, Cardinality::many,
     "dip:Document, prov:Entity"},
    {NodeKind::document, Predicate::identifier, ObjectType::string, Cardinality::one, "meta.id"},
    {NodeKind::document, Predicate::language, ObjectType::string, Cardinality::one,
     "meta.lang (the default language when malformed)"},
    {NodeKind::document, Predicate::title, ObjectType::tagged, Cardinality::optional, "meta.title"},
    {NodeKind::document, Predicate::issued, ObjectType::date, Cardinality::optional,
     "meta.published"},
    {NodeKind::document, Predicate::source, ObjectType::string, Cardinality::optional,
     "meta.source"},
    {NodeKind::document, Predicate::url, ObjectType::any_uri, Cardinality::optional, "meta.url"},
    {NodeKind::document, Predicate::byte_count, ObjectType::integer, Cardinality::one, "bytes"},
    {NodeKind::document, Predicate::sentence_count, ObjectType::integer, Cardinality::one,
     "sentences"},

    {NodeKind::actor, Predicate::type, ObjectType::iri, Cardinality::many,
     "dip:Actor and the class of its type"},
    {NodeKind::actor, Predicate::key, ObjectType::string, Cardinality::one, "key"},
    {NodeKind::actor, Predicate::pref_label, ObjectType::tagged, Cardinality::per_language,
     "labels (label: the smallest in a language of its documents)"},
    {NodeKind::actor, Predicate::alt_label, ObjectType::tagged, Cardinality::many,
     "names other than label"},
    {NodeKind::actor, Predicate::english_label, ObjectType::string, Cardinality::legacy,
     "labels[en] of an actor read in English, before labels per language"},
    {NodeKind::actor, Predicate::iso3, ObjectType::string, Cardinality::optional, "iso3"},
    {NodeKind::actor, Predicate::same_as, ObjectType::iri, Cardinality::optional, "wikidata"},
    {NodeKind::actor, Predicate::mentioned_in, ObjectType::iri, Cardinality::many, "documents"},
    {NodeKind::actor, Predicate::holds_office, ObjectType::iri, Cardinality::many, "offices"},

    {NodeKind::office, Predicate::type, ObjectType::iri, Cardinality::many, "dip:Office"},
    {NodeKind::office, Predicate::office_title, ObjectType::tagged, Cardinality::per_language,
     "title (holder's language), title_en (en)"},
    {NodeKind::office, Predicate::english_label, ObjectType::string, Cardinality::optional,
     "title_en of a holder read in English"},
    {NodeKind::office, Predicate::office_in, ObjectType::iri, Cardinality::optional, "holder_of"},

    {NodeKind::event, Predicate::type, ObjectType::iri, Cardinality::many,
     "dip:Event and the class of its type"},
    {NodeKind::event, Predicate::actor, ObjectType::iri, Cardinality::one, "subject"},
    {NodeKind::event, Predicate::recipient, ObjectType::iri, Cardinality::one, "object"},
    {NodeKind::event, Predicate::modality, ObjectType::iri, Cardinality::one, "modality"},
    {NodeKind::event, Predicate::date, ObjectType::date, Cardinality::optional, "date"},
    {NodeKind::event, Predicate::confidence, ObjectType::decimal, Cardinality::derived,
     "the best confidence of its mentions"},
    {NodeKind::event, Predicate::office_title, ObjectType::tagged, Cardinality::optional,
     "office (affiliations)"},
    {NodeKind::event, Predicate::evidence, ObjectType::iri, Cardinality::many, "mentions"},
    {NodeKind::event, Predicate::mention, ObjectType::iri, Cardinality::derived,
     "the sentences of its mentions"},
    {NodeKind::event, Predicate::derived_from, ObjectType::iri, Cardinality::derived,
     "the documents of its mentions"},

    {NodeKind::evidence, Predicate::type, ObjectType::iri, Cardinality::many, "dip:Evidence"},
    {NodeKind::evidence, Predicate::from_mention, ObjectType::iri, Cardinality::one,
     "mention: document and span"},
    {NodeKind::evidence, Predicate::trigger_start, ObjectType::integer, Cardinality::one,
     "mention.trigger.begin"},
    {NodeKind::evidence, Predicate::trigger_end, ObjectType::integer, Cardinality::one,
     "mention.trigger.end"},
    {NodeKind::evidence, Predicate::confidence, ObjectType::decimal, Cardinality::one,
     "mention.confidence"},

    {NodeKind::mention, Predicate::type, ObjectType::iri, Cardinality::many, "dip:Mention"},
    {NodeKind::mention, Predicate::in_document, ObjectType::iri, Cardinality::one,
     "mention.document"},
    {NodeKind::mention, Predicate::derived_from, ObjectType::iri, Cardinality::derived,
     "mention.document"},
    {NodeKind::mention, Predicate::start_offset, ObjectType::integer, Cardinality::one,
     "mention.span.begin"},
    {NodeKind::mention, Predicate::end_offset, ObjectType::integer, Cardinality::one,
     "mention.span.end"},
    {NodeKind::mention, Predicate::sentence, ObjectType::tagged, Cardinality::one,
     "mention.sentence (its document's language)"},
};

// Where each node kind's row of each predicate is in kMapping (-1: none), made at compile
// time: the writer looks a row up for every statement it makes.
inline constexpr auto kMappingIndex = [] {
  std::array<std::array<int, kPredicates.size()>, kNodeSegments.size()> index{};
  for (auto& row : index) row.fill(-1);
  for (std::size_t i = 0; i < std::size(kMapping); ++i) {
    int& slot = index[static_cast<std::size_t>(kMapping[i].node)]
                     [static_cast<std::size_t>(kMapping[i].predicate)];
    if (slot != -1) throw "a predicate has two rows for one node kind";
    slot = static_cast<int>(i);
  }
  return index;
}();

// The row of `predicate` on `node`, or null when the mapping gives that node no such
// predicate.
constexpr const MappingRow* mapping_row(NodeKind node, Predicate predicate) {
  const int i = kMappingIndex[static_cast<std::size_t>(node)][static_cast<std::size_t>(predicate)];
  return i < 0 ? nullptr : &kMapping[i];
}

inline constexpr std::span<const MappingRow> mapping_rows() { return kMapping; }

}  // namespace diplograph::rdf
