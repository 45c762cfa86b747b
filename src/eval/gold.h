#pragma once
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "text/diagnostic.h"

namespace diplograph {

// One actor of a gold annotation: its id (a label inside the gold only), type and the
// normalised names it may be written with.
struct GoldEntity {
  std::string id;
  std::string type;
  std::set<std::string> names;  // normalised with normalise_gold_name
};

// The hand annotation of one document (tests/gold/GUIDELINES.md): entities in file order,
// relations as canonical (type, subject, object) triples, and their dates where given.
struct GoldDocument {
  std::string key;  // document file name without ".txt"
  std::string published;
  std::vector<GoldEntity> entities;
  std::set<std::vector<std::string>> relations;  // {type, subject, object}, symmetric sorted
  std::map<std::vector<std::string>, std::string> dates;
};

// Reads every `*.tsv` of `directory`, sorted by name. Throws InputError naming file:line
// on a malformed line.
std::vector<GoldDocument> load_gold(const std::filesystem::path& directory);

// The scorer's name normalisation: NFKC, case folding, hyphens to spaces, dots and
// apostrophes dropped, white space collapsed ("Kim Jong-un" == "KIM JONG UN").
std::string normalise_gold_name(const std::string& name);

// "000_x.txt" and "000_x" both give "000_x".
std::string gold_document_key(const std::string& name);

// The canonical form of a relation: symmetric relations have their ends sorted.
std::vector<std::string> canonical_relation(const std::string& type, std::string subject, std::string object);

}  // namespace diplograph
