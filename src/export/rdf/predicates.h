#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "export/rdf/namespaces.h"

namespace diplograph::rdf {

// The predicates of the RDF mapping (docs/ontology.md), stated once: the mapping
// (rdf_mapping.h) says which node kinds carry them, in which form and how many times. The
// direct actor-to-actor properties come from the vocabulary table.
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
};

inline constexpr std::array<PredicateTerm, 34> kPredicates = {{
    {Predicate::type, kRdf, "type"},
    {Predicate::identifier, kDcterms, "identifier"},
    {Predicate::language, kDcterms, "language"},
    {Predicate::title, kDcterms, "title"},
    {Predicate::issued, kDcterms, "issued"},
    {Predicate::source, kDcterms, "source"},
    {Predicate::url, kDip, "url"},
    {Predicate::byte_count, kDip, "byteCount"},
    {Predicate::sentence_count, kDip, "sentenceCount"},
    {Predicate::key, kDip, "key"},
    {Predicate::pref_label, kSkos, "prefLabel"},
    {Predicate::alt_label, kSkos, "altLabel"},
    {Predicate::english_label, kDip, "englishLabel"},
    {Predicate::iso3, kDip, "iso3166Alpha3"},
    {Predicate::same_as, kOwl, "sameAs"},
    {Predicate::mentioned_in, kDip, "mentionedIn"},
    {Predicate::holds_office, kDip, "holdsOffice"},
    {Predicate::office_title, kDip, "officeTitle"},
    {Predicate::office_in, kDip, "officeIn"},
    {Predicate::actor, kDip, "actor"},
    {Predicate::recipient, kDip, "recipient"},
    {Predicate::modality, kDip, "modality"},
    {Predicate::date, kDip, "date"},
    {Predicate::evidence, kDip, "evidence"},
    {Predicate::mention, kDip, "mention"},
    {Predicate::derived_from, kProv, "wasDerivedFrom"},
    {Predicate::from_mention, kDip, "fromMention"},
    {Predicate::trigger_start, kDip, "triggerStart"},
    {Predicate::trigger_end, kDip, "triggerEnd"},
    {Predicate::confidence, kDip, "confidence"},
    {Predicate::in_document, kDip, "inDocument"},
    {Predicate::start_offset, kDip, "startOffset"},
    {Predicate::end_offset, kDip, "endOffset"},
    {Predicate::sentence, kDip, "sentence"},
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
