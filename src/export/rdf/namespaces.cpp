#include "export/rdf/namespaces.h"

namespace diplograph::rdf {

std::vector<Prefix> prefixes_for(const IriScheme& iris) {
  std::vector<Prefix> out = {
      {"dcterms", std::string(kDcterms)}, {"dip", std::string(kDip)},
      {"owl", std::string(kOwl)},         {"prov", std::string(kProv)},
      {"rdf", std::string(kRdf)},         {"rdfs", std::string(kRdfs)},
      {"skos", std::string(kSkos)},       {"wd", std::string(kWikidata)},
      {"xsd", std::string(kXsd)},
  };
  // The data namespaces follow IriScheme's layout (base + "actor/" ...); a custom base
  // moves them all at once.
  for (const char* kind : {"actor", "doc", "event", "evidence", "mention", "office"}) {
    const std::string folder = std::string(kind) == "doc" ? "document" : kind;
    out.push_back({kind, iris.base + folder + "/"});
  }
  return out;
}

}  // namespace diplograph::rdf
