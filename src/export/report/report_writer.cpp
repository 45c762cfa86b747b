#include "export/report/report_writer.h"

#include "export/report/report_page.h"
#include "export/report/script_json.h"

namespace diplograph::report {

void write_report(const KnowledgeGraph& graph, const IriScheme& iris,
                  const DocumentTally& documents, const ReportOptions& options, std::ostream& out) {
  out << kPageBeforeData << script_safe_json(report_data_json(graph, iris, documents, options))
      << kPageAfterData;
}

}  // namespace diplograph::report
