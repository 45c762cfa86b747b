#include "text/long_sentences.h"

#include "text/contract_check.h"

namespace diplograph {
namespace {

bool is_clause_mark(char c) { return c == ';' || c == ':' || c == ','; }
bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Where the piece of `text` starting at `begin` ends, at most `max_bytes` later.
std::size_t piece_end(std::string_view text, std::size_t begin, std::size_t end,
                      std::size_t max_bytes) {
  const std::size_t limit = begin + max_bytes;
  if (limit >= end) return end;
  const std::size_t half = begin + max_bytes / 2;
  for (std::size_t i = limit; i > half; --i)
    if (is_clause_mark(text[i - 1])) return i;
  for (std::size_t i = limit; i > half; --i)
    if (is_ascii_space(text[i - 1])) return i;
  std::size_t cut = limit;
  while (cut > begin + 1 && is_continuation_byte(text[cut])) --cut;
  return cut;
}

}  // namespace

std::size_t cut_long_sentences(std::string_view text, std::vector<Sentence>& sentences,
                               std::size_t max_bytes) {
  DIPLOGRAPH_CONTRACT_CHECK(max_bytes >= 16);
  std::size_t cut = 0;
  std::vector<Sentence> out;
  out.reserve(sentences.size());
  for (const Sentence& sentence : sentences) {
    if (sentence.span.size() <= max_bytes) {
      out.push_back(sentence);
      continue;
    }
    ++cut;
    std::size_t begin = sentence.span.begin;
    while (begin < sentence.span.end) {
      const std::size_t end = piece_end(text, begin, sentence.span.end, max_bytes);
      const Span piece = trim_ascii_space(text, {begin, end});
      if (!piece.empty()) out.push_back({piece, sentence.paragraph, sentence.is_title});
      begin = end;
    }
  }
  sentences = std::move(out);
  return cut;
}

}  // namespace diplograph
