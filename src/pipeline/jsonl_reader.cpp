#include "pipeline/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "text/field_text.h"
#include "text/iso_date.h"

namespace diplograph {
namespace {

// Reads an optional string field; a present non-string value is a record error.
bool optional_string(const nlohmann::json& record, const char* key, std::string& into,
                     std::string& error) {
  const auto found = record.find(key);
  if (found == record.end() || found->is_null()) return true;
  if (!found->is_string()) {
    error = std::string("field \"") + key + "\" must be a string";
    return false;
  }
  into = found->get<std::string>();
  return true;
}

}  // namespace

std::optional<std::string> iso_date_part(std::string_view value) {
  if (value.size() > 10 && value[10] == 'T') value = value.substr(0, 10);
  if (iso_date_precision(value) == DatePrecision::none) return std::nullopt;
  return std::string(value);
}

std::optional<Document> read_jsonl_record(std::string_view line, const std::string& file,
                                          std::size_t line_number, const ReadOptions& options,
                                          Diagnostic& problem, std::optional<Diagnostic>& warning) {
  problem = {file, line_number, 0, Diagnostic::Severity::error, ""};
  warning.reset();
  nlohmann::json record;
  try {
    record = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& error) {
    // Besides parse_error, nlohmann throws out_of_range for a number beyond a double
    // ("1e999"), even in a key the reader ignores; either way this record is lost, not
    // the run. Only parse_error knows the byte.
    if (const auto* parse_error = dynamic_cast<const nlohmann::json::parse_error*>(&error))
      problem.column = parse_error->byte;
    // nlohmann's message starts with "[json.exception.parse_error.101] "; keep the rest.
    std::string message = error.what();
    if (const auto cut = message.find("] "); cut != std::string::npos) message.erase(0, cut + 2);
    problem.message = "malformed JSON Lines record: " + message + "; skipped";
    return std::nullopt;
  }
  std::string error;
  DocumentMetadata meta;
  std::string text;
  if (!record.is_object()) {
    error = "a record must be a JSON object";
  } else if (!record.contains("id") || !record["id"].is_string() ||
             record["id"].get<std::string>().empty()) {
    error = "field \"id\" must be a non-empty string";
  } else if (auto id_fault = document_id_fault(record["id"].get<std::string>())) {
    error = *id_fault;
  } else if (!record.contains("text") || !record["text"].is_string()) {
    error = "field \"text\" must be a string";
  } else {
    meta.id = record["id"].get<std::string>();
    text = record["text"].get<std::string>();
    std::string published, lang;
    if (optional_string(record, "title", meta.title, error) &&
        optional_string(record, "published", published, error) &&
        optional_string(record, "url", meta.url, error) &&
        optional_string(record, "source", meta.source, error) &&
        optional_string(record, "lang", lang, error)) {
      std::string dropped;
      if (!published.empty()) {
        if (auto date = iso_date_part(published))
          meta.published = *date;
        else
          dropped = "\"published\" is not an ISO 8601 date";
      }
      if (!lang.empty()) {
        if (is_language_tag(lang))
          meta.lang = lang;
        else
          dropped += std::string(dropped.empty() ? "" : "; ") + "\"lang\" is not a language tag";
      }
      if (!dropped.empty())
        warning = Diagnostic{file, line_number, 0, Diagnostic::Severity::warning,
                             "record \"" + meta.id + "\": " + dropped + "; ignored"};
    }
  }
  if (!error.empty()) {
    problem.message = error + "; skipped";
    return std::nullopt;
  }
  const std::string id = meta.id;
  auto document = make_document(std::move(text), std::move(meta), file, options, problem);
  if (!document) {
    // make_document names places inside the text; the record's line is what a user can find.
    problem.line = line_number;
    problem.column = 0;
    problem.message = "text of record \"" + id + "\": " + problem.message;
  }
  return document;
}

}  // namespace diplograph
