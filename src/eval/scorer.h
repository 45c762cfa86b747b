#pragma once
#include <map>
#include <string>
#include <vector>

#include "eval/gold.h"
#include "graph/knowledge_graph.h"

namespace diplograph {

// True positives, false positives and false negatives of one row of the score table.
struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

// Extraction quality against gold annotations, computed exactly as the reference scorer
// (tests/gold/score.py) computes it from the facts export: entities matched per document
// by type and normalised name, relations as (type, subject, object) sets per document,
// micro-averaged over the documents that have a gold file.
struct EvaluationReport {
  std::map<std::string, Counts> entities;   // by entity type
  std::map<std::string, Counts> relations;  // by relation type
  std::size_t dates_agreeing = 0;
  std::size_t dates_compared = 0;
  std::vector<std::string> misses;  // "<doc> entity FN: ..." lines, as score.py --verbose

  Counts entity_total() const;
  Counts relation_total() const;
  // The table score.py prints, byte for byte.
  std::string table() const;
};

EvaluationReport evaluate(const KnowledgeGraph& graph, const std::vector<GoldDocument>& gold);

}  // namespace diplograph
