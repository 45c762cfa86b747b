#include "text/iso_date.h"

#include <algorithm>
#include <array>

namespace diplograph {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

int digits_value(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

DatePrecision iso_date_precision(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return DatePrecision::none;
  if (!all_digits(date.substr(0, 4))) return DatePrecision::none;
  if (date.size() == 4) return DatePrecision::year;
  if (date[4] != '-' || !all_digits(date.substr(5, 2))) return DatePrecision::none;
  const int month = digits_value(date.substr(5, 2));
  if (month < 1 || month > 12) return DatePrecision::none;
  if (date.size() == 7) return DatePrecision::month;
  if (date[7] != '-' || !all_digits(date.substr(8, 2))) return DatePrecision::none;
  const int day = digits_value(date.substr(8, 2));
  if (day < 1 || day > days_in_month(digits_value(date.substr(0, 4)), month))
    return DatePrecision::none;
  return DatePrecision::day;
}

}  // namespace diplograph
