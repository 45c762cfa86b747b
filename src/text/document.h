#pragma once
#include <compare>
#include <string>

namespace diplograph {

// What is known about a document besides its text. `id` is the file name (or the `id`
// of a JSON Lines record); `published` is an ISO date that anchors relative dates; `lang`
// is the language tag the metadata states, or empty until the build tells it (CLD2).
struct DocumentMetadata {
  std::string id;
  std::string title;
  std::string published;  // ISO 8601 date, or empty when unknown
  std::string url;
  std::string source;
  std::string lang;
  friend auto operator<=>(const DocumentMetadata&, const DocumentMetadata&) = default;
};

// A document ready for extraction: its metadata and its text, valid UTF-8 in NFC.
// All spans of the pipeline are byte offsets into `text`.
struct Document {
  DocumentMetadata meta;
  std::string text;
};

}  // namespace diplograph
