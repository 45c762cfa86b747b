#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace diplograph {

// Compact JSON written value by value into a string, with the bytes
// nlohmann::ordered_json::dump(-1, ' ', false, error_handler_t::replace) gives for the same
// value, without building it first: no spaces, keys in the order written, non-ASCII text
// as UTF-8, invalid UTF-8 replaced by U+FFFD. facts.jsonl and report.html's data were
// always nlohmann's output; the writers that make them go through this one place. Text with
// malformed UTF-8 and every number but an integer are handed to nlohmann itself, so both
// stay exactly its; well-formed text is escaped here as nlohmann escapes it (tested byte
// for byte against it).
//
// The caller nests begin/end calls properly and gives a key before each value inside an
// object; the writer only decides where commas go.
// A key written in the program: checked when it is compiled to be plain printable ASCII
// without a quote or backslash, so the writer copies it without looking at its bytes.
class JsonKey {
 public:
  template <std::size_t Size>
  consteval JsonKey(const char (&text)[Size])  // NOLINT: implicit, for literals
      : text_(text, Size - 1) {
    for (const char c : text_)
      if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
        throw "a JSON key in the program must be plain printable ASCII";
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
};

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The key of the next value in the object being written: a key of the program, or any
  // text (escaped as needed).
  void key(JsonKey name);
  void text_key(std::string_view name);

  void string(std::string_view value);
  void integer(std::size_t value);
  void number(double value);
  void boolean(bool value);
  void null();

  // A key and its value, for the common case.
  template <class Value>
  void field(JsonKey name, const Value& value) {
    key(name);
    write_value(value);
  }
  // A key and an array of strings.
  template <class Strings>
  void strings(JsonKey name, const Strings& values) {
    key(name);
    begin_array();
    for (const auto& value : values) string(value);
    end_array();
  }

 private:
  void write_value(std::string_view value) { string(value); }
  void write_value(const std::string& value) { string(value); }
  void write_value(const char* value) { string(value); }
  void write_value(bool value) { boolean(value); }
  void write_value(double value) { number(value); }
  void write_value(std::size_t value) { integer(value); }
  void write_value(int value) = delete;  // say which: integer() takes sizes and counts
  // A comma before a value or key that is not the first of its container.
  void separate();
  // Starts an object or array with `bracket`, or ends one.
  void open(char bracket);
  void close(char bracket);

  std::string& out_;
  bool comma_due_ = false;
};

}  // namespace diplograph
