#include "export/property_graph/csv_field.h"

#include <algorithm>

#include "export/property_graph/text_cleaning.h"
#include "text/byte_classes.h"
#include "text/decimal.h"

namespace diplograph::property_graph {
namespace {

// The bytes that make a CSV cell need quotes (RFC 4180): separator, quote, line ends.
constexpr std::uint8_t kCsvNeedsQuotes = 1;
// The bytes clean_text may change: all but printable ASCII.
constexpr std::uint8_t kCsvNotPrintableAscii = 2;
constexpr ByteClassTable kCsvBytes = make_byte_class_table([](unsigned byte) -> std::uint8_t {
  std::uint8_t classes = 0;
  if (byte == ',' || byte == '"' || byte == '\r' || byte == '\n') classes |= kCsvNeedsQuotes;
  if (!kept_by_clean_text(byte)) classes |= kCsvNotPrintableAscii;
  return classes;
});

bool starts_formula(char first) {
  return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
         first == '\r';
}

bool has_edge_space(std::string_view value) {
  return !value.empty() && (value.front() == ' ' || value.back() == ' ');
}

}  // namespace

std::string guard_formula(std::string value) {
  if (!value.empty() && starts_formula(value.front())) value.insert(value.begin(), '\'');
  return value;
}

namespace {

// `lead` and `value` between double quotes, inner quotes of `value` doubled (RFC 4180).
// Runs between quotes are copied whole: evidence sentences are long and most are quoted.
void append_quoted(std::string& out, std::string_view lead, std::string_view value) {
  out += '"';
  out += lead;
  for (std::size_t begin = 0; begin < value.size();) {
    const std::size_t quote = std::min(value.find('"', begin), value.size());
    out.append(value, begin, quote - begin);
    if (quote == value.size()) break;
    out += "\"\"";
    begin = quote + 1;
  }
  out += '"';
}

bool needs_quotes(std::string_view value, std::uint8_t classes) {
  return (classes & kCsvNeedsQuotes) != 0 || has_edge_space(value);
}

}  // namespace

std::string csv_quote(std::string_view value) {
  if (!needs_quotes(value, byte_classes(value, kCsvBytes))) return std::string(value);
  std::string out;
  out.reserve(value.size() + 8);
  append_quoted(out, {}, value);
  return out;
}

std::string csv_text(std::string_view value) {
  std::string out;
  append_csv_text(out, value);
  return out;
}

void append_csv_text(std::string& out, std::string_view value) {
  const std::uint8_t classes = byte_classes(value, kCsvBytes);
  if ((classes & kCsvNotPrintableAscii) != 0) {
    out += csv_quote(guard_formula(clean_text(value)));
    return;
  }
  // Printable ASCII, which cleaning leaves as it is (most cells: IRIs, keys, names, and
  // evidence sentences with commas) is guarded and quoted straight into `out`. The guard's quote
  // never lands before a space, so the edge-space test may look at the value itself.
  const std::string_view guard = !value.empty() && starts_formula(value.front()) ? "'" : "";
  if (needs_quotes(value, classes)) {
    append_quoted(out, guard, value);
  } else {
    out += guard;
    out += value;
  }
}

void CsvRecord::integer(std::size_t value) {
  separate();
  append_decimal(out_, value);
}

std::string csv_array(const std::vector<std::string>& values) {
  return csv_array_of(std::vector<std::string_view>(values.begin(), values.end()));
}

std::string csv_array_of(const std::vector<std::string_view>& values) {
  std::string joined;
  for (const std::string_view value : values) {
    std::string element = clean_text(value);
    for (char& ch : element)
      if (ch == ';') ch = ',';
    if (element.empty()) continue;
    if (!joined.empty()) joined += ';';
    joined += guard_formula(std::move(element));
  }
  return csv_quote(joined);
}

std::string csv_record(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    out += cells[i];
  }
  out += '\n';
  return out;
}

}  // namespace diplograph::property_graph
