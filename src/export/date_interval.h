#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

// The calendar interval an ISO 8601 date of any precision covers, as full xsd:date values:
// "2019-08" covers 2019-08-01 .. 2019-08-31, "2024" covers 2024-01-01 .. 2024-12-31, a full
// date covers itself. Gephi's timeline (timeformat="date") and Neo4j's `date` type need full
// dates; `precision` keeps what the text actually said ("year", "month" or "day").
struct DateInterval {
  std::string first_day;  // YYYY-MM-DD
  std::string last_day;   // YYYY-MM-DD
  std::string precision;  // "year", "month" or "day"
  friend bool operator==(const DateInterval&, const DateInterval&) = default;
};

// Returns nullopt for an empty or malformed date (month 13, 2023-02-30, "kemarin"): such an
// edge is exported undated rather than with a date a reader would reject.
std::optional<DateInterval> date_interval(std::string_view iso_date);

}  // namespace diplograph
