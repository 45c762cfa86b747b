// PhraseIndex's look-ups, which skip the table for a token whose word starts no phrase
// (HashFilter): the filter may let an absent word through, never turn a present one away.
#include "lexicon/phrase_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "lexicon/string_hash.h"
#include "text/tokens.h"

namespace diplograph {
namespace {

std::size_t hash_of(const std::string& word) { return std::hash<std::string_view>{}(word); }

TEST(HashFilter, LetsEveryKeyThroughAndTurnsMostOthersAway) {
  HashFilter filter;
  EXPECT_FALSE(filter.may_contain(hash_of("korea"))) << "an empty filter holds nothing";
  std::mt19937 random(7);
  for (int i = 0; i < 2000; ++i) filter.add(hash_of("key" + std::to_string(random())));
  random.seed(7);
  for (int i = 0; i < 2000; ++i)
    EXPECT_TRUE(filter.may_contain(hash_of("key" + std::to_string(random()))));
  int let_through = 0;
  for (int i = 0; i < 10000; ++i)
    let_through += filter.may_contain(hash_of("other" + std::to_string(i)));
  // 2,000 keys in 65,536 bits: about 3 % of other words get through to the table.
  EXPECT_LT(let_through, 1000);
}

TEST(HashFilter, TheUnionLetsTheKeysOfBothThrough) {
  HashFilter months, weekdays, empty, both;
  for (const char* word : {"januari", "februari", "maret"}) months.add(hash_of(word));
  for (const char* word : {"senin", "selasa"}) weekdays.add(hash_of(word));
  both.add_all(empty);
  EXPECT_FALSE(both.may_contain(hash_of("januari"))) << "the union with nothing holds nothing";
  both.add_all(months);
  both.add_all(weekdays);
  for (const char* word : {"januari", "februari", "maret", "senin", "selasa"})
    EXPECT_TRUE(both.may_contain(hash_of(word))) << word;
  int let_through = 0;
  for (int i = 0; i < 1000; ++i)
    let_through += both.may_contain(hash_of("other" + std::to_string(i)));
  EXPECT_LT(let_through, 10) << "five keys in 65,536 bits turn nearly every other word away";
}

TEST(PhraseIndex, ItsFirstWordFilterLetsEveryFirstWordThrough) {
  PhraseIndex index;
  index.add("pekan lalu", 1);
  index.add("bulan ini", 2);
  EXPECT_TRUE(index.first_word_filter().may_contain(hash_of("pekan")));
  EXPECT_TRUE(index.first_word_filter().may_contain(hash_of("bulan")));
  EXPECT_FALSE(index.first_word_filter().may_contain(hash_of("lalu")) &&
               index.first_word_filter().may_contain(hash_of("ini")) &&
               index.first_word_filter().may_contain(hash_of("kemarin")))
      << "words that start no phrase are (nearly all) turned away";
}

TEST(FilteredStringMap, FindsEveryKeyByTextOrHashAndNothingElse) {
  FilteredStringMap<int> months;
  EXPECT_EQ(months.find("januari"), nullptr) << "an empty table holds nothing";
  months["januari"] = 1;
  months["desember"] = 12;
  months["desember"] += 0;
  ASSERT_NE(months.find("januari"), nullptr);
  EXPECT_EQ(*months.find("januari"), 1);
  ASSERT_NE(months.find(HashedWord{"desember", hash_of("desember")}), nullptr);
  EXPECT_EQ(*months.find(HashedWord{"desember", hash_of("desember")}), 12);
  EXPECT_EQ(months.find("Januari"), nullptr);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(months.find("kata" + std::to_string(i)), nullptr);
}

TEST(PhraseIndex, FindsThePhrasesOfEveryFirstWordAndNothingElse) {
  PhraseIndex index;
  index.add("Korea Utara", 1);
  index.add("Korea", 2);
  index.add("Dewan Keamanan PBB", 3);
  for (int i = 0; i < 3000; ++i) index.add("kata" + std::to_string(i) + " lain", 100 + i);
  const std::string text =
      "Korea Utara dan Dewan Keamanan PBB bertemu di Korea; kata77 lain kata77";
  const std::vector<Token> tokens = tokenize(text, {0, text.size()});
  const auto at = [&](std::string_view word) {
    for (std::size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].folded == word) return i;
    return tokens.size();
  };
  EXPECT_EQ(index.longest_at(tokens, 0).length, 2u);
  EXPECT_EQ(index.longest_at(tokens, 0).payload, 1u);
  ASSERT_EQ(index.all_at(tokens, 0).size(), 2u);
  EXPECT_EQ(index.all_at(tokens, 0)[1].payload, 2u);
  EXPECT_EQ(index.longest_at(tokens, at("dewan")).payload, 3u);
  EXPECT_EQ(index.longest_at(tokens, at("kata77")).payload, 177u);
  EXPECT_EQ(index.longest_at(tokens, tokens.size() - 1).length, 0u) << "kata77 without lain";
  EXPECT_EQ(index.longest_at(tokens, at("bertemu")).length, 0u);
  EXPECT_TRUE(index.all_at(tokens, at("dan")).empty());
  EXPECT_EQ(index.longest_at(tokens, tokens.size()).length, 0u) << "past the end";
}

}  // namespace
}  // namespace diplograph
