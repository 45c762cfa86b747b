// The byte-class tables the exports decide "nothing to escape" with (text/byte_classes.h).
#include "text/byte_classes.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace diplograph
