// The IRIs the exports mint: percent-encoding of every byte, and the layout of each kind.
#include "export/iri.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace diplograph {
namespace {

// RFC 3986: everything but ALPHA, DIGIT and "-._~" is written %XX, upper-case hex.
std::string encoded_byte(unsigned char c) {
  const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
  if (unreserved) return std::string(1, static_cast<char>(c));
  char escape[4];
  std::snprintf(escape, sizeof escape, "%%%02X", c);
  return escape;
}

TEST(PercentEncode, EveryByteInEveryPlace) {
  for (unsigned byte = 0; byte < 256; ++byte) {
    const auto c = static_cast<char>(byte);
    // Alone, and inside runs of unreserved bytes longer than a machine word on both sides.
    for (const std::string& text :
         {std::string(1, c), "abcdefghij" + std::string(1, c) + "klmnopqrst" + std::string(1, c)}) {
      std::string expected;
      for (const char ch : text) expected += encoded_byte(static_cast<unsigned char>(ch));
      EXPECT_EQ(percent_encode(text), expected) << "byte " << byte;
    }
  }
  EXPECT_EQ(percent_encode(""), "");
}

TEST(IriScheme, EachKindHasItsFolder) {
  IriScheme iris;
  iris.base = "https://e.org/id/";
  EXPECT_EQ(iris.actor("kim-jong-un"), "https://e.org/id/actor/kim-jong-un");
  EXPECT_EQ(iris.actor("a b\"<c>"), "https://e.org/id/actor/a%20b%22%3Cc%3E");
  EXPECT_EQ(iris.document("berita 1.txt"), "https://e.org/id/document/berita%201.txt");
  EXPECT_EQ(iris.mention("d/\xC3\xA9.txt", Span{12, 340}),
            "https://e.org/id/mention/d%2F%C3%A9.txt/12-340");
}

}  // namespace
}  // namespace diplograph
