#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::property_graph {

// One CSV cell of text, ready to write: cleaned to one line (clean_text), guarded against
// spreadsheet formula injection, and quoted by RFC 4180 when it must be (a comma, a quote
// or leading/trailing space; a quote inside is doubled).
//
// The guard follows OWASP's CSV-injection advice: a value starting with '=', '+', '-', '@',
// tab or CR gets a single quote in front, so Excel or LibreOffice shows it as text instead
// of running it. Neo4j then stores the quote too; it is the price of a file that is safe to
// open by double-click. Only text goes through here: numbers, booleans and dates are
// written by the caller as they are.
std::string csv_text(std::string_view value);

// A Neo4j `string[]` cell: the elements joined by ';' (neo4j-admin's default array
// delimiter), each cleaned and guarded. A ';' inside an element would split it, so it
// becomes ','. Empty elements are skipped; no elements gives an empty cell (null).
std::string csv_array(const std::vector<std::string>& values);
std::string csv_array_of(const std::vector<std::string_view>& values);  // the same, of views

// The formula guard alone (exposed for the tests and the array writer).
std::string guard_formula(std::string value);

// RFC 4180 quoting alone: the value in double quotes with inner quotes doubled when it
// holds a comma, quote, CR, LF or leading/trailing space; otherwise unchanged.
std::string csv_quote(std::string_view value);

// Joins ready cells into one CSV record terminated by "\n".
std::string csv_record(const std::vector<std::string>& cells);

// csv_text(value) appended to `out`, without a string of its own for the common cell that
// needs no change.
void append_csv_text(std::string& out, std::string_view value);

// One CSV record appended to a buffer cell by cell: the same bytes as csv_record of the
// same cells, without a string per cell and per record. Cells are separated by commas;
// end() closes the record with "\n".
class CsvRecord {
 public:
  explicit CsvRecord(std::string& out) : out_(out) {}
  CsvRecord(const CsvRecord&) = delete;
  CsvRecord& operator=(const CsvRecord&) = delete;

  // A text cell (csv_text).
  void text(std::string_view value) {
    separate();
    append_csv_text(out_, value);
  }
  // A cell that is ready as it is: a number, a label, a cell made by csv_array.
  void ready(std::string_view cell) {
    separate();
    out_ += cell;
  }
  // A count or offset, in decimal.
  void integer(std::size_t value);
  void end() { out_ += '\n'; }

 private:
  void separate() {
    if (started_) out_ += ',';
    started_ = true;
  }
  std::string& out_;
  bool started_ = false;
};

}  // namespace diplograph::property_graph
