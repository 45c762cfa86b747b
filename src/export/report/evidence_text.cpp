#include "export/report/evidence_text.h"

namespace diplograph::report {
namespace {

bool starts_character(const std::string& text, std::size_t at) {
  return at >= text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

}  // namespace

EvidenceText split_at_trigger(const Mention& mention) {
  const std::string& sentence = mention.sentence.str();
  const bool inside = !mention.trigger.empty() && mention.span.contains(mention.trigger) &&
                      mention.span.size() == sentence.size();
  if (!inside) return {sentence, "", ""};
  const std::size_t begin = mention.trigger.begin - mention.span.begin;
  const std::size_t end = mention.trigger.end - mention.span.begin;
  if (!starts_character(sentence, begin) || !starts_character(sentence, end))
    return {sentence, "", ""};
  return {sentence.substr(0, begin), sentence.substr(begin, end - begin), sentence.substr(end)};
}

}  // namespace diplograph::report
