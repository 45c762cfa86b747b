#include "export/date_interval.h"

#include "text/iso_date.h"

namespace diplograph {
namespace {

// YYYY-MM-DD. The values fit their digits: iso_date_precision accepted a four-digit year
// from 0001 and a month and day of the calendar. (snprintf took more instructions than the
// rest of an event's export view.)
std::string format(int year, int month, int day) {
  std::string out = "0000-00-00";
  for (std::size_t k = 4; k-- > 0; year /= 10) out[k] = static_cast<char>('0' + year % 10);
  out[5] = static_cast<char>('0' + month / 10);
  out[6] = static_cast<char>('0' + month % 10);
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
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
