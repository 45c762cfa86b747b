// libFuzzer target: the bytes of a text document (a .txt file or standard input) through
// the whole text path: UTF-8 check, binary and empty detection, line ends and NFC
// (make_document, which read_text_document calls after reading the file), then the
// extraction stage on what it accepts.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extraction_check.h"
#include "pipeline/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace diplograph;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  DocumentMetadata meta;
  meta.id = "fuzz.txt";
  Diagnostic problem;
  const auto document = make_document(std::move(bytes), std::move(meta), "fuzz.txt", {}, problem);
  if (!document) {
    // A rejected document must say why, and where for a UTF-8 fault.
    fuzz::require(!problem.message.empty(), "a rejection carries a message");
    fuzz::require(problem.file == "fuzz.txt", "a rejection names the document");
    return 0;
  }
  fuzz::extract_and_check(*document);
  return 0;
}
