#include "export/rdf/ntriples_writer.h"

#include <algorithm>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/rdf/rdf_triples.h"
#include "export/rdf/serd_serializer.h"

namespace diplograph {
namespace {

// Byte order of "<iri>" forms, the order of the lines' first field: an IRI that is a
// prefix of another sorts by '>' against the other's next byte.
bool angle_bracket_less(const std::string& a, const std::string& b) {
  const auto [pa, pb] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  const auto ca = static_cast<unsigned char>(pa == a.end() ? '>' : *pa);
  const auto cb = static_cast<unsigned char>(pb == b.end() ? '>' : *pb);
  if (pa == a.end() && pb == b.end()) return false;
  return ca < cb;
}

}  // namespace

void write_ntriples(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  // Lines sorted by bytes, for `sort -u` and `comm` pipelines. Subjects are taken in the
  // byte order of their "<iri>" form and each subject's lines sorted on their own, which is
  // the global byte order of the lines, without holding the whole file.
  const rdf::SubjectTriples subjects(graph, iris);
  std::vector<std::size_t> order(subjects.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return angle_bracket_less(subjects.subject(a), subjects.subject(b));
  });
  std::ostringstream buffer;
  rdf::Serializer serializer({}, rdf::Syntax::ntriples, buffer);
  std::vector<std::string> lines;
  for (const std::size_t i : order) {
    serializer.write(subjects.triples(i));
    // Serd escapes newlines in literals, so every line is one triple.
    std::istringstream block(buffer.str());
    buffer.str({});
    lines.clear();
    for (std::string line; std::getline(block, line);)
      if (!line.empty()) lines.push_back(std::move(line));
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    for (const std::string& line : lines) out << line << '\n';
  }
  serializer.finish();
  if (!out.good()) throw std::runtime_error("RDF export: the output stream failed");
}

}  // namespace diplograph
