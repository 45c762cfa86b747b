#include "extract/dates.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace diplograph {
namespace {

using namespace std::chrono;

// The value of a number token of up to four ASCII digits, else -1. A number token of
// another script's digits ("٣") is not a date part: from_chars reads ASCII digits only and
// reports the rest as no match instead of throwing.
int number(const Token& token) {
  if (token.kind != Token::Kind::number || token.folded.size() > 4) return -1;
  int value = -1;
  const char* end = token.folded.data() + token.folded.size();
  const auto [stop, error] = std::from_chars(token.folded.data(), end, value);
  if (error != std::errc{} || stop != end) return -1;
  return value;
}

bool valid_day(int y, int m, int d) {
  return year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}
      .ok();
}

int weekday_of(int y, int m, int d) {  // Monday = 1 ... Sunday = 7
  const weekday wd{
      sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}}};
  return static_cast<int>(wd.iso_encoding());
}

PartialDate shift_days(const PartialDate& date, int days) {
  const sys_days base{year{date.year} / month{static_cast<unsigned>(date.month)} /
                      day{static_cast<unsigned>(date.day)}};
  const year_month_day shifted{base + std::chrono::days{days}};
  return {static_cast<int>(shifted.year()),
          static_cast<int>(static_cast<unsigned>(shifted.month())),
          static_cast<int>(static_cast<unsigned>(shifted.day()))};
}

bool is_year(int n) { return n >= 1900 && n <= 2099; }

// The kinds of relative date expression, in the order they are tried at a word.
constexpr Cue kRelativeDateCues[] = {
    Cue::date_this_month, Cue::date_last_month, Cue::date_this_week, Cue::date_last_week,
    Cue::date_yesterday,  Cue::date_this_year,  Cue::date_last_year};

}  // namespace

std::string PartialDate::iso() const {
  char buffer[16];
  if (day)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  else if (month)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  else
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  return buffer;
}

std::optional<PartialDate> PartialDate::parse_iso(std::string_view iso) {
  PartialDate d;
  if (iso.size() >= 4 &&
      std::sscanf(std::string(iso).c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) >= 1) {
    if (iso.size() == 4)
      d.month = d.day = 0;
    else if (iso.size() == 7)
      d.day = 0;
    if (d.day && !valid_day(d.year, d.month, d.day)) return std::nullopt;
    return d;
  }
  return std::nullopt;
}

DateFinder::DateFinder(const Lexicon& lexicon) : lexicon_(lexicon) {
  for (const Cue kind : kRelativeDateCues)
    relative_date_starts_.add_all(lexicon_.cue_index(kind).first_word_filter());
}

std::vector<DateExpression> DateFinder::find(const std::vector<Token>& tokens,
                                             const std::optional<PartialDate>& reference) const {
  std::vector<DateExpression> out;
  const bool anchored = reference && reference->day;
  // Past the end, as for a word that names nothing.
  auto month_at = [&](std::size_t i) { return i < tokens.size() ? lexicon_.month(tokens[i]) : 0; };
  auto weekday_at = [&](std::size_t i) {
    return i < tokens.size() ? lexicon_.weekday(tokens[i]) : 0;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // "(19/11)" or "(19/11/2024)", usually right after a day name.
    if (tokens[i].is("(") && i + 4 < tokens.size() && number(tokens[i + 1]) > 0 &&
        tokens[i + 2].is("/") && number(tokens[i + 3]) > 0) {
      const int d = number(tokens[i + 1]), m = number(tokens[i + 3]);
      std::size_t end = i + 4;
      int y = 0;
      if (tokens[end].is("/") && end + 1 < tokens.size() && is_year(number(tokens[end + 1]))) {
        y = number(tokens[end + 1]);
        end += 2;
      }
      if (end < tokens.size() && tokens[end].is(")")) ++end;
      const int named_weekday = i > 0 ? weekday_at(i - 1) : 0;
      if (!y && anchored) {
        // The year that puts the date nearest before the reference, agreeing with its day name.
        for (int candidate : {reference->year, reference->year - 1, reference->year + 1}) {
          if (!valid_day(candidate, m, d)) continue;
          if (named_weekday && weekday_of(candidate, m, d) != named_weekday) continue;
          y = candidate;
          break;
        }
      }
      if (y && m >= 1 && m <= 12 && valid_day(y, m, d)) {
        out.push_back({named_weekday ? i - 1 : i, end, {y, m, d}});
        i = end - 1;
        continue;
      }
    }
    // "26 Januari 2024", "26 Januari", "Januari 2024", "bulan Agustus 2019", "Juni lalu".
    if (const int m = month_at(i); m && tokens[i].capitalised) {
      const bool has_day = i > 0 && number(tokens[i - 1]) >= 1 && number(tokens[i - 1]) <= 31;
      // The day may follow its month instead: "January 26, 2024", "January 26".
      const bool day_after = !has_day && i + 1 < tokens.size() && number(tokens[i + 1]) >= 1 &&
                             number(tokens[i + 1]) <= 31;
      const int d = has_day ? number(tokens[i - 1]) : day_after ? number(tokens[i + 1]) : 0;
      const std::size_t begin = has_day ? i - 1 : i;
      if (day_after) {
        std::size_t end = i + 2;
        int y = 0;
        if (end < tokens.size() && tokens[end].is(",")) ++end;
        if (end < tokens.size() && is_year(number(tokens[end]))) {
          y = number(tokens[end]);
          ++end;
        } else {
          end = i + 2;
          if (anchored) {
            y = reference->year;
            if (m > reference->month || (m == reference->month && d > reference->day)) --y;
          }
        }
        if (y && valid_day(y, m, d)) out.push_back({begin, end, {y, m, d}});
        i = end - 1;
        continue;
      }
      if (i + 1 < tokens.size() && is_year(number(tokens[i + 1]))) {
        const int y = number(tokens[i + 1]);
        if (!d || valid_day(y, m, d)) out.push_back({begin, i + 2, {y, m, d}});
        ++i;
        continue;
      }
      if (anchored) {
        // No year: the latest such month (or day) not after the reference date.
        int y = reference->year;
        if (m > reference->month || (m == reference->month && d > reference->day)) --y;
        if (!d || valid_day(y, m, d)) out.push_back({begin, i + 1, {y, m, d}});
      }
      continue;
    }
    // "tahun 2023", "pada 2019".
    if (is_year(number(tokens[i])) && (i == 0 || !month_at(i - 1))) {
      out.push_back({i, i + 1, {number(tokens[i]), 0, 0}});
      continue;
    }
    if (!anchored) continue;
    // A day name alone: the latest such day not after the reference date.
    if (const int wd = weekday_at(i); wd && tokens[i].capitalised) {
      if (i + 1 < tokens.size() && tokens[i + 1].is("(")) continue;  // handled with its (dd/mm)
      const int back = (weekday_of(reference->year, reference->month, reference->day) - wd + 7) % 7;
      out.push_back({i, i + 1, shift_days(*reference, -back)});
      continue;
    }
    // Relative expressions from cues.tsv: "relative_day:-1" kemarin, "relative_month:0" ...
    if (!relative_date_starts_.may_contain(tokens[i].hash)) continue;
    for (const Cue kind : kRelativeDateCues) {
      const auto match = lexicon_.cue_index(kind).longest_at(tokens, i);
      if (!match.length) continue;
      PartialDate d = *reference;
      if (kind == Cue::date_this_month)
        d.day = 0;
      else if (kind == Cue::date_last_month)
        d = d.month == 1 ? PartialDate{d.year - 1, 12, 0} : PartialDate{d.year, d.month - 1, 0};
      else if (kind == Cue::date_this_week)
        d = PartialDate{d.year, d.month, 0};
      else if (kind == Cue::date_last_week) {
        d = shift_days(d, -7);
        d.day = 0;
      } else if (kind == Cue::date_yesterday)
        d = shift_days(d, -1);
      else if (kind == Cue::date_this_year)
        d = PartialDate{d.year, 0, 0};
      else if (kind == Cue::date_last_year)
        d = PartialDate{d.year - 1, 0, 0};
      out.push_back({i, i + match.length, d});
      i += match.length - 1;
      break;
    }
  }
  return out;
}

DocumentDates DateFinder::read_document(const std::vector<AnalysedSentence>& sentences,
                                        const std::vector<std::vector<Token>>& extra_lines,
                                        const std::optional<PartialDate>& published,
                                        const std::function<void()>& after_sentence) const {
  DocumentDates dates;
  dates.by_sentence.reserve(sentences.size());
  if (published && published->day) {
    dates.reference = published;
    for (const auto& sentence : sentences) {
      dates.by_sentence.push_back(find(sentence.tokens, published));
      after_sentence();
    }
    return dates;
  }
  // Without a published day the reference is read from the text: first the latest full date
  // written out, which needs no anchor.
  std::optional<PartialDate> latest;
  auto take_latest = [&](const std::vector<DateExpression>& found) {
    for (const DateExpression& e : found)
      if (e.date.day && (!latest || e.date > *latest)) latest = e.date;
  };
  for (const auto& line : extra_lines) take_latest(find(line, std::nullopt));
  for (const auto& sentence : sentences) {
    dates.by_sentence.push_back(find(sentence.tokens, std::nullopt));
    take_latest(dates.by_sentence.back());
    after_sentence();
  }
  // No full date anywhere: nothing anchors, and the unanchored readings are the answer.
  if (!latest) return dates;
  // Dates written as "(dd/mm)" take their year from the reference; they may move it later,
  // and each sentence is read anchored on the latest date known when it is reached.
  std::vector<PartialDate> anchor_of(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    anchor_of[s] = *latest;
    dates.by_sentence[s] = find(sentences[s].tokens, latest);
    for (const DateExpression& e : dates.by_sentence[s])
      if (e.date.day && e.date > *latest) latest = e.date;
    after_sentence();
  }
  dates.reference = latest;
  // A sentence read before the reference moved is read again, anchored on the final one.
  for (std::size_t s = 0; s < sentences.size(); ++s)
    if (anchor_of[s] != *latest) {
      dates.by_sentence[s] = find(sentences[s].tokens, latest);
      after_sentence();
    }
  return dates;
}

}  // namespace diplograph
