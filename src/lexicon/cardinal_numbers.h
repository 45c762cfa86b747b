#pragma once
// Cardinal numbers written as words in one language ("three", "tiga"), read with ICU's
// spell-out rules for the language's locale, so no language's number words live in code.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

// Reads one word as a cardinal number: a spelled-out number of the language ("four") or
// digits ("4"). Copies share one ICU parser; parsing is serialised, so one instance may be
// used from many threads.
class CardinalNumbers {
 public:
  CardinalNumbers() = default;
  // The parser of the language tagged `tag` ("en", "id"); none when ICU has no spell-out
  // rules for it (then only digits are read).
  explicit CardinalNumbers(const std::string& tag);
  // The value of the whole word, or nullopt when it is not a number.
  std::optional<long> value(std::string_view word) const;

 private:
  struct Parser;
  std::shared_ptr<Parser> parser_;
};

}  // namespace diplograph
