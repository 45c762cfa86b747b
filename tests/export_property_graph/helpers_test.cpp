// Unit tests of the helpers the property-graph writers share: text cleaning, NMTOKEN ids,
// CSV quoting and formula guard, date intervals, relationship types, number formatting.
#include <gtest/gtest.h>

#include "export/property_graph/csv_field.h"
#include "export/property_graph/date_interval.h"
#include "export/property_graph/graph_style.h"
#include "export/property_graph/text_cleaning.h"
#include "export/property_graph/xml_id.h"

namespace diplograph::property_graph {
namespace {

TEST(CleanText, KeepsOrdinaryUnicodeText) {
  EXPECT_EQ(clean_text("Kim Jong-un ke Moskow — «kunjungan» 金正恩"),
            "Kim Jong-un ke Moskow — «kunjungan» 金正恩");
  EXPECT_EQ(clean_text("<a href=\"x\">&amp;</a>"),
            "<a href=\"x\">&amp;</a>");  // escaping is the XML writer's job
}

TEST(CleanText, TurnsLineBreaksAndTabsIntoSpaces) {
  EXPECT_EQ(clean_text("a\nb\r\nc\td"), "a b  c d");
}

TEST(CleanText, RemovesControlCharactersXmlCannotCarry) {
  EXPECT_EQ(clean_text(std::string("a\x00"
                                   "b\x01\x1f\x7f"
                                   "c",
                                   7)),
            "abc");
  EXPECT_EQ(clean_text("x\xc2\x80y\xc2\x9fz"), "xyz");        // C1 controls
  EXPECT_EQ(clean_text("x\xef\xbf\xbey\xef\xbf\xbf"), "xy");  // U+FFFE, U+FFFF
}

TEST(CleanText, RemovesBidiOverridesButKeepsDirectionMarks) {
  EXPECT_EQ(clean_text("abc\xe2\x80\xae"
                       "fdp.exe"),
            "abcfdp.exe");                                  // U+202E
  EXPECT_EQ(clean_text("\xe2\x81\xa6x\xe2\x81\xa9"), "x");  // U+2066, U+2069
  EXPECT_EQ(clean_text("a\xe2\x80\x8f"
                       "b"),
            "a\xe2\x80\x8f"
            "b");  // U+200F stays
}

TEST(CleanText, ReplacesInvalidUtf8) {
  EXPECT_EQ(clean_text("a\xff"
                       "b"),
            "a\xef\xbf\xbd"
            "b");
  EXPECT_EQ(clean_text("\xc0\xaf"), "\xef\xbf\xbd\xef\xbf\xbd");                  // overlong '/'
  EXPECT_EQ(clean_text("\xed\xa0\x80"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");  // surrogate
  EXPECT_EQ(clean_text("\xe2\x80"), "\xef\xbf\xbd\xef\xbf\xbd");                  // truncated
}

TEST(XmlId, KeepsSlugsAndEscapesEverythingElseInjectively) {
  EXPECT_EQ(xml_id("north-korea"), "north-korea");
  EXPECT_EQ(xml_id("a b"), "a_20b");
  EXPECT_EQ(xml_id("a_20b"), "a_5f20b");  // never equal to the id of "a b"
  EXPECT_EQ(xml_id("x/y:z"), "x_2fy_3az");
  EXPECT_EQ(xml_id(""), "_");
}

TEST(Csv, QuotesOnlyWhenRfc4180NeedsIt) {
  EXPECT_EQ(csv_quote("plain"), "plain");
  EXPECT_EQ(csv_quote("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_quote("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_quote(" padded"), "\" padded\"");
  EXPECT_EQ(csv_quote("padded "), "\"padded \"");
  // Text beyond ASCII needs no quotes of its own.
  EXPECT_EQ(csv_quote("Pyongyang \xE2\x80\x93 caf\xC3\xA9"), "Pyongyang \xE2\x80\x93 caf\xC3\xA9");
}

TEST(Csv, GuardsFormulaPrefixes) {
  for (const char* formula : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    EXPECT_EQ(guard_formula(formula), std::string("'") + formula) << formula;
  EXPECT_EQ(guard_formula("1-1"), "1-1");
  EXPECT_EQ(guard_formula(""), "");
}

TEST(Csv, TextCellsAreOneLineGuardedAndQuoted) {
  EXPECT_EQ(csv_text("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  EXPECT_EQ(csv_text("line1\nline2"), "line1 line2");
  // A leading tab becomes a space before the guard sees it: no formula either way.
  EXPECT_EQ(csv_text("\t=1"), "\" =1\"");
}

// Printable ASCII cells take a shorter path than the rest; both give what cleaning,
// guarding and quoting in turn give.
TEST(Csv, TextCellsOfPlainAsciiAndOfOtherTextAgree) {
  for (const std::string value : {"https://diplograph.example.org/id/actor/north-korea",
                                  "",
                                  "-1",
                                  "+62",
                                  "@handle",
                                  " leading",
                                  "trailing ",
                                  "a,b",
                                  "say \"hi\"",
                                  "caf\xC3\xA9",
                                  "caf\xC3\xA9 ",
                                  "-caf\xC3\xA9",
                                  "tab\there",
                                  "del\x7F"
                                  "ete",
                                  "C1 \xC2\x85 control",
                                  "=a,\"b\"",
                                  "=\"x\" ",
                                  "-a b,c",
                                  "\"quoted\"",
                                  "a\r\nb",
                                  "+ 1,2 "})
    EXPECT_EQ(csv_text(value), csv_quote(guard_formula(clean_text(value)))) << value;
  EXPECT_EQ(csv_text("north-korea"), "north-korea");
  EXPECT_EQ(csv_text("-1"), "'-1");
  EXPECT_EQ(csv_text("trailing "), "\"trailing \"");
  EXPECT_EQ(csv_text("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(Csv, ArraysJoinWithSemicolonAndGuardEachElement) {
  // The ";" turned "," makes the cell need quotes.
  EXPECT_EQ(csv_array({"Korut", "=1+1", "semi;colon", ""}), "\"Korut;'=1+1;semi,colon\"");
  EXPECT_EQ(csv_array({}), "");
  EXPECT_EQ(csv_array({"a,b"}), "\"a,b\"");
}

TEST(Csv, RecordJoinsCellsWithCommas) {
  EXPECT_EQ(csv_record({"a", "", "\"c,d\""}), "a,,\"c,d\"\n");
}

// The writers append records cell by cell; the bytes are those of cleaned, guarded and
// quoted cells joined by csv_record, for plain and hostile text alike.
TEST(Csv, RecordsAppendedCellByCellEqualJoinedCells) {
  const std::vector<std::string> values = {"Kim Jong Un",
                                           "",
                                           "=cmd|' /C calc'!A0",
                                           "a,b",
                                           "say \"hi\"",
                                           " edge ",
                                           "line\nbreak",
                                           "caf\xC3\xA9",
                                           "\xFF"
                                           " broken",
                                           "tab\tinside",
                                           "-1",
                                           "@home",
                                           "\xE2\x80\xAE"
                                           "evil"};
  std::string appended;
  CsvRecord record(appended);
  std::vector<std::string> cells;
  for (const std::string& value : values) {
    record.text(value);
    cells.push_back(csv_quote(guard_formula(clean_text(value))));
  }
  record.ready("Event");
  cells.push_back("Event");
  record.integer(1234567);
  cells.push_back("1234567");
  record.end();
  EXPECT_EQ(appended, csv_record(cells));
}

TEST(DateInterval, CoversEachPrecision) {
  EXPECT_EQ(date_interval("2024-04-23"), (DateInterval{"2024-04-23", "2024-04-23", "day"}));
  EXPECT_EQ(date_interval("2019-08"), (DateInterval{"2019-08-01", "2019-08-31", "month"}));
  EXPECT_EQ(date_interval("2024-02"), (DateInterval{"2024-02-01", "2024-02-29", "month"}));
  EXPECT_EQ(date_interval("2023-02"), (DateInterval{"2023-02-01", "2023-02-28", "month"}));
  EXPECT_EQ(date_interval("1900-02")->last_day, "1900-02-28");
  EXPECT_EQ(date_interval("2000-02")->last_day, "2000-02-29");
  EXPECT_EQ(date_interval("2023"), (DateInterval{"2023-01-01", "2023-12-31", "year"}));
  // Every digit in its place, the widest and narrowest years included.
  EXPECT_EQ(date_interval("0001"), (DateInterval{"0001-01-01", "0001-12-31", "year"}));
  EXPECT_EQ(date_interval("0987-06"), (DateInterval{"0987-06-01", "0987-06-30", "month"}));
  EXPECT_EQ(date_interval("9999-12-31"), (DateInterval{"9999-12-31", "9999-12-31", "day"}));
  EXPECT_EQ(date_interval("2010-10-09"), (DateInterval{"2010-10-09", "2010-10-09", "day"}));
}

TEST(DateInterval, RejectsWhatXsdDateWouldReject) {
  for (const char* bad : {"", "kemarin", "2023-13", "2023-00", "2023-02-30", "2023-4-1", "0000",
                          "2023/04/01", "20230401"})
    EXPECT_FALSE(date_interval(bad).has_value()) << bad;
}

TEST(GraphStyle, RelationshipTypesAreUpperSnakeCase) {
  EXPECT_EQ(relationship_type(RelationType::visit), "VISITED");
  EXPECT_EQ(relationship_type(RelationType::meet), "MET");
  EXPECT_EQ(relationship_type(RelationType::agree), "AGREED_WITH");
  EXPECT_EQ(relationship_type(RelationType::cooperate), "COOPERATED_WITH");
  EXPECT_EQ(relationship_type(RelationType::assault), "ATTACKED");
  EXPECT_EQ(relationship_type(RelationType::affiliation), "AFFILIATED_WITH");
}

TEST(GraphStyle, ColoursDifferPerActorType) {
  EXPECT_EQ(colour_of(ActorType::State).hex(), "#1f77b4");
  EXPECT_EQ(colour_of(ActorType::Person).hex(), "#ff7f0e");
  EXPECT_NE(colour_of(ActorType::Organization).hex(), colour_of(ActorType::Delegation).hex());
}

TEST(GraphStyle, NumbersAreLocaleFreeWithoutTrailingZeros) {
  EXPECT_EQ(format_number(0.85), "0.85");
  EXPECT_EQ(format_number(3.0), "3");
  EXPECT_EQ(format_number(17.0710678, 2), "17.07");
  EXPECT_EQ(format_number(-0.0001), "0");
}

TEST(GraphStyle, WikidataQidsBecomeEntityIris) {
  EXPECT_EQ(wikidata_iri("Q423"), "http://www.wikidata.org/entity/Q423");
  EXPECT_EQ(wikidata_iri(""), "");
  EXPECT_EQ(wikidata_iri("http://www.wikidata.org/entity/Q1"), "http://www.wikidata.org/entity/Q1");
}

}  // namespace
}  // namespace diplograph::property_graph
