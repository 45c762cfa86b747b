// is_one_sentence (text/sentence_breaks.h) against ICU's sentence break iterator itself,
// the one split_sentences asks when the answer is no.
#include "text/sentence_breaks.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace diplograph {
namespace {

// Whether ICU's root sentence rules find no break in `text` before its end.
class IcuSentences {
 public:
  IcuSentences() {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    EXPECT_TRUE(U_SUCCESS(status));
  }
  bool one_sentence(const std::string& text) {
    const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(text);
    iterator_->setText(utf16);
    const int32_t first = iterator_->next();
    return first == icu::BreakIterator::DONE || first == utf16.length();
  }

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

// One character of each kind the sentence rules tell apart, some of them outside ASCII.
const std::vector<std::string>& alphabet() {
  static const std::vector<std::string> characters = {
      "a",
      "A",
      "1",
      " ",
      ".",
      "?",
      ",",
      "\"",
      ")",
      "-",
      "\n",            // LF
      "\xC2\xA0",      // U+00A0 no-break space (Sp)
      "\xE3\x80\x82",  // U+3002 ideographic full stop (STerm)
      "\xCC\x81",      // U+0301 combining acute accent (Extend)
      "\xC2\xAD",      // U+00AD soft hyphen (Format)
      "\xE2\x80\xA8",  // U+2028 line separator (Sep)
      "\xE2\x80\x9D",  // U+201D right double quotation mark (Close)
      "\xD8\xA7",      // U+0627 Arabic alef (OLetter)
  };
  return characters;
}

TEST(SentenceBreaks, AgreesWithIcuOnEveryShortText) {
  IcuSentences icu;
  const auto& letters = alphabet();
  std::size_t said_one = 0, texts = 0;
  std::vector<std::size_t> digits;
  for (std::size_t length = 1; length <= 4; ++length) {
    digits.assign(length, 0);
    while (true) {
      std::string text;
      for (std::size_t d : digits) text += letters[d];
      ++texts;
      if (is_one_sentence(text)) {
        ++said_one;
        EXPECT_TRUE(icu.one_sentence(text)) << "ICU breaks inside \"" << text << "\"";
      }
      std::size_t k = 0;
      while (k < length && ++digits[k] == letters.size()) digits[k++] = 0;
      if (k == length) break;
    }
  }
  // The shortcut must be taken often enough to matter, and not for everything.
  EXPECT_GT(said_one, texts / 4);
  EXPECT_LT(said_one, texts);
}

TEST(SentenceBreaks, AgreesWithIcuOnLongerRandomTexts) {
  IcuSentences icu;
  const auto& letters = alphabet();
  std::mt19937 random(20261202);
  std::uniform_int_distribution<std::size_t> pick(0, letters.size() - 1);
  std::uniform_int_distribution<std::size_t> size(5, 16);
  std::size_t said_one = 0;
  for (int n = 0; n < 50000; ++n) {
    // Mostly words, so that texts reach their end without a terminator more often.
    std::string text;
    for (std::size_t k = size(random); k > 0; --k)
      text += random() % 2 ? letters[pick(random)] : std::string("kata ");
    if (!is_one_sentence(text)) continue;
    ++said_one;
    EXPECT_TRUE(icu.one_sentence(text)) << "ICU breaks inside \"" << text << "\"";
  }
  EXPECT_GT(said_one, 1000u);
}

TEST(SentenceBreaks, SendsTerminatorsInsideOrSeparatorsToIcu) {
  EXPECT_TRUE(is_one_sentence("Presiden tiba di Pyongyang pada Selasa."));
  EXPECT_TRUE(is_one_sentence("He said: \"We will go.\")"));
  EXPECT_TRUE(is_one_sentence("No terminator at all"));
  EXPECT_TRUE(is_one_sentence(""));
  EXPECT_FALSE(is_one_sentence("One. Two."));
  EXPECT_FALSE(is_one_sentence("It cost 1.5 million."));
  EXPECT_FALSE(is_one_sentence("Ended. \"Quoted\""));  // a closer after a space opens anew
  EXPECT_FALSE(is_one_sentence("line\nbreak"));
  EXPECT_FALSE(is_one_sentence("broken \xC3 UTF-8"));
}

}  // namespace
}  // namespace diplograph
