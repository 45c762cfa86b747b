#include "pipeline/metadata_sidecar.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pipeline/jsonl_reader.h"

namespace diplograph {

std::filesystem::path sidecar_path(const std::filesystem::path& text_file) {
  auto sidecar = text_file;
  sidecar.replace_extension(".meta.json");
  return sidecar;
}

bool read_metadata_sidecar(const std::filesystem::path& text_file, DocumentMetadata& meta,
                           std::size_t max_bytes, Diagnostic& problem) {
  const auto path = sidecar_path(text_file);
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return true;
  problem = {path.string(), 0, 0, Diagnostic::Severity::error, ""};
  // Its title would be copied into every record of the document's facts.
  if (const auto size = std::filesystem::file_size(path, error); !error && size > max_bytes) {
    problem.message = "metadata sidecar of " + std::to_string(size) +
                      " bytes is over the limit of " + std::to_string(max_bytes) +
                      " bytes; document skipped";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  nlohmann::json record;
  try {
    record = nlohmann::json::parse(buffer.str());
  } catch (const nlohmann::json::exception& error) {
    // out_of_range too: a number beyond a double ("1e999") must skip the document, not
    // end the run. Only parse_error knows the byte.
    if (const auto* parse_error = dynamic_cast<const nlohmann::json::parse_error*>(&error))
      problem.column = parse_error->byte;
    problem.message = "metadata sidecar is not JSON; document skipped";
    return false;
  }
  if (!record.is_object()) {
    problem.message = "metadata sidecar must be a JSON object; document skipped";
    return false;
  }
  for (const char* field : {"title", "published", "url", "source", "lang"}) {
    if (record.contains(field) && !record[field].is_string()) {
      problem.message =
          std::string("metadata field \"") + field + "\" must be a string; document skipped";
      return false;
    }
  }
  auto text = [&](const char* field) {
    return record.contains(field) ? record[field].get<std::string>() : "";
  };
  if (const std::string published = text("published"); !published.empty()) {
    const auto date = iso_date_part(published);
    if (!date) {
      problem.message = "metadata field \"published\" is not an ISO 8601 date; document skipped";
      return false;
    }
    meta.published = *date;
  }
  if (const std::string lang = text("lang"); !lang.empty()) {
    if (!is_language_tag(lang)) {
      problem.message = "metadata field \"lang\" is not a language tag; document skipped";
      return false;
    }
    meta.lang = lang;
  }
  meta.title = text("title");
  meta.url = text("url");
  meta.source = text("source");
  return true;
}

}  // namespace diplograph
