#include "export/report/report_writer.h"

#include "export/report/report_page.h"
#include "export/report/script_json.h"

namespace diplograph::report {

void write_report(const KnowledgeGraph& graph, const IriScheme& iris,
                  const DocumentTally& documents, const ReportOptions& options, std::ostream& out) {
  out << kPageBeforeData;
  // The data goes out as it is made, escaped piece by piece: whole, it would be held twice
  // (as JSON and escaped), the run's peak of memory on a large corpus.
  std::string safe;
  write_report_data(graph, iris, documents, options, [&](std::string_view piece) {
    safe.clear();
    append_script_safe_json(piece, safe);
    out.write(safe.data(), static_cast<std::streamsize>(safe.size()));
  });
  out << kPageAfterData;
}

}  // namespace diplograph::report
