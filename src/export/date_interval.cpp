#include "export/date_interval.h"

#include <cstdio>

#include "text/iso_date.h"

namespace diplograph {
namespace {

std::string format(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace

std::optional<DateInterval> date_interval(std::string_view iso_date) {
  const DatePrecision precision = iso_date_precision(iso_date);
  if (precision == DatePrecision::none) return std::nullopt;
  const int year = digits_value(iso_date.substr(0, 4));
  if (year < 1) return std::nullopt;  // xsd:date has no year 0000
  if (precision == DatePrecision::year)
    return DateInterval{format(year, 1, 1), format(year, 12, 31), "year"};
  const int month = digits_value(iso_date.substr(5, 2));
  if (precision == DatePrecision::month)
    return DateInterval{format(year, month, 1), format(year, month, days_in_month(year, month)),
                        "month"};
  const std::string full = format(year, month, digits_value(iso_date.substr(8, 2)));
  return DateInterval{full, full, "day"};
}

}  // namespace diplograph
