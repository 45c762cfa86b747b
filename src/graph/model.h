#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/shared_text.h"
#include "graph/vocabulary.h"
#include "text/document.h"
#include "text/language_tag.h"
#include "text/span.h"

namespace diplograph {

// An office a person holds, as the text states it ("Menteri Luar Negeri" of north-korea).
struct Office {
  std::string title;      // as written, in the document's language
  std::string title_en;   // English office name from the lexicon, if known
  std::string holder_of;  // key of the state or organisation, or empty
  friend auto operator<=>(const Office&, const Office&) = default;
};

// One actor of the graph (a Boost.Graph vertex bundle): a state, person, organisation or
// delegation, identified by its canonical key. Merging two of them unions their names,
// offices and documents.
struct ActorVertex {
  std::string key;  // canonical key, a lower-case slug: "north-korea", "kim-jong-un"
  ActorType type = ActorType::State;
  // The display label: the label in the language of one of its documents (the smallest
  // such label when its documents are in several languages).
  std::string label;
  // Its preferred label per language tag (SKOS: at most one per language): every label the
  // gazetteer gives it and, in a language the gazetteer has none for, the name the text of
  // that language used. Merged per language, the smallest label winning.
  LabelsByLanguage labels;
  std::set<std::string> names;  // every surface form seen (label included)
  std::string iso3;             // states: ISO 3166-1 alpha-3
  std::string wikidata;         // QID, only where verified
  std::set<Office> offices;
  std::set<std::string> documents;  // ids of the documents that mention it

  // Its label in `language` ("en"), or empty.
  const std::string& label_in(std::string_view language) const;
};

// Where a relation was read: one sentence of one document. An event has one mention per
// sentence that states it (the GDELT events/mentions model).
struct Mention {
  std::string document;  // document id
  Span span;             // the sentence's byte span in the document text
  Span trigger;          // the trigger words' span
  SharedText sentence;   // the sentence text, held once for all the mentions it gives
  double confidence = 0.0;
  friend auto operator<=>(const Mention&, const Mention&) = default;
};

// One event of the graph (a Boost.Graph edge bundle from subject to object): its type,
// date and modality, and every mention that states it. Events are identified by
// type + participants (sorted when symmetric) + date.
struct RelationEdge {
  RelationType type = RelationType::meet;
  std::string subject;  // actor key
  std::string object;   // actor key
  std::string date;     // ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), or empty
  Modality modality = Modality::asserted;
  std::string office;             // affiliation: the office held, if stated
  std::vector<Mention> mentions;  // sorted, unique

  double confidence() const;      // the highest mention confidence
  std::string event_key() const;  // "visit|north-korea|iran|2024-04-23"
};

// A document the graph was built from, with its metadata (text not kept).
struct DocumentRecord {
  DocumentMetadata meta;
  std::size_t bytes = 0;
  std::size_t sentences = 0;
  friend auto operator<=>(const DocumentRecord&, const DocumentRecord&) = default;
};

using ActorGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         ActorVertex, RelationEdge>;
using ActorId = ActorGraph::vertex_descriptor;
using EventId = ActorGraph::edge_descriptor;

}  // namespace diplograph
