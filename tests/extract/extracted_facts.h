#pragma once
// What one document's extraction states, in the shape the extraction tests assert on: a set
// of (relation type, subject, object), each actor by its gazetteer key, else its surface name.
#include <gtest/gtest.h>

#include <functional>
#include <set>
#include <string>
#include <tuple>

#include "extract/extraction.h"
#include "extract/extractor.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"

namespace diplograph {

using ExtractedFact = std::tuple<std::string, std::string, std::string>;  // type, subject, object

// The gazetteer key of mention `m`, else the words the text names it with.
inline std::string actor_of(const DocumentExtraction& extraction, std::size_t m) {
  const ActorMention& mention = extraction.mentions.at(m);
  return mention.known_key.empty() ? mention.surface : mention.known_key;
}

// The facts `keep` accepts among those extracted from `text`, read as language `lang`.
inline std::set<ExtractedFact> extracted_facts(
    const Lexicon& lexicon, Stemmer& stemmer, const std::string& text, const std::string& lang,
    const std::function<bool(const RelationCandidate&)>& keep) {
  Document document;
  document.meta.id = "test.txt";
  document.meta.lang = lang;
  document.text = text;
  const DocumentExtraction extraction = Extractor(lexicon).extract(document, stemmer);
  std::set<ExtractedFact> facts;
  for (const RelationCandidate& r : extraction.relations)
    if (keep(r))
      facts.emplace(name_of(r.type), actor_of(extraction, r.subject),
                    actor_of(extraction, r.object));
  return facts;
}

// "type subject -> object; " for each fact: what a failed expectation prints.
inline std::string describe_facts(const std::set<ExtractedFact>& facts) {
  std::string out;
  for (const auto& [type, subject, object] : facts)
    out.append(type).append(" ").append(subject).append(" -> ").append(object).append("; ");
  return out;
}

// A symmetric relation holds in either order.
inline bool has_pair(const std::set<ExtractedFact>& facts, const std::string& type,
                     const std::string& a, const std::string& b) {
  return facts.count({type, a, b}) || facts.count({type, b, a});
}

// The bundled Indonesian lexicon, loaded once for every extraction test that reads it.
inline const Lexicon& bundled_indonesian_lexicon() {
  static const Lexicon loaded = Lexicon::load(default_lexicon_root() / "id");
  return loaded;
}

// A fixture for tests of Indonesian relations: facts(text) gives the asserted facts of
// `text` other than affiliations, each actor by its gazetteer key, else its name.
class IndonesianFactsTest : public ::testing::Test {
 protected:
  std::set<ExtractedFact> facts(const std::string& text) {
    return extracted_facts(
        bundled_indonesian_lexicon(), stemmer_, text, "id", [](const RelationCandidate& r) {
          return r.modality == Modality::asserted && r.type != RelationType::affiliation;
        });
  }

  Stemmer stemmer_{bundled_indonesian_lexicon().hunspell_dictionary()};
};

}  // namespace diplograph
