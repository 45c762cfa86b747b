#pragma once
#include <deque>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "export/iri.h"
#include "export/rdf/rdf_terms.h"
#include "graph/knowledge_graph.h"

namespace diplograph::rdf {

// Maps the knowledge graph to the RDF model of ontology/diplomacy.ttl (docs/ontology.md):
// actors, offices, documents, events as nodes with their mentions, and one direct
// actor-to-actor triple per factual event. Every node is an IRI from `iris` (no blank
// nodes); IRIs are percent-encoded before they get here.
//
// Ensures: the result is sorted by subject, predicate, object and has no duplicates, so
// the same graph always gives the same vector.
std::vector<Triple> rdf_triples(const KnowledgeGraph& graph, const IriScheme& iris);

// The statements of one subject, sorted by predicate and object and without duplicates:
// what SubjectTriples::fill makes and the writers read. Reused from subject to subject, so
// that its vectors and strings keep their memory instead of allocating per triple.
class SubjectBlock {
 public:
  std::string_view subject;
  std::vector<Statement> statements;

  void clear() {
    statements.clear();
    used_ = 0;
  }
  // Adds a statement whose strings outlive the block's next clear().
  void add(std::string_view predicate, TermView object) {
    statements.push_back({predicate, object});
  }
  // A string owned by the block until its next clear(), for text made for this subject
  // (IRIs, numbers): views of it stay valid while the block is filled.
  std::string& scratch() {
    if (used_ == pool_.size()) pool_.emplace_back();
    std::string& text = pool_[used_++];
    text.clear();
    return text;
  }
  std::string_view own(std::string text) { return scratch() = std::move(text); }
  // Sorts the statements (predicate, then object) and drops repeated ones.
  void sort_unique();

 private:
  std::deque<std::string> pool_;  // a deque: growing it never moves the strings
  std::size_t used_ = 0;
};

// The same RDF, one subject at a time, so that writers never hold all triples of a large
// graph: the subjects (document, actor, office, event and mention nodes) are listed once,
// in N-Triples line order, and each one's triples are made when asked for. Reads `graph` and
// `iris`, which must outlive it. The list is made on up to `threads` threads, the same on
// any number.
class SubjectTriples {
 public:
  SubjectTriples(const KnowledgeGraph& graph, const IriScheme& iris, unsigned threads = 1);
  ~SubjectTriples();
  SubjectTriples(const SubjectTriples&) = delete;
  SubjectTriples& operator=(const SubjectTriples&) = delete;

  std::size_t size() const;
  // How many leading bytes every subject IRI shares (the base IRI).
  std::size_t shared_prefix() const;
  // Every triple whose subject is subject i, sorted and without duplicates. Subjects are
  // unique and in the byte order of their "<iri>" form, the order of N-Triples lines: both
  // RDF files list them in this order.
  std::vector<Triple> triples(std::size_t i) const;
  // The same into `block` (cleared first), without copying any text of the graph.
  void fill(std::size_t i, SubjectBlock& block) const;

 private:
  struct Entry;
  std::string_view language_of_document(std::string_view document) const;
  std::string_view language_of_actor(const ActorVertex& actor) const;
  // A subject's whole IRI, base included, made in `block`'s scratch text.
  std::string_view full_iri(std::string_view iri_after_base, SubjectBlock& block) const;

  const KnowledgeGraph& graph_;
  const IriScheme& iris_;
  std::vector<Entry> entries_;
  // The subjects' IRIs after the base, one after another in large blocks: a string each
  // would cost its header and its allocation, more than the text itself. One arena per
  // task that lists subjects, so that tasks on several threads need no lock (a deque, as
  // an arena cannot move).
  std::deque<std::pmr::monotonic_buffer_resource> iri_arenas_;
  // Made once here rather than once per statement that needs them: each document's
  // language tag, and each event's evidence IRIs (an IRI hashes the sentence), in the
  // arena, events after one another and each one's in the order of its mentions.
  std::unordered_map<std::string_view, std::string_view> languages_;
  std::vector<std::string_view> evidence_iris_;
};

// The language tag used when a document's own tag is missing or malformed: the corpus
// language, as DocumentMetadata defaults to it.
inline constexpr std::string_view kDefaultLanguage = "id";

// The XSD datatype of an ISO 8601 date by its precision: xsd:gYear for "2024",
// xsd:gYearMonth for "2024-04", xsd:date for "2024-04-23"; empty for anything else
// (such a date is left out of the export rather than written with a wrong type).
std::string date_datatype(std::string_view date);

// The ontology class of an event type: visit -> dip:Visit, affiliation -> dip:Affiliation.
std::string event_class(RelationType type);
// The direct actor-to-actor property of an event type: visit -> dip:visited.
std::string direct_property(RelationType type);
// The ontology class of an actor type: State -> dip:State.
std::string actor_class(ActorType type);
// The modality individual: asserted -> dip:Asserted.
std::string modality_individual(Modality modality);

// The IRI of an office node: derived from the holder's key and the office's content, so the
// same office of the same person has the same IRI in every run.
std::string office_iri(const IriScheme& iris, const std::string& holder, const Office& office);

// A confidence as an xsd:decimal lexical form with at most four decimals ("0.85", "1.0").
std::string decimal_lexical(double value);

}  // namespace diplograph::rdf
