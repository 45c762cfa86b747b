#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "lexicon/lexicon.h"
#include "lexicon/string_hash.h"

namespace diplograph {

// A calendar date as precise as the text allows: year only, year and month, or a day.
struct PartialDate {
  int year = 0;
  int month = 0;            // 0 when unknown
  int day = 0;              // 0 when unknown
  std::string iso() const;  // "2024", "2024-04", "2024-04-23"
  static std::optional<PartialDate> parse_iso(std::string_view iso);
  friend auto operator<=>(const PartialDate&, const PartialDate&) = default;
};

// A date expression found in a sentence: its token range and its resolved date.
struct DateExpression {
  std::size_t first_token = 0;
  std::size_t end_token = 0;
  PartialDate date;
};

// The dates of one document: the reference date relative expressions are anchored on, and
// the date expressions of each sentence (same index as the sentences).
struct DocumentDates {
  std::optional<PartialDate> reference;
  std::vector<std::vector<DateExpression>> by_sentence;
};

// Reads Indonesian date expressions: absolute ("26 Januari 2024", "Agustus 2019", "tahun
// 2023"), day names with "(dd/mm)", and relative ones ("Rabu", "pekan lalu", "awal bulan
// ini", "Juni lalu") anchored on a reference date (the publication date). Without a
// reference date only absolute expressions resolve. Const; safe from many threads.
class DateFinder {
 public:
  explicit DateFinder(const Lexicon& lexicon);

  std::vector<DateExpression> find(const std::vector<Token>& tokens,
                                   const std::optional<PartialDate>& reference) const;

  // Reads the dates of a document: its reference date, and each sentence's date expressions
  // anchored on it. The reference is `published` when that names a day, else the latest full
  // date the document writes, in its sentences or in `extra_lines` (lines that are no
  // sentence: datelines, captions), moved later by a "(dd/mm)" that falls after it. A
  // sentence is read once, anchored on `published`'s day, or else once unanchored and once
  // anchored on the latest date known when it is reached; only a sentence read before a
  // "(dd/mm)" moved the reference is read a third time.
  // `after_sentence` runs after each sentence is read (the caller's budget checks).
  DocumentDates read_document(const std::vector<AnalysedSentence>& sentences,
                              const std::vector<std::vector<Token>>& extra_lines,
                              const std::optional<PartialDate>& published,
                              const std::function<void()>& after_sentence) const;

 private:
  const Lexicon& lexicon_;
  // The first words of every relative date expression (cues.tsv): most words start none,
  // and one test turns them away instead of one per kind of expression.
  HashFilter relative_date_starts_;
};

}  // namespace diplograph
