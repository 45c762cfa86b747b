#include "eval/gold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "lexicon/vocabulary.h"

namespace diplograph {

std::string normalise_gold_name(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(name);
  if (U_SUCCESS(status)) text = nfkc->normalize(text, status);
  text.foldCase();
  icu::UnicodeString cleaned;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (c == '-' || (c >= 0x2010 && c <= 0x2015)) cleaned.append(UChar32{' '});
    else if (c == '.' || c == '\'' || c == 0x2019) continue;
    else cleaned.append(c);
  }
  // Collapse runs of white space (Python's str.split() semantics) and trim.
  std::string out;
  bool pending_space = false;
  for (int32_t i = 0; i < cleaned.length();) {
    const UChar32 c = cleaned.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || (c >= 0x1C && c <= 0x1F)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    icu::UnicodeString single(c);
    single.toUTF8String(out);
  }
  return out;
}

std::string gold_document_key(const std::string& name) {
  std::string base = std::filesystem::path(name).filename().string();
  if (base.size() > 4 && base.ends_with(".txt")) base.resize(base.size() - 4);
  return base;
}

std::vector<std::string> canonical_relation(const std::string& type, std::string subject, std::string object) {
  const auto relation = relation_type_from(type);
  if (relation && is_symmetric(*relation) && object < subject) std::swap(subject, object);
  return {type, std::move(subject), std::move(object)};
}

std::vector<GoldDocument> load_gold(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory))
    if (entry.is_regular_file() && entry.path().extension() == ".tsv") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<GoldDocument> documents;
  for (const auto& path : files) {
    GoldDocument document;
    document.key = gold_document_key(path.stem().string());
    std::ifstream in(path, std::ios::binary);
    std::string line;
    std::size_t number = 0;
    auto fail = [&](const std::string& message) {
      throw InputError({path.string(), number, 0, Diagnostic::Severity::error, message});
    };
    while (std::getline(in, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos || line.front() == '#') continue;
      std::vector<std::string> cells;
      std::stringstream split(line);
      for (std::string cell; std::getline(split, cell, '\t');) cells.push_back(cell);
      if (cells[0] == "doc" && cells.size() >= 2) {
        document.key = gold_document_key(cells[1]);
      } else if (cells[0] == "published" && cells.size() >= 2) {
        document.published = cells[1];
      } else if (cells[0] == "entity") {
        if (cells.size() < 4) fail("an entity line needs id, type and names");
        GoldEntity entity{cells[1], cells[2], {}};
        std::stringstream names(cells[3]);
        for (std::string name; std::getline(names, name, '|');) entity.names.insert(normalise_gold_name(name));
        document.entities.push_back(std::move(entity));
      } else if (cells[0] == "relation") {
        if (cells.size() < 4) fail("a relation line needs type, subject and object");
        auto relation = canonical_relation(cells[1], cells[2], cells[3]);
        if (cells.size() > 4 && !cells[4].empty()) document.dates[relation] = cells[4];
        document.relations.insert(std::move(relation));
      } else {
        fail("unknown keyword '" + cells[0] + "'");
      }
    }
    documents.push_back(std::move(document));
  }
  return documents;
}

}  // namespace diplograph
