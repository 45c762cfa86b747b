// Unit tests of src/text: UTF-8 checks, NFC, case folding, line ends, sentences, tokens.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/diagnostic.h"
#include "text/field_text.h"
#include "text/sentences.h"
#include "text/span.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

using namespace std::string_literals;

// --- find_text_fault ---------------------------------------------------------------------

TEST(FindTextFault, ValidTextWithTabsAndLineEndsPasses) {
  EXPECT_FALSE(find_text_fault("Presiden\tJoko Widodo\r\ntiba di Hanoi.\nSelesai.").has_value());
  EXPECT_FALSE(find_text_fault("Menlu Prancis Jean-Noël Barrot tiba di Hà Nội.").has_value());
  EXPECT_FALSE(find_text_fault("").has_value());
}

TEST(FindTextFault, InvalidUtf8GivesOffsetLineAndColumn) {
  // Line 2 starts at byte 5 ("Halo\n"); the bad byte 0xFF is the 4th byte of that line.
  const std::string bytes = "Halo\nDun\xFFia";
  const auto fault = find_text_fault(bytes);
  ASSERT_TRUE(fault.has_value());
  EXPECT_EQ(fault->offset, 8u);
  EXPECT_EQ(fault->line, 2u);
  EXPECT_EQ(fault->column, 4u);
  EXPECT_NE(fault->message.find("UTF-8"), std::string::npos) << fault->message;
}

TEST(FindTextFault, TruncatedMultiByteSequenceIsAFault) {
  // 0xC3 starts a two-byte sequence that "(" cannot continue.
  const auto fault = find_text_fault("ab\xC3(");
  ASSERT_TRUE(fault.has_value());
  EXPECT_EQ(fault->offset, 2u);
  EXPECT_EQ(fault->line, 1u);
  EXPECT_EQ(fault->column, 3u);
}

TEST(FindTextFault, NulByteIsAFault) {
  const std::string bytes = "satu\ndua\0tiga"s;
  const auto fault = find_text_fault(bytes);
  ASSERT_TRUE(fault.has_value());
  EXPECT_EQ(fault->offset, 8u);
  EXPECT_EQ(fault->line, 2u);
  EXPECT_EQ(fault->column, 4u);
  EXPECT_NE(fault->message.find("NUL"), std::string::npos) << fault->message;
}

// Runs of printable ASCII are skipped eight bytes at a time: a fault or a line end at any
// place of a long line must still give its offset, line and column.
TEST(FindTextFault, FaultsAndLineEndsAtEveryPlaceOfALongLine) {
  for (std::size_t at = 0; at < 20; ++at) {
    for (const char fault_byte : {'\x01', '\x7F'}) {
      std::string bytes(24, 'a');
      bytes[at] = fault_byte;
      const auto fault = find_text_fault(bytes);
      if (fault_byte == '\x7F') {
        EXPECT_FALSE(fault.has_value()) << "DEL is printable ASCII to the reader, at " << at;
        continue;
      }
      ASSERT_TRUE(fault.has_value()) << at;
      EXPECT_EQ(fault->offset, at);
      EXPECT_EQ(fault->column, at + 1);
    }
    std::string lines(24, 'b');
    lines[at] = '\n';
    lines += "\xFF";
    const auto after_line_end = find_text_fault(lines);
    ASSERT_TRUE(after_line_end.has_value()) << at;
    EXPECT_EQ(after_line_end->line, 2u) << at;
    EXPECT_EQ(after_line_end->column, 24 - at) << at;
  }
}

TEST(FindTextFault, ControlCharacterIsAFault) {
  const auto fault = find_text_fault(
      "ab\x07"
      "cd");
  ASSERT_TRUE(fault.has_value());
  EXPECT_EQ(fault->offset, 2u);
  EXPECT_EQ(fault->column, 3u);
  EXPECT_NE(fault->message.find("U+0007"), std::string::npos) << fault->message;
}

TEST(FindTextFault, ColumnCountsBytesAfterMultiByteCharacters) {
  // "é" is two bytes, so the NUL after "Aé" sits at byte 3, column 4.
  const std::string bytes = "A\xC3\xA9\0"s;
  const auto fault = find_text_fault(bytes);
  ASSERT_TRUE(fault.has_value());
  EXPECT_EQ(fault->offset, 3u);
  EXPECT_EQ(fault->column, 4u);
}

// --- to_nfc, fold_case, normalise_line_ends ----------------------------------------------

TEST(ToNfc, DecomposedAccentBecomesComposed) {
  EXPECT_EQ(to_nfc("Jean-Noe\xCC\x88l"), "Jean-No\xC3\xABl");  // e + U+0308 -> ë
  EXPECT_EQ(to_nfc("Caf\x65\xCC\x81"), "Caf\xC3\xA9");         // e + U+0301 -> é
}

TEST(ToNfc, LooksAtEveryCharacterAfterTheAsciiBeginning) {
  const std::string ascii(200, 'a');
  EXPECT_EQ(to_nfc(ascii), ascii);
  // The mark composes with the ASCII letter before it, the last of a long ASCII beginning.
  EXPECT_EQ(to_nfc(ascii + "e\xCC\x81"), ascii + "\xC3\xA9");
  // A composed character first, a decomposed one far after it.
  EXPECT_EQ(to_nfc("Caf\xC3\xA9 " + ascii + " Noe\xCC\x88l"),
            "Caf\xC3\xA9 " + ascii + " No\xC3\xABl");
  // Runs of other characters apart, only the last of them not NFC.
  EXPECT_EQ(to_nfc("\xE2\x80\x9C" + ascii + "\xE2\x80\x9D " + ascii + " Noe\xCC\x88l"),
            "\xE2\x80\x9C" + ascii + "\xE2\x80\x9D " + ascii + " No\xC3\xABl");
  // A text that starts with a mark.
  EXPECT_EQ(to_nfc("\xCC\x81" + ascii), "\xCC\x81" + ascii);
}

TEST(ToNfc, ComposedTextIsUnchanged) {
  EXPECT_EQ(to_nfc("Caf\xC3\xA9 di Jakarta"), "Caf\xC3\xA9 di Jakarta");
}

TEST(FoldCase, FoldsAsciiAndNonAscii) {
  EXPECT_EQ(fold_case("KIM Jong-Un"), "kim jong-un");
  EXPECT_EQ(fold_case("\xC3\x89MILE"), "\xC3\xA9mile");  // ÉMILE -> émile
  EXPECT_EQ(fold_case("Stra\xC3\x9F"
                      "e"),
            "strasse");  // ß folds to ss
}

// fold_case sends only the runs of non-ASCII bytes through ICU; the answer must be ICU's
// folding of the whole text, for mixed lines, Greek sigmas (whose lower case depends on
// context, their folding does not), expansions and malformed bytes next to ASCII.
TEST(FoldCase, FoldsMixedTextAsIcuFoldsTheWhole) {
  std::vector<std::string> texts = {
      "\xE2\x80\x9CKIM\xE2\x80\x9D SAID \xE2\x80\x98NO\xE2\x80\x99.",
      "\xCE\x9F\xCE\x94\xCE\xA3\xCE\xA3\xCE\x95\xCE\xA5\xCE\xA3 AND \xCF\x82X",
      "Stra\xC3\x9F"
      "E \xEF\xAC\x81NE \xC4\xB0STANBUL",
      "AB\xC3\x89\xC3\x89"
      "CD\xE6\x97\xA5\xE6\x9C\xAC"
      "EF",
      "A\xC3"
      "B\xE2\x80"
      "C\xFF\xFE",
      "\xC3\x89"
      "COLE NATIONALE D'ADMINISTRATION @[`{ \xC3\x89"
      "TAT ZZ",
  };
  std::string every_ascii_byte;
  for (int byte = 1; byte < 0x80; ++byte) every_ascii_byte += static_cast<char>(byte);
  texts.push_back(every_ascii_byte);
  texts.push_back("\xC3\x89" + every_ascii_byte + every_ascii_byte);
  for (const std::string& text : texts) {
    auto whole = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
    whole.foldCase();
    std::string expected;
    whole.toUTF8String(expected);
    EXPECT_EQ(fold_case(text), expected) << text;
  }
}

TEST(FoldCase, AsciiFoldingIsFoldCaseOfAscii) {
  std::string every_ascii_byte;
  for (int byte = 0; byte < 0x80; ++byte) every_ascii_byte += static_cast<char>(byte);
  std::string folded = "storage from before, longer than any text folded into it here";
  for (std::size_t length = 0; length <= every_ascii_byte.size(); ++length) {
    for (std::size_t begin = 0; begin + length <= every_ascii_byte.size(); begin += 7) {
      const std::string_view text = std::string_view(every_ascii_byte).substr(begin, length);
      fold_ascii_case(text, folded);
      EXPECT_EQ(folded, fold_case(text));
    }
  }
}

TEST(CountCharacters, CountsEveryByteThatDoesNotContinueASequence) {
  EXPECT_EQ(count_characters(""), 0u);
  EXPECT_EQ(count_characters("Kim Jong Un"), 11u);
  // Two, three and four bytes a character.
  EXPECT_EQ(count_characters("caf\xC3\xA9 \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x8C\x8D!"), 10u);
  // Every byte value at every place of texts of many lengths, across the blocks of 255
  // bytes the count adds up, counted against the definition byte by byte (malformed text
  // too).
  for (const std::size_t length : {1u, 2u, 7u, 8u, 9u, 16u, 17u, 254u, 255u, 256u, 511u, 600u})
    for (std::size_t at = 0; at < length; ++at) {
      // In long texts, the places around the blocks' ends.
      if (length > 17 && at > 2 && at % 255 > 2 && at % 255 < 253 && at + 3 < length) continue;
      for (unsigned byte = 0; byte < 256; ++byte) {
        std::string text(length, '\xC3');
        for (std::size_t k = 1; k < length; k += 2) text[k] = '\xA9';
        text[at] = static_cast<char>(byte);
        std::size_t expected = 0;
        for (const char c : text) expected += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        ASSERT_EQ(count_characters(text), expected)
            << "length " << length << " byte " << byte << " at " << at;
      }
    }
}

TEST(NormaliseLineEnds, TurnsCrLfAndCrIntoLf) {
  EXPECT_EQ(normalise_line_ends("a\r\nb\rc\nd"), "a\nb\nc\nd");
  EXPECT_EQ(normalise_line_ends("\r\n\r\n"), "\n\n");
  EXPECT_EQ(normalise_line_ends("\r\r\n\r"), "\n\n\n");
  EXPECT_EQ(normalise_line_ends("tanpa baris baru"), "tanpa baris baru");
  EXPECT_EQ(normalise_line_ends(""), "");
}

TEST(IsBlankText, OnlyWhiteSpaceAndInvisibleCharactersAreBlank) {
  EXPECT_TRUE(is_blank_text(""));
  EXPECT_TRUE(is_blank_text(" \t\n\xC2\xA0\xE2\x80\x8B\xEF\xBB\xBF"));  // NBSP, ZWSP, BOM
  EXPECT_FALSE(is_blank_text(" \n\n\xE2\x80\x8B Iran"));
  EXPECT_FALSE(is_blank_text(" \xFF "));  // an ill-formed byte is not blank
}

TEST(NormaliseLineEnds, DropsLeadingByteOrderMark) {
  EXPECT_EQ(normalise_line_ends("\xEF\xBB\xBFHalo\r\n"), "Halo\n");
  // A BOM that is not at the start is text, not a marker.
  EXPECT_EQ(normalise_line_ends("a\xEF\xBB\xBF"), "a\xEF\xBB\xBF");
}

// --- split_sentences ---------------------------------------------------------------------

BoilerplateRules indonesian_boilerplate() {
  BoilerplateRules rules;
  rules.line_prefixes = {"baca juga", "artikel ini telah lebih dulu tayang di"};
  rules.line_markers = {"(foto:"};
  rules.whole_lines = {"komentar"};
  return rules;
}

SentenceRules indonesian_sentence_rules() {
  SentenceRules rules;
  rules.abbreviations = {"dr", "prof", "ir", "no"};
  return rules;
}

std::vector<std::string> sentence_texts(std::string_view text,
                                        const std::vector<Sentence>& sentences) {
  std::vector<std::string> out;
  for (const auto& sentence : sentences) out.emplace_back(sentence.span.of(text));
  return out;
}

TEST(SplitSentences, DropsBoilerplateAndRepeatsAndKeepsAbbreviationsTogether) {
  const std::string text =
      "Jokowi Bertemu Presiden Vietnam\n"
      "Jakarta - Presiden Joko Widodo bertemu Dr. Nguyen Phu Trong di Hanoi, Selasa (23/2) lalu. "
      "Keduanya membahas kerja sama ekonomi.\n"
      "Baca Juga: Prabowo Terbang ke Beijing\n"
      "Presiden Joko Widodo di Istana Merdeka. (Foto: Antara/Hafidz)\n"
      "Pertemuan itu juga dihadiri Prof. J. B. Sumarlin dan Ir. Budi Santoso.\n"
      "\n"
      "Kedua negara sepakat memperkuat perdagangan.\n"
      "Kedua negara sepakat memperkuat perdagangan.\n"
      "Artikel ini telah lebih dulu tayang di Detik.com dengan judul \"Jokowi ke Hanoi\".\n"
      "Komentar\n";
  const auto sentences =
      split_sentences(text, indonesian_boilerplate(), indonesian_sentence_rules());
  const std::vector<std::string> expected = {
      "Jokowi Bertemu Presiden Vietnam",
      "Jakarta - Presiden Joko Widodo bertemu Dr. Nguyen Phu Trong di Hanoi, Selasa (23/2) lalu.",
      "Keduanya membahas kerja sama ekonomi.",
      "Pertemuan itu juga dihadiri Prof. J. B. Sumarlin dan Ir. Budi Santoso.",
      "Kedua negara sepakat memperkuat perdagangan.",
  };
  EXPECT_EQ(sentence_texts(text, sentences), expected);
  ASSERT_EQ(sentences.size(), expected.size());
  EXPECT_TRUE(sentences[0].is_title);
  EXPECT_FALSE(sentences[1].is_title);
  EXPECT_EQ(sentences[0].paragraph, 0u);
  EXPECT_EQ(sentences[1].paragraph, 1u);
  EXPECT_EQ(sentences[2].paragraph, 1u);  // same line, same paragraph
  EXPECT_LT(sentences[2].paragraph, sentences[3].paragraph);
}

TEST(SplitSentences, SpansAreByteOffsetsIntoTheText) {
  // Multi-byte characters before a sentence shift its byte offsets.
  const std::string text = "Menlu Prancis tiba di Hà Nội. Ia bertemu Pham Minh Chính.\n";
  const auto sentences = split_sentences(text, {}, {});
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].span.begin, 0u);
  EXPECT_EQ(sentences[0].span.of(text), "Menlu Prancis tiba di Hà Nội.");
  EXPECT_EQ(sentences[1].span.begin, text.find("Ia bertemu"));
  EXPECT_EQ(sentences[1].span.end, text.find('\n'));
  EXPECT_EQ(sentences[1].span.of(text), "Ia bertemu Pham Minh Chính.");
}

// ICU breaks the UTF-16 form of a paragraph; its offsets come back to bytes across
// characters of two, three and four bytes (a four-byte one is two UTF-16 units) and long
// ASCII runs.
TEST(SplitSentences, SpansAreByteOffsetsAcrossCharactersOfEveryLength) {
  const std::string first =
      "Delegasi \xF0\x9F\x87\xAE\xF0\x9F\x87\xA9 tiba di Hà Nội pukul tujuh pagi.";
  const std::string second =
      "Menurut \xE2\x80\x9Csumber\xE2\x80\x9D itu, pertemuan berlangsung lama \xF0\x9F\x98\x80.";
  const std::string third = "Keduanya sepakat bekerja sama.";
  const std::string text = first + " " + second + " " + third + "\n";
  const auto sentences = split_sentences(text, {}, {});
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0].span.of(text), first);
  EXPECT_EQ(sentences[1].span.of(text), second);
  EXPECT_EQ(sentences[2].span.of(text), third);
  EXPECT_EQ(sentences[2].span.begin, text.find("Keduanya"));
}

TEST(SplitSentences, WithoutAbbreviationRuleTheSentenceSplits) {
  // Guards the rejoining test above: ICU alone does break after "Dr." before a capital.
  const std::string text = "Ia bertemu Dr. Nguyen di Hanoi.";
  EXPECT_EQ(split_sentences(text, {}, {}).size(), 2u);
  EXPECT_EQ(split_sentences(text, {}, indonesian_sentence_rules()).size(), 1u);
}

TEST(SplitSentences, HeadlineWithFullStopIsNotATitle) {
  const std::string text = "Jepang mengecam uji coba rudal itu.\nKorea Utara diam.\n";
  const auto sentences = split_sentences(text, {}, {});
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_FALSE(sentences[0].is_title);
}

TEST(SplitSentences, EmptyTextGivesNoSentences) {
  EXPECT_TRUE(split_sentences("", {}, {}).empty());
  EXPECT_TRUE(split_sentences("\n \n\t\n", {}, {}).empty());
}

TEST(IsBoilerplateLine, MatchesPrefixesMarkersAndWholeLinesCaseInsensitively) {
  const auto rules = indonesian_boilerplate();
  EXPECT_TRUE(is_boilerplate_line("BACA JUGA: Korut Luncurkan Rudal", rules));
  EXPECT_TRUE(is_boilerplate_line("  Komentar  ", rules));
  EXPECT_TRUE(is_boilerplate_line("Suasana KTT ASEAN. (FOTO: Reuters)", rules));
  EXPECT_FALSE(is_boilerplate_line("Komentar Menlu itu memicu protes.", rules));
  EXPECT_FALSE(is_boilerplate_line("Ia juga membaca juga surat itu.", rules));
}

// --- tokenize ----------------------------------------------------------------------------

std::vector<std::string> token_texts(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& token : tokens) out.emplace_back(token.span.of(text));
  return out;
}

TEST(Tokenize, HyphenatedNameIsOneWordAndPunctuationIsSeparate) {
  const std::string text = "Kim Jong-un tiba di Pyongyang, Korea Utara.";
  const auto tokens = tokenize(text, {0, text.size()});
  const std::vector<std::string> expected = {"Kim", "Jong-un", "tiba",  "di", "Pyongyang",
                                             ",",   "Korea",   "Utara", "."};
  EXPECT_EQ(token_texts(text, tokens), expected);
  ASSERT_EQ(tokens.size(), expected.size());
  EXPECT_EQ(tokens[1].kind, Token::Kind::word);
  EXPECT_EQ(tokens[1].folded, "jong-un");
  EXPECT_EQ(tokens[5].kind, Token::Kind::punctuation);
  EXPECT_EQ(tokens[8].kind, Token::Kind::punctuation);
  EXPECT_TRUE(tokens[0].capitalised);
  EXPECT_TRUE(tokens[1].capitalised);
  EXPECT_FALSE(tokens[2].capitalised);
  EXPECT_TRUE(tokens[2].is("tiba"));
}

TEST(Tokenize, SpansAreRightAfterMultiByteCharacters) {
  const std::string text = "Menlu Jean-Noël Barrot ke Hà Nội (19/11).";
  const auto tokens = tokenize(text, {0, text.size()});
  const std::vector<std::string> expected = {"Menlu", "Jean-Noël", "Barrot", "ke", "Hà", "Nội",
                                             "(",     "19",        "/",      "11", ")",  "."};
  EXPECT_EQ(token_texts(text, tokens), expected);
  ASSERT_EQ(tokens.size(), expected.size());
  EXPECT_EQ(tokens[1].span.begin, 6u);
  EXPECT_EQ(tokens[1].span.end, 6u + std::string_view("Jean-Noël").size());
  EXPECT_EQ(tokens[5].span.end, text.find(" ("));
  EXPECT_EQ(tokens[7].kind, Token::Kind::number);
  EXPECT_EQ(tokens[5].folded, "nội");
}

TEST(Tokenize, CapitalisedFlagForNonAsciiInitial) {
  const std::string text = "Émile dan émile";
  const auto tokens = tokenize(text, {0, text.size()});
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_TRUE(tokens[0].capitalised);
  EXPECT_FALSE(tokens[2].capitalised);
  EXPECT_EQ(tokens[0].folded, tokens[2].folded);
}

TEST(Tokenize, TrailingHyphenIsPunctuationAndOrdinalStaysAWord) {
  const std::string text = "HUT RI ke-75 - meriah";
  const auto tokens = tokenize(text, {0, text.size()});
  const std::vector<std::string> expected = {"HUT", "RI", "ke-75", "-", "meriah"};
  EXPECT_EQ(token_texts(text, tokens), expected);
  ASSERT_EQ(tokens.size(), expected.size());
  EXPECT_EQ(tokens[2].kind, Token::Kind::word);
  EXPECT_EQ(tokens[3].kind, Token::Kind::punctuation);
}

TEST(Tokenize, OnlyTheGivenSpanIsTokenisedWithDocumentOffsets) {
  const std::string text = "Kalimat pertama. Jepang protes keras.";
  const Span second{text.find("Jepang"), text.size()};
  const auto tokens = tokenize(text, second);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].span.begin, second.begin);
  EXPECT_EQ(tokens[0].span.of(text), "Jepang");
  EXPECT_EQ(tokens[3].span.end, text.size());
}

// --- Diagnostic --------------------------------------------------------------------------

TEST(Diagnostic, PrintsCompilerStyle) {
  Diagnostic diagnostic{"berita.txt", 3, 7, Diagnostic::Severity::error, "invalid UTF-8"};
  EXPECT_EQ(diagnostic.to_string(), "berita.txt:3:7: error: invalid UTF-8");
  diagnostic.column = 0;
  diagnostic.severity = Diagnostic::Severity::warning;
  EXPECT_EQ(diagnostic.to_string(), "berita.txt:3: warning: invalid UTF-8");
  const InputError error(diagnostic);
  EXPECT_STREQ(error.what(), "berita.txt:3: warning: invalid UTF-8");
  EXPECT_EQ(error.diagnostic().line, 3u);
}

}  // namespace
}  // namespace diplograph
