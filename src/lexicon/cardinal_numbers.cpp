#include "lexicon/cardinal_numbers.h"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <charconv>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include "lexicon/string_hash.h"

namespace diplograph {

struct CardinalNumbers::Parser {
  std::unique_ptr<icu::RuleBasedNumberFormat> format;
  // ICU documents no thread safety for parse(), and a spell-out parse costs tens of
  // microseconds: each word's answer is kept, so the rules read a word once per run (the
  // extraction asks about the words before every collective noun). Guards both.
  std::shared_mutex mutex;
  StringMap<std::optional<long>> known;
  // The words kept at most: a text of endless distinct words cannot grow the map further.
  static constexpr std::size_t kMaxKnown = 1 << 16;

  std::optional<long> parse(std::string_view word);
};

std::optional<long> CardinalNumbers::Parser::parse(std::string_view word) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::Formattable result;
  icu::ParsePosition position;
  format->parse(text, result, position);
  // The whole word must be the number ("three", not "threefold").
  if (position.getIndex() != text.length()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const long value = static_cast<long>(result.getInt64(status));
  return U_SUCCESS(status) ? std::optional<long>(value) : std::nullopt;
}

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
  {
    const std::shared_lock reading(parser_->mutex);
    if (auto found = parser_->known.find(word); found != parser_->known.end()) return found->second;
  }
  const std::unique_lock writing(parser_->mutex);
  const std::optional<long> value = parser_->parse(word);
  if (parser_->known.size() < Parser::kMaxKnown) parser_->known.emplace(word, value);
  return value;
}

}  // namespace diplograph
