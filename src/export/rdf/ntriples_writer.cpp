#include "export/rdf/ntriples_writer.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "export/rdf/rdf_triples.h"
#include "export/rdf/serd_serializer.h"

namespace diplograph {

void write_ntriples(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  std::ostringstream buffer;
  rdf::serialize(rdf::rdf_triples(graph, iris), {}, rdf::Syntax::ntriples, buffer);
  // Term order and byte order of the lines differ (`<` sorts before `"` only by accident of
  // the term kinds), so sort the lines themselves: Serd escapes newlines in literals, so
  // every line is one triple.
  std::vector<std::string> lines;
  std::istringstream in(buffer.str());
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(std::move(line));
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  for (const std::string& line : lines) out << line << '\n';
}

}  // namespace diplograph
