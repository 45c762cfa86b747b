#pragma once
#include <string_view>

namespace diplograph {

// How much of a calendar date an ISO 8601 date states: "2024", "2024-04" or "2024-04-23".
enum class DatePrecision { none, year, month, day };

// The precision of `date` when it is exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real
// month and day of the Gregorian calendar (2024-02-29 yes, 2023-02-29 no); none otherwise.
// The one date check of the project: readers, the RDF datatypes and the property-graph
// intervals all go through it.
DatePrecision iso_date_precision(std::string_view date);

// The days of `month` (1-12) in `year`, leap years included.
int days_in_month(int year, int month);

// The number a run of ASCII digits spells ("0423" -> 423); callers check the digits first.
int digits_value(std::string_view digits);

}  // namespace diplograph
