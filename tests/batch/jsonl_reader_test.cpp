// Unit tests of the JSON Lines record reader and of input listing (src/pipeline/).
#include "pipeline/jsonl_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/input_source.h"

namespace diplograph {
namespace {

std::optional<Document> read(std::string_view line, Diagnostic& problem,
                             std::optional<Diagnostic>& warning) {
  return read_jsonl_record(line, "d.jsonl", 7, {}, problem, warning);
}

TEST(JsonlRecord, MetadataIsKept) {
  Diagnostic problem;
  std::optional<Diagnostic> warning;
  const auto document = read(
      R"({"id":"x1","text":"Teks.","title":"Judul","published":"2024-04-23T08:00:00+07:00","url":"https://a/b","source":"Antara","lang":"id","extra":1})",
      problem, warning);
  ASSERT_TRUE(document) << problem.to_string();
  EXPECT_FALSE(warning);
  EXPECT_EQ(document->meta.id, "x1");
  EXPECT_EQ(document->meta.title, "Judul");
  EXPECT_EQ(document->meta.published, "2024-04-23");
  EXPECT_EQ(document->meta.url, "https://a/b");
  EXPECT_EQ(document->meta.source, "Antara");
  EXPECT_EQ(document->text, "Teks.");
}

TEST(JsonlRecord, MalformedJsonNamesLineAndColumn) {
  Diagnostic problem;
  std::optional<Diagnostic> warning;
  EXPECT_FALSE(read(R"({"id":"x1", text})", problem, warning));
  EXPECT_EQ(problem.file, "d.jsonl");
  EXPECT_EQ(problem.line, 7u);
  EXPECT_GT(problem.column, 0u);
  EXPECT_NE(problem.to_string().find("d.jsonl:7:"), std::string::npos);
}

// Found by tests/fuzz: nlohmann throws out_of_range, not parse_error, for a number it
// cannot hold, and that escaped the reader and ended the whole run.
TEST(JsonlRecord, NumberBeyondDoubleIsARecordErrorNotAnException) {
  Diagnostic problem;
  std::optional<Diagnostic> warning;
  for (const char* line :
       {R"({"id":"x","text":"a","published":1e999})", R"({"id":"x","text":"a","extra":-1e400})"}) {
    std::optional<Document> document;
    EXPECT_NO_THROW(document = read(line, problem, warning)) << line;
    EXPECT_FALSE(document) << line;
    EXPECT_EQ(problem.line, 7u) << line;
    EXPECT_NE(problem.message.find("skipped"), std::string::npos) << line;
  }
}

TEST(JsonlRecord, MissingOrMistypedFieldsAreErrors) {
  Diagnostic problem;
  std::optional<Diagnostic> warning;
  for (const char* line :
       {R"({"text":"a"})", R"({"id":"","text":"a"})", R"({"id":"x"})", R"({"id":"x","text":3})",
        R"({"id":"x","text":"a","title":[1]})", R"([1,2])", R"("text")"}) {
    EXPECT_FALSE(read(line, problem, warning)) << line;
    EXPECT_EQ(problem.line, 7u) << line;
    EXPECT_NE(problem.message.find("skipped"), std::string::npos) << line;
  }
}

TEST(JsonlRecord, EmptyTextIsSkipped) {
  Diagnostic problem;
  std::optional<Diagnostic> warning;
  EXPECT_FALSE(read(R"({"id":"x","text":" \n "})", problem, warning));
  EXPECT_NE(problem.message.find("empty"), std::string::npos);
}

TEST(JsonlRecord, BadDateOrLanguageIsAWarningNotALoss) {
  Diagnostic problem;
  std::optional<Diagnostic> warning;
  const auto document =
      read(R"({"id":"x","text":"Teks.","published":"2024-02-30","lang":"<id>"})", problem, warning);
  ASSERT_TRUE(document);
  ASSERT_TRUE(warning);
  EXPECT_EQ(warning->severity, Diagnostic::Severity::warning);
  EXPECT_EQ(document->meta.published, "");
  // No language stated: the build tells it from the text (CLD2).
  EXPECT_EQ(document->meta.lang, "");
}

TEST(IsoDatePart, AcceptsDatesAndDateTimesOnly) {
  EXPECT_EQ(iso_date_part("2024"), "2024");
  EXPECT_EQ(iso_date_part("2024-02"), "2024-02");
  EXPECT_EQ(iso_date_part("2024-02-29"), "2024-02-29");
  EXPECT_EQ(iso_date_part("2024-02-29T23:59:59Z"), "2024-02-29");
  EXPECT_FALSE(iso_date_part("2023-02-29"));
  EXPECT_FALSE(iso_date_part("2024-13"));
  EXPECT_FALSE(iso_date_part("kemarin"));
  EXPECT_FALSE(iso_date_part(""));
}

TEST(ListInputs, StdinJsonLinesSkipsBlankLinesAndKeepsNumbers) {
  std::istringstream in("{\"id\":\"a\",\"text\":\"x\"}\n\n  \n{\"id\":\"b\",\"text\":\"y\"}");
  std::vector<Diagnostic> problems;
  const auto items = list_inputs({"-", "-"}, StdinFormat::jsonl, &in, problems);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].line, 1u);
  EXPECT_EQ(items[1].line, 4u);
  EXPECT_TRUE(problems.empty());
}

TEST(ListInputs, StdinTextIsOneDocumentNamedStdin) {
  std::istringstream in("Presiden Iran mengunjungi Rusia.\n");
  std::vector<Diagnostic> problems;
  const auto items = list_inputs({"-"}, StdinFormat::text, &in, problems);
  ASSERT_EQ(items.size(), 1u);
  Diagnostic problem;
  std::optional<Diagnostic> warning;
  const auto document = read_input(items[0], {}, problem, warning);
  ASSERT_TRUE(document);
  EXPECT_EQ(document->meta.id, "stdin");
}

TEST(ListInputs, MissingInputIsADiagnostic) {
  std::vector<Diagnostic> problems;
  EXPECT_TRUE(list_inputs({"/nonexistent/x.jsonl"}, StdinFormat::text, nullptr, problems).empty());
  ASSERT_EQ(problems.size(), 1u);
}

// A JSON Lines file is listed by the places of its records, read only when wanted: the
// same records, line numbers and content as reading it whole, for any line ending.
TEST(ListInputs, JsonLinesFileRecordsAreReadFromTheirPlace) {
  const auto file = std::filesystem::temp_directory_path() / "diplograph_places_test.jsonl";
  {
    std::ofstream out(file, std::ios::binary);
    out << "{\"id\":\"a\",\"text\":\"satu\"}\r\n"  // CRLF
        << "\r\n"                                  // blank
        << " \t \n"                                // blank
        << "{\"id\":\"b\",\"text\":\"dua\"}\n"
        << " \r {\"id\":\"c\"}\n"  // a CR inside the line is content
        << "{\"id\":\"d\",\"text\":\"" << std::string(200, 'x') << "\"}\n"
        << "{\"id\":\"e\",\"text\":\"lima\"}";  // no final line break
  }
  std::vector<Diagnostic> problems;
  const auto items = list_inputs({file}, StdinFormat::text, nullptr, problems);
  ASSERT_TRUE(problems.empty());
  std::vector<std::size_t> lines;
  for (const InputItem& item : items) {
    EXPECT_EQ(item.kind, InputItem::Kind::jsonl_file_record);
    EXPECT_TRUE(item.bytes.empty());
    lines.push_back(item.line);
  }
  EXPECT_EQ(lines, (std::vector<std::size_t>{1, 4, 5, 6, 7}));
  ReadOptions options;
  options.max_document_bytes = 100;
  std::vector<std::string> read;
  for (const InputItem& item : items) {
    Diagnostic problem;
    std::optional<Diagnostic> warning;
    const auto document = read_input(item, options, problem, warning);
    read.push_back(document ? document->meta.id + "=" + document->text : problem.to_string());
  }
  std::filesystem::remove(file);
  EXPECT_EQ(read[0], "a=satu");
  EXPECT_EQ(read[1], "b=dua");
  EXPECT_NE(read[2].find(":5:"), std::string::npos) << read[2];
  EXPECT_NE(read[3].find(":6: error: record of 220 bytes is over the limit of 100 bytes"),
            std::string::npos)
      << read[3];
  EXPECT_EQ(read[4], "e=lima");
}

}  // namespace
}  // namespace diplograph
