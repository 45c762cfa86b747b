#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "lexicon/lexicon.h"

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

// Reads Indonesian date expressions: absolute ("26 Januari 2024", "Agustus 2019", "tahun
// 2023"), day names with "(dd/mm)", and relative ones ("Rabu", "pekan lalu", "awal bulan
// ini", "Juni lalu") anchored on a reference date (the publication date). Without a
// reference date only absolute expressions resolve. Const; safe from many threads.
class DateFinder {
 public:
  explicit DateFinder(const Lexicon& lexicon) : lexicon_(lexicon) {}

  std::vector<DateExpression> find(const std::vector<Token>& tokens,
                                   const std::optional<PartialDate>& reference) const;

  // The latest full date written in `sentences` (datelines, "(19/11)" with a day name),
  // used as the reference date when the publication date is not given.
  std::optional<PartialDate> infer_reference(
      const std::vector<AnalysedSentence>& sentences,
      const std::vector<std::vector<Token>>& extra_lines) const;

 private:
  const Lexicon& lexicon_;
};

}  // namespace diplograph
