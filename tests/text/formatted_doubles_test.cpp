// FormattedDoubles gives exactly the text its format makes, whatever values share a slot.
#include "text/formatted_doubles.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace diplograph {
namespace {

std::string formatted_anew(double value, int style) {
  return std::to_string(value) + "/" + std::to_string(style) + (std::signbit(value) ? "-" : "+");
}

TEST(FormattedDoubles, EveryTextIsTheFormatsOwn) {
  FormattedDoubles memo;
  int calls = 0;
  const auto format_with = [&](int style) {
    return [&calls, style](double v) {
      ++calls;
      return formatted_anew(v, style);
    };
  };
  // More values than slots, so that values evict one another, asked again in turn.
  std::vector<double> values = {0.0,
                                -0.0,
                                1.0,
                                0.85,
                                std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
  for (int i = 0; i < 200; ++i) values.push_back(i / 7.0);
  for (int round = 0; round < 3; ++round)
    for (const double value : values)
      for (const int style : {0, 1, 3})
        EXPECT_EQ(memo.text(value, style, format_with(style)), formatted_anew(value, style))
            << value << " style " << style;
  // A value asked twice in a row is formatted once.
  calls = 0;
  memo.text(0.75, 2, format_with(2));
  memo.text(0.75, 2, format_with(2));
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace diplograph
