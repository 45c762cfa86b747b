// libFuzzer target: a JSON Lines corpus as the CLI reads it from a .jsonl file or from
// `--stdin-format jsonl`: split into records by list_inputs, each read by read_jsonl_record
// (JSON, fields, ISO dates, language tags, then make_document's text checks), and the
// extraction stage on each accepted document (where `published` anchors relative dates).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "extraction_check.h"
#include "pipeline/input_source.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace diplograph;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::vector<Diagnostic> diagnostics;
  const auto items = list_inputs({"-"}, StdinFormat::jsonl, &in, diagnostics);
  fuzz::require(diagnostics.empty(), "standard input alone gives no listing diagnostics");
  for (const InputItem& item : items) {
    Diagnostic problem;
    std::optional<Diagnostic> warning;
    const auto document = read_input(item, {}, problem, warning);
    if (warning) fuzz::require(warning->line == item.line, "a warning names the record's line");
    if (!document) {
      fuzz::require(problem.line == item.line, "a rejection names the record's line");
      fuzz::require(!problem.message.empty(), "a rejection carries a message");
      continue;
    }
    fuzz::require(!document->meta.id.empty(), "an accepted record has an id");
    fuzz::extract_and_check(*document);
  }
  return 0;
}
