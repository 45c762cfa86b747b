#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "graph/model.h"
#include "lexicon/lexicon.h"

namespace diplograph {

// The actors and events of one document, with canonical keys: ready to fold into the graph.
struct ResolvedDocument {
  DocumentRecord record;
  std::vector<ActorVertex> actors;
  std::vector<RelationEdge> events;
};

// Turns a document's mentions into actors with canonical keys (gazetteer keys; capitals
// to their state; short forms to the full name; delegations to their state) and its
// relation candidates into events with their evidence. Const; safe from many threads.
class Resolver {
 public:
  explicit Resolver(const Lexicon& lexicon) : lexicon_(lexicon) {}
  ResolvedDocument resolve(const DocumentExtraction& extraction) const;

 private:
  const Lexicon& lexicon_;
};

// A canonical key from a name: case-folded, hyphens, spaces and punctuation folded to
// single hyphens ("Kim Jong-un" -> "kim-jong-un").
std::string key_from_name(std::string_view name);

}  // namespace diplograph
