#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "export/rdf/namespaces.h"

namespace diplograph::rdf {

// The predicates of the RDF mapping (docs/ontology.md), stated once: the writer
// (SubjectTriples) writes them and the merge reader (GraphFromTriples) recognises them by
// this table. The direct actor-to-actor properties come from the vocabulary table.
enum class Predicate {
  type,
  identifier,
  language,
  title,
  issued,
  source,
  url,
  byte_count,
  sentence_count,
  key,
  pref_label,
  alt_label,
  english_label,
  iso3,
  same_as,
  mentioned_in,
  holds_office,
  office_title,
  office_in,
  actor,
  recipient,
  modality,
  date,
  evidence,
  mention,
  derived_from,
  from_mention,
  trigger_start,
  trigger_end,
  confidence,
  in_document,
  start_offset,
  end_offset,
  sentence,
};

struct PredicateTerm {
  Predicate predicate;
  std::string_view ns;
  std::string_view local;
  // Restates what other triples say (an event's mentions and documents): the writer makes
  // it, the reader passes over it.
  bool derived;
};

inline constexpr std::array<PredicateTerm, 34> kPredicates = {{
    {Predicate::type, kRdf, "type", false},
    {Predicate::identifier, kDcterms, "identifier", false},
    {Predicate::language, kDcterms, "language", false},
    {Predicate::title, kDcterms, "title", false},
    {Predicate::issued, kDcterms, "issued", false},
    {Predicate::source, kDcterms, "source", false},
    {Predicate::url, kDip, "url", false},
    {Predicate::byte_count, kDip, "byteCount", false},
    {Predicate::sentence_count, kDip, "sentenceCount", false},
    {Predicate::key, kDip, "key", false},
    {Predicate::pref_label, kSkos, "prefLabel", false},
    {Predicate::alt_label, kSkos, "altLabel", false},
    {Predicate::english_label, kDip, "englishLabel", false},
    {Predicate::iso3, kDip, "iso3166Alpha3", false},
    {Predicate::same_as, kOwl, "sameAs", false},
    {Predicate::mentioned_in, kDip, "mentionedIn", false},
    {Predicate::holds_office, kDip, "holdsOffice", false},
    {Predicate::office_title, kDip, "officeTitle", false},
    {Predicate::office_in, kDip, "officeIn", false},
    {Predicate::actor, kDip, "actor", false},
    {Predicate::recipient, kDip, "recipient", false},
    {Predicate::modality, kDip, "modality", false},
    {Predicate::date, kDip, "date", false},
    {Predicate::evidence, kDip, "evidence", false},
    {Predicate::mention, kDip, "mention", true},
    {Predicate::derived_from, kProv, "wasDerivedFrom", true},
    {Predicate::from_mention, kDip, "fromMention", false},
    {Predicate::trigger_start, kDip, "triggerStart", false},
    {Predicate::trigger_end, kDip, "triggerEnd", false},
    {Predicate::confidence, kDip, "confidence", false},
    {Predicate::in_document, kDip, "inDocument", false},
    {Predicate::start_offset, kDip, "startOffset", false},
    {Predicate::end_offset, kDip, "endOffset", false},
    {Predicate::sentence, kDip, "sentence", false},
}};

static_assert(
    [] {
      for (std::size_t i = 0; i < kPredicates.size(); ++i)
        if (static_cast<std::size_t>(kPredicates[i].predicate) != i) return false;
      return kPredicates.size() == static_cast<std::size_t>(Predicate::sentence) + 1;
    }(),
    "kPredicates must list every Predicate in enum order");

// The IRI of a predicate, made once.
inline const std::string& predicate_iri(Predicate predicate) {
  static const std::array<std::string, kPredicates.size()> iris = [] {
    std::array<std::string, kPredicates.size()> out;
    for (const PredicateTerm& p : kPredicates)
      out[static_cast<std::size_t>(p.predicate)] = term(p.ns, p.local);
    return out;
  }();
  return iris[static_cast<std::size_t>(predicate)];
}

}  // namespace diplograph::rdf
