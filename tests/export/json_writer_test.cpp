// JsonWriter gives the bytes nlohmann::ordered_json::dump(-1, ' ', false, replace) gives
// (facts.jsonl and report.html always had nlohmann's output): both write random values of
// hostile text and numbers, and the results are compared.
#include "export/json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace diplograph::test {
namespace {

using Json = nlohmann::ordered_json;

const std::vector<std::string> kPieces = {
    "Kim Jong Un", "\"", "\\",   "/", "\n",           "\t",   "\x01", "\x1f",
    "\x7f",        "é",  "中国", "😀", "\xe2\x80\xa8", "\xff", "\xc3", "\xed\xa0\x80",
    "<script>",    " ",  "null", "0"};

std::string random_text(std::mt19937& random) {
  std::string text;
  const int pieces = std::uniform_int_distribution<int>(0, 4)(random);
  for (int k = 0; k < pieces; ++k)
    text += kPieces[std::uniform_int_distribution<std::size_t>(0, kPieces.size() - 1)(random)];
  return text;
}

Json random_value(std::mt19937& random, int depth) {
  const int kind = std::uniform_int_distribution<int>(0, depth > 3 ? 5 : 7)(random);
  switch (kind) {
    case 0:
      return random_text(random);
    case 1:
      return std::uniform_int_distribution<std::size_t>(
          0, std::numeric_limits<std::size_t>::max())(random);
    case 2: {
      const double values[] = {0.0, 1.0, 0.85, 1.0 / 3.0, 12.5, 1e-7, 123456789.125, -0.0};
      return values[std::uniform_int_distribution<int>(0, 7)(random)];
    }
    case 3:
      return std::uniform_int_distribution<int>(0, 1)(random) == 1;
    case 4:
      return nullptr;
    case 5:
      return std::uniform_int_distribution<std::size_t>(0, 9)(random);
    case 6: {
      Json array = Json::array();
      const int size = std::uniform_int_distribution<int>(0, 4)(random);
      for (int k = 0; k < size; ++k) array.push_back(random_value(random, depth + 1));
      return array;
    }
    default: {
      Json object = Json::object();
      const int size = std::uniform_int_distribution<int>(0, 4)(random);
      for (int k = 0; k < size; ++k)
        object[random_text(random) + std::to_string(k)] = random_value(random, depth + 1);
      return object;
    }
  }
}

// Writes `value` through JsonWriter, walking nlohmann's tree.
void write(JsonWriter& out, const Json& value) {
  if (value.is_object()) {
    out.begin_object();
    for (const auto& [key, member] : value.items()) {
      out.text_key(key);
      write(out, member);
    }
    out.end_object();
  } else if (value.is_array()) {
    out.begin_array();
    for (const Json& element : value) write(out, element);
    out.end_array();
  } else if (value.is_string()) {
    out.string(value.get_ref<const std::string&>());
  } else if (value.is_number_unsigned()) {
    out.integer(value.get<std::size_t>());
  } else if (value.is_number_float()) {
    out.number(value.get<double>());
  } else if (value.is_boolean()) {
    out.boolean(value.get<bool>());
  } else {
    out.null();
  }
}

TEST(JsonWriter, WritesTheBytesNlohmannDumps) {
  std::mt19937 random(11);
  for (int round = 0; round < 2000; ++round) {
    const Json value = random_value(random, 0);
    std::string ours;
    JsonWriter out(ours);
    write(out, value);
    ASSERT_EQ(ours, value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        << "round " << round;
  }
}

// JsonWriter escapes well-formed text itself, and tells which text needs it eight bytes at
// a time: every ASCII byte, alone, among other characters and at every place of a longer
// text, must come out as nlohmann escapes it.
TEST(JsonWriter, EscapesEveryAsciiByteAsNlohmannDoes) {
  for (int byte = 0; byte < 0x80; ++byte) {
    std::vector<std::string> texts = {std::string(1, static_cast<char>(byte)),
                                      "Kim " + std::string(1, static_cast<char>(byte)) +
                                          " \xc3\xa9\xe4\xb8\xad" +
                                          std::string(2, static_cast<char>(byte))};
    for (std::size_t at = 0; at < 19; ++at) {
      std::string text = "Pyongyang \xc3\xa9 Tehran";
      text[at] = static_cast<char>(byte);
      texts.push_back(text);
    }
    for (const std::string& text : texts) {
      std::string ours;
      JsonWriter out(ours);
      out.string(text);
      ASSERT_EQ(ours, Json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
          << "byte " << byte;
    }
  }
}

TEST(JsonWriter, FieldsAndArraysGetTheirCommas) {
  std::string text;
  JsonWriter out(text);
  out.begin_object();
  out.field("name", "Choe \"Son\" Hui");
  out.strings("aliases", std::vector<std::string>{"a", "b"});
  out.field("degree", std::size_t{3});
  out.field("factual", false);
  out.key("empty");
  out.begin_array();
  out.end_array();
  out.end_object();
  EXPECT_EQ(text, R"({"name":"Choe \"Son\" Hui","aliases":["a","b"],"degree":3,"factual":false,)"
                  R"("empty":[]})");
}

}  // namespace
}  // namespace diplograph::test
