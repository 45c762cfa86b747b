// No word of a language is written into the extraction code: every string literal in
// src/extract is checked against the words of every lexicon under ontology/lexicon.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon/tsv_table.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

namespace fs = std::filesystem;
const fs::path kSource(DIPLOGRAPH_TEST_SOURCE_DIR);

// The string literals of C++ source, comments skipped.
std::vector<std::string> string_literals(const std::string& code) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (code.compare(i, 2, "//") == 0) {
      i = code.find('\n', i);
      if (i == std::string::npos) break;
    } else if (code.compare(i, 2, "/*") == 0) {
      i = code.find("*/", i);
      if (i == std::string::npos) break;
      ++i;
    } else if (code[i] == '\'') {  // a character literal, possibly '"'
      const std::size_t end = code.find('\'', i + (code[i + 1] == '\\' ? 3 : 2));
      if (end == std::string::npos) break;
      i = end;
    } else if (code[i] == '"') {
      std::string literal;
      for (++i; i < code.size() && code[i] != '"'; ++i) {
        if (code[i] == '\\' && i + 1 < code.size()) ++i;
        literal += code[i];
      }
      out.push_back(literal);
    }
  }
  return out;
}

// The lower-case letter runs of `text`, ASCII letters and any non-ASCII byte.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text + " ") {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(fold_case(word));
      word.clear();
    }
  }
  return words;
}

// Every word written in a cell of any lexicon file (actor names excluded: they are names,
// not words of the language, and a literal like "person" is no Indonesian word).
std::set<std::string> lexicon_words() {
  std::set<std::string> words;
  for (const auto& language : fs::directory_iterator(kSource / "ontology" / "lexicon")) {
    if (!language.is_directory()) continue;
    for (const auto& file : fs::directory_iterator(language.path())) {
      const std::string name = file.path().filename().string();
      if (file.path().extension() != ".tsv" || name == "states.tsv" ||
          name == "organizations.tsv" || name == "persons.tsv")
        continue;
      for (const TsvRow& row : TsvTable::load(file.path(), 1).rows)
        for (std::size_t c = name == "cues.tsv" || name == "language.tsv" ? 1 : 0;
             c < row.cells.size(); ++c)
          for (const std::string& word : words_of(row.cells[c]))
            if (word.size() >= 2) words.insert(word);
    }
  }
  return words;
}

// The literals of `code` that hold a word of the lexicons.
std::vector<std::string> language_literals(const std::string& code,
                                           const std::set<std::string>& words) {
  std::vector<std::string> found;
  for (const std::string& literal : string_literals(code))
    for (const std::string& word : words_of(literal))
      if (words.count(word)) found.push_back(literal);
  return found;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

TEST(LanguageBoundary, TheCheckFindsAWordOfTheLanguageInALiteral) {
  // Guards the real check below: a literal it must catch, and ones it must let pass.
  const auto words = lexicon_words();
  ASSERT_TRUE(words.count("oleh")) << "the lexicon words were not read";
  const std::string code =
      "// a comment may say \"oleh\"\n"
      "if (tokens[k].is(\"oleh\")) f(',', \"%04d-%02d\", '\"');\n";
  EXPECT_EQ(language_literals(code, words), std::vector<std::string>{"oleh"});
}

TEST(LanguageBoundary, NoWordOfAnyLexiconIsALiteralInSrcExtract) {
  const auto words = lexicon_words();
  std::size_t files = 0;
  for (const auto& file : fs::directory_iterator(kSource / "src" / "extract")) {
    const auto extension = file.path().extension();
    if (extension != ".cpp" && extension != ".h") continue;
    ++files;
    for (const std::string& literal : language_literals(read(file.path()), words))
      ADD_FAILURE() << file.path().filename().string() << ": \"" << literal
                    << "\" is a word of a language; put it in ontology/lexicon/<lang>/";
  }
  EXPECT_GT(files, 3u);
}

}  // namespace
}  // namespace diplograph
