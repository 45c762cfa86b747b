#include "export/rdf/namespaces.h"

namespace diplograph::rdf {

std::vector<Prefix> prefixes_for(const IriScheme& iris) {
  // Ranks, from counting the nodes of a generated corpus's graph.ttl: dip: (predicates and
  // classes) about six times as often as any data namespace, then mention:, doc:,
  // evidence: and actor: about alike, then prov:, event:, office:, xsd:, skos:, dcterms:.
  std::vector<Prefix> out = {
      {"dcterms", std::string(kDcterms), 11}, {"dip", std::string(kDip), 0},
      {"owl", std::string(kOwl), 12},         {"prov", std::string(kProv), 6},
      {"rdf", std::string(kRdf), 13},         {"rdfs", std::string(kRdfs), 14},
      {"skos", std::string(kSkos), 10},       {"wd", std::string(kWikidata), 15},
      {"xsd", std::string(kXsd), 9},
  };
  // The data namespaces follow IriScheme's layout (base + "actor/" ...); a custom base
  // moves them all at once.
  for (const auto& [kind, rank] :
       {std::pair{"actor", 4u}, std::pair{"doc", 2u}, std::pair{"event", 7u},
        std::pair{"evidence", 3u}, std::pair{"mention", 1u}, std::pair{"office", 8u}}) {
    const std::string folder = std::string(kind) == "doc" ? "document" : kind;
    out.push_back({kind, iris.base + folder + "/", rank});
  }
  return out;
}

}  // namespace diplograph::rdf
