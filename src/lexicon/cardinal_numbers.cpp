#include "lexicon/cardinal_numbers.h"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <charconv>
#include <mutex>

namespace diplograph {

struct CardinalNumbers::Parser {
  std::unique_ptr<icu::RuleBasedNumberFormat> format;
  std::mutex mutex;  // ICU documents no thread safety for parse()
};

CardinalNumbers::CardinalNumbers(const std::string& tag) : parser_(std::make_shared<Parser>()) {
  UErrorCode status = U_ZERO_ERROR;
  auto format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                             icu::Locale(tag.c_str()), status);
  if (U_SUCCESS(status)) parser_->format = std::move(format);
}

std::optional<long> CardinalNumbers::value(std::string_view word) const {
  if (word.empty()) return std::nullopt;
  long digits = 0;
  const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), digits);
  if (error == std::errc() && end == word.data() + word.size()) return digits;
  if (!parser_ || !parser_->format) return std::nullopt;
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::Formattable result;
  icu::ParsePosition position;
  {
    std::lock_guard lock(parser_->mutex);
    parser_->format->parse(text, result, position);
  }
  // The whole word must be the number ("three", not "threefold").
  if (position.getIndex() != text.length()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const long value = static_cast<long>(result.getInt64(status));
  return U_SUCCESS(status) ? std::optional<long>(value) : std::nullopt;
}

}  // namespace diplograph
