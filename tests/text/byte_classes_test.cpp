// The byte-class tables the exports decide "nothing to escape" with (text/byte_classes.h).
#include "text/byte_classes.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace diplograph {
namespace {

constexpr std::uint8_t kQuoteClass = 1;
constexpr std::uint8_t kHighClass = 2;
constexpr ByteClassTable kQuotesAndHighBytes =
    make_byte_class_table([](unsigned byte) -> std::uint8_t {
      std::uint8_t classes = byte == '"' ? kQuoteClass : 0;
      if (byte >= 0x80) classes |= kHighClass;
      return classes;
    });

TEST(ByteClasses, TheUnionOfTheClassesOfEveryByte) {
  EXPECT_EQ(byte_classes("", kQuotesAndHighBytes), 0);
  EXPECT_EQ(byte_classes("plain ascii, no quote", kQuotesAndHighBytes), 0);
  EXPECT_EQ(byte_classes("a \"quoted\" word", kQuotesAndHighBytes), kQuoteClass);
  EXPECT_EQ(byte_classes("caf\xC3\xA9", kQuotesAndHighBytes), kHighClass);
  EXPECT_EQ(byte_classes("\"caf\xC3\xA9\"", kQuotesAndHighBytes), kQuoteClass | kHighClass);
  // A NUL byte is a byte like any other: the view's length, not a terminator, ends the text.
  EXPECT_EQ(byte_classes(std::string_view("a\0\"", 3), kQuotesAndHighBytes), kQuoteClass);
}

TEST(ByteClasses, FindsTheFirstByteOfAClassFromAnOffset) {
  const std::string_view text = "ab\"c\xC3\xA9\"";
  EXPECT_EQ(find_byte_of_class(text, kQuotesAndHighBytes, kQuoteClass), 2u);
  EXPECT_EQ(find_byte_of_class(text, kQuotesAndHighBytes, kQuoteClass, 3), 6u);
  EXPECT_EQ(find_byte_of_class(text, kQuotesAndHighBytes, kHighClass), 4u);
  EXPECT_EQ(find_byte_of_class(text, kQuotesAndHighBytes, kQuoteClass, 7), text.size());
  EXPECT_EQ(find_byte_of_class("no quote here", kQuotesAndHighBytes, kQuoteClass), 13u);
}

// Tables of every shape the block scan must handle: classed bytes on both sides of a range
// and a few inside it; more inside than it compares (scanned byte by byte); a range that
// starts at byte 0 and one that ends at 255; no byte without a class.
constexpr ByteClassTable kControlQuoteBackslash =
    make_byte_class_table([](unsigned byte) -> std::uint8_t {
      if (byte < 0x20 || byte == '"' || byte == '\\') return 1;
      return byte >= 0x80 ? 2 : 0;
    });
constexpr ByteClassTable kManyPunctuation =
    make_byte_class_table([](unsigned byte) -> std::uint8_t {
      return byte < 0x20 || std::string_view("<>\"{}|^`\\ &'=;#%").find(static_cast<char>(byte)) !=
                                std::string_view::npos
                 ? 1
                 : 0;
    });
constexpr ByteClassTable kHighBytesOnly = make_byte_class_table(
    [](unsigned byte) -> std::uint8_t { return byte >= 0x80 || byte == 'q' ? 4 : 0; });
constexpr ByteClassTable kLowBytesOnly =
    make_byte_class_table([](unsigned byte) -> std::uint8_t { return byte < 0x41 ? 8 : 0; });
constexpr ByteClassTable kEveryByte =
    make_byte_class_table([](unsigned byte) -> std::uint8_t { return byte % 2 ? 1 : 2; });

TEST(ByteClasses, TablesKnowTheRangeTheirBlocksAreTestedAgainst) {
  EXPECT_TRUE(kControlQuoteBackslash.scans_blocks);
  EXPECT_EQ(kControlQuoteBackslash.range_first, 0x20);
  EXPECT_EQ(kControlQuoteBackslash.range_last, 0x7F);
  EXPECT_EQ(kControlQuoteBackslash.classed_in_range_count, 2);
  EXPECT_FALSE(kManyPunctuation.scans_blocks);  // 14 classed bytes inside its range
  EXPECT_TRUE(kHighBytesOnly.scans_blocks);
  EXPECT_EQ(kHighBytesOnly.range_first, 0x00);
  EXPECT_TRUE(kLowBytesOnly.scans_blocks);
  EXPECT_EQ(kLowBytesOnly.range_last, 0xFF);
  EXPECT_FALSE(kEveryByte.scans_blocks);
}

// Every table against a byte-by-byte reading, on texts of every length around the blocks'
// edges, mostly of bytes without a class, with classed ones at every place.
TEST(ByteClasses, BlockScansAgreeWithEveryByteLookedUp) {
  std::mt19937 random(20261202);
  const std::string plain = "Presiden tiba di Pyongyang pada Selasa pagi 12345 ()-.,:";
  const std::string special = std::string("\"\\<>&q\n\t\x7F\x80\xC3\xA9\xFF", 14) + '\0';
  for (const ByteClassTable* table :
       {&kControlQuoteBackslash, &kManyPunctuation, &kHighBytesOnly, &kLowBytesOnly, &kEveryByte}) {
    for (std::size_t length = 0; length <= 70; ++length) {
      for (int round = 0; round < 40; ++round) {
        std::string text;
        for (std::size_t k = 0; k < length; ++k)
          text += random() % 16 == 0 ? special[random() % special.size()]
                                     : plain[random() % plain.size()];
        std::uint8_t expected = 0;
        for (const char c : text) expected |= (*table)[static_cast<unsigned char>(c)];
        ASSERT_EQ(byte_classes(text, *table), expected) << text;
        for (std::uint8_t mask : {1, 2, 4, 8, 3}) {
          for (std::size_t from = 0; from <= length; from += 3) {
            std::size_t first = from;
            while (first < length &&
                   ((*table)[static_cast<unsigned char>(text[first])] & mask) == 0)
              ++first;
            ASSERT_EQ(find_byte_of_class(text, *table, mask, from), first) << text << " " << from;
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace diplograph
