#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace diplograph::property_graph {

// The property-graph vocabulary shared by the GraphML, GEXF, Neo4j and DOT writers, so that
// one actor or event looks the same in every tool.

// The Neo4j relationship type of a relation (kRelationTypeTerms): visit -> VISITED,
// assault -> ATTACKED, affiliation -> AFFILIATED_WITH.
std::string_view relationship_type(RelationType type);

// Neo4j node labels of an actor, most specific first: {"State", "Actor"}.
std::vector<std::string> actor_labels(ActorType type);

// The colour of an actor or relation type (kActorTypeTerms, kRelationTypeTerms).
Rgb colour_of(ActorType type);
Rgb colour_of(RelationType type);

// Node size for Gephi and DOT: grows with the square root of the degree so hubs stand out
// without swallowing the picture. 10 for an isolated actor.
double node_size(std::size_t degree);

// Number of events the actor takes part in, either side (a self-loop counts twice).
std::size_t degree_of(const KnowledgeGraph& graph, ActorId actor);

// The name shown for an actor: its label, else its English label, else its key.
std::string display_name(const ActorVertex& actor);

// The Wikidata entity IRI of a QID ("Q423" -> "http://www.wikidata.org/entity/Q423"); an
// IRI stays as it is and an empty QID stays empty.
std::string wikidata_iri(const std::string& qid);

// The actor's names other than its display name, in sorted order.
std::vector<std::string> aliases_of(const ActorVertex& actor);

// The ids of the documents that state the event, sorted and unique.
std::vector<std::string> documents_of(const RelationEdge& event);

// The evidence sentence of an event: that of its most confident mention (the first one on a
// tie, mentions being sorted), or empty when it has none.
std::string evidence_of(const RelationEdge& event);

// The last segment of the event's IRI ("visit-0123456789abcdef"): an XML NMTOKEN, used as
// the edge id in GraphML and GEXF so an edge can be traced to its RDF and Neo4j twin.
std::string event_token(const IriScheme& iris, const RelationEdge& event);

// The values joined by "; ", as GraphML and GEXF show a list.
std::string join_values(const std::vector<std::string_view>& values);

// A number in a fixed, locale-free form with at most `decimals` decimals and no trailing
// zeros ("0.85", "12.5", "3"), so exports stay byte-identical across machines.
std::string format_number(double value, int decimals = 3);

}  // namespace diplograph::property_graph
