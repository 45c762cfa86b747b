// find_sentence_ends (text/sentence_breaks.h) against ICU's sentence break iterator itself,
// which split_sentences asks when it cannot answer.
#include "text/sentence_breaks.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace diplograph {
namespace {

// ICU's sentence break iterator with the root rules, the reference.
class IcuSentences {
 public:
  IcuSentences() {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    EXPECT_TRUE(U_SUCCESS(status));
  }
  // The byte offsets ending each sentence of `text`, as ICU finds them.
  std::vector<std::size_t> ends(const std::string& text) {
    const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(text);
    iterator_->setText(utf16);
    std::vector<std::size_t> byte_ends;
    std::size_t byte = 0;
    int32_t unit = 0;
    for (int32_t boundary = iterator_->next(); boundary != icu::BreakIterator::DONE;
         boundary = iterator_->next()) {
      while (unit < boundary) {
        const auto lead = static_cast<unsigned char>(text[byte]);
        const std::size_t bytes = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        unit += bytes == 4 ? 2 : 1;
        byte += bytes;
      }
      byte_ends.push_back(byte);
    }
    return byte_ends;
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
      "\r",            // CR
      "#",             // Other
  };
  return characters;
}

// Calls `check` with every text of one to `longest` characters of `letters`.
template <class Check>
void for_every_text(const std::vector<std::string>& letters, std::size_t longest, Check check) {
  std::vector<std::size_t> digits;
  for (std::size_t length = 1; length <= longest; ++length) {
    digits.assign(length, 0);
    while (true) {
      std::string text;
      for (std::size_t d : digits) text += letters[d];
      check(text);
      std::size_t k = 0;
      while (k < length && ++digits[k] == letters.size()) digits[k++] = 0;
      if (k == length) break;
    }
  }
}

// Calls `check` with `count` random texts of `shortest` to `longest` pieces, each piece a
// character of alphabet() or, as often, one of `words` (so that texts reach their end
// without a terminator, or hold abbreviations and numbers, more often).
template <class Check>
void for_random_texts(std::uint32_t seed, int count, std::size_t shortest, std::size_t longest,
                      const std::vector<std::string>& words, Check check) {
  const auto& letters = alphabet();
  std::mt19937 random(seed);
  std::uniform_int_distribution<std::size_t> pick(0, letters.size() - 1);
  std::uniform_int_distribution<std::size_t> pick_word(0, words.size() - 1);
  std::uniform_int_distribution<std::size_t> size(shortest, longest);
  for (int n = 0; n < count; ++n) {
    std::string text;
    for (std::size_t k = size(random); k > 0; --k)
      text += random() % 2 ? letters[pick(random)] : words[pick_word(random)];
    check(text);
  }
}

TEST(SentenceEnds, AgreeWithIcuOnEveryShortText) {
  IcuSentences icu;
  std::size_t answered = 0, texts = 0;
  std::vector<std::size_t> ends;
  for_every_text(alphabet(), 5, [&](const std::string& text) {
    ++texts;
    if (!find_sentence_ends(text, ends)) return;
    ++answered;
    EXPECT_EQ(ends, icu.ends(text)) << "in \"" << text << "\"";
  });
  // Only texts with an Extend or Format character are left to ICU: two characters in 20.
  EXPECT_GT(answered, texts / 2);
  EXPECT_LT(answered, texts);
}

TEST(SentenceEnds, AgreeWithIcuOnEverySixCharacterAsciiText) {
  // Rule SB8 looks from a full stop across closers, spaces and other characters to a letter.
  const std::vector<std::string> ascii = {"a", "A", "1", " ", ".", "?", ",", "\"", ")", "#", "\r"};
  IcuSentences icu;
  std::vector<std::size_t> ends;
  for_every_text(ascii, 6, [&](const std::string& text) {
    ASSERT_TRUE(find_sentence_ends(text, ends)) << text;
    EXPECT_EQ(ends, icu.ends(text)) << "in \"" << text << "\"";
  });
}

TEST(SentenceEnds, AgreeWithIcuOnLongerRandomTexts) {
  IcuSentences icu;
  std::size_t answered = 0, with_several = 0;
  std::vector<std::size_t> ends;
  for_random_texts(20261203, 30000, 5, 40, {"kata ", "Kata ", "Dr. ", "U.S. ", "3.5 ", "no. 7 "},
                   [&](const std::string& text) {
                     if (!find_sentence_ends(text, ends)) return;
                     ++answered;
                     with_several += ends.size() > 1;
                     EXPECT_EQ(ends, icu.ends(text)) << "in \"" << text << "\"";
                   });
  EXPECT_GT(answered, 5000u);
  EXPECT_GT(with_several, 2500u);
}

TEST(SentenceEnds, FixedCases) {
  std::vector<std::size_t> ends;
  ASSERT_TRUE(find_sentence_ends("One. Two.", ends));
  EXPECT_EQ(ends, (std::vector<std::size_t>{5, 9}));
  ASSERT_TRUE(find_sentence_ends("It cost 1.5 million. Then it fell.", ends));
  EXPECT_EQ(ends, (std::vector<std::size_t>{21, 34}));
  ASSERT_TRUE(find_sentence_ends("He left (at noon.) then came back.", ends));  // SB8: lower case
  EXPECT_EQ(ends, (std::vector<std::size_t>{34}));
  ASSERT_TRUE(find_sentence_ends("", ends));
  EXPECT_TRUE(ends.empty());
  EXPECT_FALSE(find_sentence_ends("e\xCC\x81. Next.", ends));           // Extend: ICU decides
  EXPECT_FALSE(find_sentence_ends("soft\xC2\xADhyphen. Next.", ends));  // Format
  EXPECT_FALSE(find_sentence_ends("broken \xC3 UTF-8. Next.", ends));
}

// Texts that are one sentence (their only end is the text's end), and texts that are not.
TEST(SentenceEnds, OneSentenceOnlyWhenNoBreakBeforeTheEnd) {
  std::vector<std::size_t> ends;
  for (const std::string text : {"Presiden tiba di Pyongyang pada Selasa.",
                                 "He said: \"We will go.\")", "No terminator at all"}) {
    ASSERT_TRUE(find_sentence_ends(text, ends)) << text;
    EXPECT_EQ(ends, std::vector<std::size_t>{text.size()}) << text;
  }
  for (const std::string text :
       {"One. Two.", "It cost 1.5 million. Then it fell.", "Ended. \"Quoted\"", "line\nbreak"}) {
    ASSERT_TRUE(find_sentence_ends(text, ends)) << text;
    EXPECT_GT(ends.size(), 1u) << text;  // a closer after a space, a line feed: new sentences
  }
}

}  // namespace
}  // namespace diplograph
