#include "export/rdf/ntriples_writer.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "export/rdf/ntriples_line.h"
#include "export/rdf/rdf_triples.h"

namespace diplograph {
namespace {

// Byte order of "<iri>" forms, the order of the lines' first field: an IRI that is a
// prefix of another sorts by '>' against the other's next byte.
bool angle_bracket_less(std::string_view a, std::string_view b) {
  const std::size_t common = std::min(a.size(), b.size());
  if (const int order = std::memcmp(a.data(), b.data(), common); order != 0) return order < 0;
  if (a.size() == b.size()) return false;
  const auto ca = static_cast<unsigned char>(a.size() == common ? '>' : a[common]);
  const auto cb = static_cast<unsigned char>(b.size() == common ? '>' : b[common]);
  return ca < cb;
}

}  // namespace

void write_ntriples(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_ntriples_from(rdf::SubjectTriples(graph, iris), out);
}

void write_ntriples_from(const rdf::SubjectTriples& subjects, std::ostream& out) {
  // Lines sorted by bytes, for `sort -u` and `comm` pipelines. Subjects are taken in the
  // byte order of their "<iri>" form and each subject's lines sorted on their own, which is
  // the global byte order of the lines, without holding the whole file.
  std::vector<std::size_t> order(subjects.size());
  std::iota(order.begin(), order.end(), 0);
  const std::size_t shared = subjects.shared_prefix();
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return angle_bracket_less(std::string_view(subjects.subject(a)).substr(shared),
                              std::string_view(subjects.subject(b)).substr(shared));
  });
  // Each subject's lines are made into `block`, sorted as views into it and gathered in
  // `output`, which goes to the stream in large writes.
  rdf::SubjectBlock statements;
  std::string block;
  std::vector<std::string_view> lines;
  std::string output;
  constexpr std::size_t kFlushBytes = 1 << 20;
  for (const std::size_t i : order) {
    subjects.fill(i, statements);
    block.clear();
    for (const rdf::Statement& statement : statements.statements)
      rdf::append_ntriples_line(block, statements.subject, statement.predicate, statement.object);
    // Literals are escaped, so every line is one triple. Every line of the block starts
    // with the same "<subject> ": the lines are sorted on what follows it.
    lines.clear();
    const std::size_t subject_part_size = block.find("> ") + 2;
    for (std::size_t begin = 0; begin < block.size();) {
      const std::size_t end = block.find('\n', begin);
      lines.emplace_back(block.data() + begin + subject_part_size,
                         end + 1 - begin - subject_part_size);
      begin = end + 1;
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    const std::string_view subject_part(block.data(), lines.empty() ? 0 : subject_part_size);
    for (const std::string_view line : lines) {
      output += subject_part;
      output += line;
    }
    if (output.size() >= kFlushBytes) {
      out.write(output.data(), static_cast<std::streamsize>(output.size()));
      output.clear();
    }
  }
  out.write(output.data(), static_cast<std::streamsize>(output.size()));
  if (!out.good()) throw std::runtime_error("RDF export: the output stream failed");
}

}  // namespace diplograph
