#include "export/property_graph/date_interval.h"

#include <cstdio>

namespace diplograph::property_graph {
namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (const char ch : text)
    if (ch < '0' || ch > '9') return false;
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (const char ch : digits) value = value * 10 + (ch - '0');
  return value;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::string format(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace

std::optional<DateInterval> date_interval(std::string_view iso_date) {
  const std::size_t n = iso_date.size();
  if (n != 4 && n != 7 && n != 10) return std::nullopt;
  if (!all_digits(iso_date.substr(0, 4))) return std::nullopt;
  const int year = to_int(iso_date.substr(0, 4));
  if (year < 1) return std::nullopt;  // xsd:date has no year 0000
  if (n == 4) return DateInterval{format(year, 1, 1), format(year, 12, 31), "year"};

  if (iso_date[4] != '-' || !all_digits(iso_date.substr(5, 2))) return std::nullopt;
  const int month = to_int(iso_date.substr(5, 2));
  if (month < 1 || month > 12) return std::nullopt;
  if (n == 7)
    return DateInterval{format(year, month, 1), format(year, month, days_in(year, month)), "month"};

  if (iso_date[7] != '-' || !all_digits(iso_date.substr(8, 2))) return std::nullopt;
  const int day = to_int(iso_date.substr(8, 2));
  if (day < 1 || day > days_in(year, month)) return std::nullopt;
  const std::string full = format(year, month, day);
  return DateInterval{full, full, "day"};
}

}  // namespace diplograph::property_graph
