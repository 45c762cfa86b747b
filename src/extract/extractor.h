#pragma once
#include "extract/dates.h"
#include "extract/extraction.h"
#include "extract/extraction_limits.h"
#include "extract/mention_finder.h"
#include "extract/relation_finder.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"

namespace diplograph {

// The extraction stage for one document: sentences, mentions, dates, relations.
// A const object over a shared Lexicon, usable from many threads at once; each thread
// passes its own Stemmer. Each document is held to `limits` (extract/extraction_limits.h).
class Extractor {
 public:
  explicit Extractor(const Lexicon& lexicon, ExtractionLimits limits = {});
  // Requires: document.text is valid UTF-8 in NFC. Throws BudgetExceeded
  // (extract/document_budget.h) when the document spends its time or memory budget.
  DocumentExtraction extract(const Document& document, Stemmer& stemmer) const;

 private:
  const Lexicon& lexicon_;
  ExtractionLimits limits_;
  MentionFinder mentions_;
  DateFinder dates_;
  RelationFinder relations_;
};

}  // namespace diplograph
