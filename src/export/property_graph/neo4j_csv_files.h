#pragma once
#include <ostream>
#include <string_view>

#include "export/export_view.h"
#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph::property_graph {

// The Neo4j bulk-import files (`neo4j-admin database import full`), one writer each. Every
// file has its header on the first line (neo4j-admin's inline-header convention), RFC 4180
// quoting, one line per record (no newline inside a value), text guarded against formula
// injection (csv_field.h), and a deterministic row order. Empty cells are nulls.
//
// Nodes are keyed by IRI in three id spaces, Actor, Event and Document, so they line up
// with the RDF exports. Events are nodes (their dates, modality and sources need a home)
// and also shortcuts: a typed relationship straight from subject to object. Dates are kept
// as the text gave them (`date`, a string, with `date_precision`) and as the calendar
// interval they cover (`date_from:date`, `date_to:date`, full dates, both set whenever the
// date is), so range queries work at any precision.
// Planned and hypothetical events are kept, marked by `modality` and `factual:boolean`.

inline constexpr std::string_view kActorsCsv = "actors.csv";
inline constexpr std::string_view kEventsCsv = "events.csv";
inline constexpr std::string_view kDocumentsCsv = "documents.csv";
inline constexpr std::string_view kParticipantsCsv = "event_participants.csv";
inline constexpr std::string_view kActorRelationsCsv = "actor_relations.csv";
inline constexpr std::string_view kMentionsCsv = "event_mentions.csv";

// Actor nodes: iri:ID(Actor), :LABEL ("State;Actor"), key, name, name_en, type, iso3,
// wikidata, aliases:string[], documents:string[], degree:int.
void write_actors_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
void write_actors_csv(const ExportView& view, std::ostream& out);

// Event nodes: iri:ID(Event), :LABEL (Event), type, relationship, subject, object (actor
// keys), date, date_precision, date_from:date, date_to:date, modality, factual:boolean,
// confidence:double, mentions:int, evidence, documents:string[], office.
void write_events_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
void write_events_csv(const ExportView& view, std::ostream& out);

// Document nodes: iri:ID(Document), :LABEL (Document), id, title, published (as given),
// published_on:date (only a full date), url, source, lang, bytes:long, sentences:int. Every
// document a mention or actor refers to is included, with what metadata the graph holds.
void write_documents_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
void write_documents_csv(const ExportView& view, std::ostream& out);

// Actor -> Event: ACTOR from the subject, RECIPIENT from the object.
void write_participants_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
void write_participants_csv(const ExportView& view, std::ostream& out);

// Actor -> Actor shortcuts typed by relationship (VISITED, MET...), one per event, with the
// event's iri in `event` and its properties (weight:int = number of mentions).
void write_actor_relations_csv(const KnowledgeGraph& graph, const IriScheme& iris,
                               std::ostream& out);
void write_actor_relations_csv(const ExportView& view, std::ostream& out);

// Event -> Document MENTIONED_IN, one per mention, with the sentence and trigger byte
// offsets into the document text (sentence_begin:long ...), confidence and sentence.
void write_mentions_csv(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out);
void write_mentions_csv(const ExportView& view, std::ostream& out);

}  // namespace diplograph::property_graph
