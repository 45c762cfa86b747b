#include "export/rdf/rdf_triples.h"

#include <algorithm>
#include <array>
#include <boost/sort/block_indirect_sort/block_indirect_sort.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "export/parallel_tasks.h"
#include "export/rdf/namespaces.h"
#include "export/rdf/predicates.h"
#include "export/rdf/rdf_mapping.h"
#include "text/contract_check.h"
#include "text/decimal.h"
#include "text/formatted_doubles.h"
#include "text/iso_date.h"
#include "text/language_tag.h"

namespace diplograph::rdf {
namespace {

std::string dip(std::string_view local) { return term(kDip, local); }

// Every class and datatype IRI the mapping writes, made once: a statement views one of
// these instead of copying its IRI (predicates come from predicate_iri, made once too).
struct Interned {
  std::string xsd_integer = term(kXsd, "integer"), xsd_decimal = term(kXsd, "decimal"),
              xsd_any_uri = term(kXsd, "anyURI");
  std::string document = dip("Document"), prov_entity = term(kProv, "Entity");
  std::string actor_class = dip("Actor"), office_class = dip("Office"), event_class = dip("Event"),
              evidence_class = dip("Evidence"), mention_class = dip("Mention");
  std::string xsd_year = term(kXsd, "gYear"), xsd_year_month = term(kXsd, "gYearMonth"),
              xsd_date = term(kXsd, "date");
  std::array<std::string, kRelationTypeTerms.size()> event_classes, direct_properties;
  std::array<std::string, kActorTypeTerms.size()> actor_classes;
  std::array<std::string, kModalityTerms.size()> modalities;

  Interned() {
    for (const RelationTypeTerms& terms : kRelationTypeTerms) {
      event_classes[static_cast<std::size_t>(terms.type)] = dip(terms.ontology_class);
      direct_properties[static_cast<std::size_t>(terms.type)] = dip(terms.direct_property);
    }
    for (const ActorTypeTerms& terms : kActorTypeTerms)
      actor_classes[static_cast<std::size_t>(terms.type)] = dip(terms.ontology_class);
    for (const ModalityTerms& terms : kModalityTerms)
      modalities[static_cast<std::size_t>(terms.modality)] = dip(terms.individual);
  }

  // The XSD datatype of an ISO 8601 date (date_datatype), or empty.
  std::string_view date_type(std::string_view value) const {
    switch (iso_date_precision(value)) {
      case DatePrecision::year:
        return xsd_year;
      case DatePrecision::month:
        return xsd_year_month;
      case DatePrecision::day:
        return xsd_date;
      case DatePrecision::none:
        break;
    }
    return {};
  }
};

const Interned& interned() {
  static const Interned terms;
  return terms;
}

// The decimal digits of `value`, in the block's own memory.
std::string_view number(SubjectBlock& block, std::size_t value) {
  std::string& text = block.scratch();
  text.clear();
  append_decimal(text, value);
  return text;
}

// The statements of one node, each typed as the mapping (rdf_mapping.h) says: the
// predicate must be one the mapping gives this kind of node (checked), and the object is
// written in the form of its row. An empty value is no statement.
class MappedStatements {
 public:
  MappedStatements(SubjectBlock& block, NodeKind node) : block_(block), node_(node) {}

  // An IRI, a plain, tagged (with `language`), xsd:anyURI or dated literal.
  void text(Predicate predicate, std::string_view value, std::string_view language = {}) {
    if (value.empty()) return;
    const MappingRow& row = row_of(predicate);
    DIPLOGRAPH_CONTRACT_CHECK(row.object != ObjectType::integer &&
                              row.object != ObjectType::decimal);
    const std::string_view iri = predicate_iri(predicate);
    switch (row.object) {
      case ObjectType::iri:
        return block_.add(iri, TermView::iri(value));
      case ObjectType::string:
        return block_.add(iri, TermView::literal(value));
      case ObjectType::tagged:
        DIPLOGRAPH_CONTRACT_CHECK(!language.empty());
        return block_.add(iri, TermView::tagged(value, language));
      case ObjectType::any_uri:
        return block_.add(iri, TermView::typed(value, interned().xsd_any_uri));
      case ObjectType::date:
        // A malformed date is left out rather than written with a wrong type.
        if (const std::string_view type = interned().date_type(value); !type.empty())
          block_.add(iri, TermView::typed(value, type));
        return;
      case ObjectType::integer:  // count() and decimal()
      case ObjectType::decimal:
        return;
    }
  }
  void count(Predicate predicate, std::size_t value) {
    DIPLOGRAPH_CONTRACT_CHECK(row_of(predicate).object == ObjectType::integer);
    block_.add(predicate_iri(predicate),
               TermView::typed(number(block_, value), interned().xsd_integer));
  }
  void decimal(Predicate predicate, double value) {
    DIPLOGRAPH_CONTRACT_CHECK(row_of(predicate).object == ObjectType::decimal);
    block_.add(predicate_iri(predicate),
               TermView::typed(block_.own(decimal_lexical(value)), interned().xsd_decimal));
  }

 private:
  const MappingRow& row_of(Predicate predicate) const {
    const MappingRow* row = mapping_row(node_, predicate);
    DIPLOGRAPH_CONTRACT_CHECK(row != nullptr && row->cardinality != Cardinality::legacy);
    return *row;
  }

  SubjectBlock& block_;
  NodeKind node_;
};

// Byte order of "<iri>" forms, the order of N-Triples lines by their first field, as a
// three-way comparison (negative, zero or positive): an IRI that is a prefix of another
// sorts by '>' against the other's next byte.
int subject_line_order(std::string_view a, std::string_view b) {
  const std::size_t common = std::min(a.size(), b.size());
  if (const int order = std::memcmp(a.data(), b.data(), common); order != 0) return order;
  if (a.size() == b.size()) return 0;
  const auto ca = static_cast<unsigned char>(a.size() == common ? '>' : a[common]);
  const auto cb = static_cast<unsigned char>(b.size() == common ? '>' : b[common]);
  return ca < cb ? -1 : 1;
}

}  // namespace

// What one subject of the export is: the graph element its triples come from. Kept small
// (there is one per node of a graph with millions of mentions): the element is one pointer
// whose type the kind says, and the IRI, after the shared base, is a view of the subjects'
// text arena rather than a string of its own (whose header and allocation cost more than
// the text).
struct SubjectTriples::Entry {
  using Kind = NodeKind;
  std::string_view iri_after_base;  // in an arena
  const void* item = nullptr;       // DocumentRecord, Office, RelationEdge or Mention
  // Actor and office entries: the actor (holder). Event entries: where the evidence IRIs of
  // its mentions start in evidence_iris_. Document, evidence and mention entries: the
  // entry's place in the order the graph lists them, which decides between equal IRIs.
  std::size_t number = 0;
  Kind kind = Kind::document;

  ActorId actor() const { return number; }
  std::size_t first_evidence() const { return number; }

  const DocumentRecord& document() const { return *static_cast<const DocumentRecord*>(item); }
  const Office& office() const { return *static_cast<const Office*>(item); }
  const RelationEdge& event() const { return *static_cast<const RelationEdge*>(item); }
  const Mention& mention() const { return *static_cast<const Mention*>(item); }
};

SubjectTriples::SubjectTriples(const KnowledgeGraph& graph, const IriScheme& iris, unsigned threads)
    : graph_(graph), iris_(iris) {
  using Kind = Entry::Kind;
  const ActorGraph& g = graph.graph();
  const std::vector<EventId> events = graph.events_in_order();
  const std::vector<ActorId> actors = graph.actors_in_order();
  // Each event's place in the list is known before any IRI is made: its entry, then an
  // evidence and a mention entry per mention. So the events are listed on every thread at
  // once, each task into its own places and its own arena, and the list is the same as one
  // thread would make.
  std::vector<std::size_t> first_entry(events.size() + 1), first_evidence(events.size() + 1);
  std::size_t offices = 0;
  for (ActorId id : actors) offices += g[id].offices.size();
  first_entry[0] = graph.documents().size() + actors.size() + offices;
  for (std::size_t e = 0; e < events.size(); ++e) {
    const std::size_t mentions = g[events[e]].mentions.size();
    first_entry[e + 1] = first_entry[e] + 1 + 2 * mentions;
    first_evidence[e + 1] = first_evidence[e] + mentions;
  }
  // Sized exactly: growing the vector would hold its old and its doubled storage at once.
  entries_.resize(first_entry.back());
  evidence_iris_.resize(first_evidence.back());
  // Every IRI starts with the base: only the rest is kept, and sorting compares from there.
  const std::size_t base = iris.base.size();
  const auto put = [&](std::pmr::monotonic_buffer_resource& arena, std::size_t at,
                       std::string_view iri, const void* item, std::size_t number, Kind kind) {
    DIPLOGRAPH_CONTRACT_CHECK(iri.substr(0, base) == iris.base);
    const std::string_view rest = iri.substr(base);
    char* text = static_cast<char*>(arena.allocate(rest.size(), 1));
    std::memcpy(text, rest.data(), rest.size());
    entries_[at] = {{text, rest.size()}, item, number, kind};
    return entries_[at].iri_after_base;
  };
  std::pmr::monotonic_buffer_resource& first_arena = iri_arenas_.emplace_back();
  std::size_t at = 0;
  for (const auto& [id, record] : graph.documents()) {
    put(first_arena, at, iris.document(id), &record, at, Kind::document);
    ++at;
  }
  for (ActorId id : actors) {
    put(first_arena, at++, iris.actor(g[id].key), nullptr, id, Kind::actor);
    for (const Office& office : g[id].offices)
      put(first_arena, at++, office_iri(iris, g[id].key, office), &office, id, Kind::office);
  }
  std::vector<std::pmr::monotonic_buffer_resource*> task_arenas;
  for (std::size_t task = 0; task < range_tasks(events.size()); ++task)
    task_arenas.push_back(&iri_arenas_.emplace_back());
  run_over_ranges(
      events.size(), threads, [&](std::size_t task, std::size_t first, std::size_t last) {
        std::pmr::monotonic_buffer_resource& arena = *task_arenas[task];
        for (std::size_t e = first; e < last; ++e) {
          const RelationEdge& event = g[events[e]];
          std::size_t place = first_entry[e];
          put(arena, place++, iris.event(event), &event, first_evidence[e], Kind::event);
          const std::vector<std::string> evidence = iris.evidence(event);
          for (std::size_t m = 0; m < event.mentions.size(); ++m) {
            const Mention& mention = event.mentions[m];
            evidence_iris_[first_evidence[e] + m] =
                put(arena, place, evidence[m], &mention, place, Kind::evidence);
            ++place;
            put(arena, place, iris.mention(mention.document, mention.span), &mention, place,
                Kind::mention);
            ++place;
          }
        }
      });
  // A mention shared by events, or an office named twice, is one node: keep its first
  // entry. Entries with one IRI have the same kind, and their numbers order them as they
  // were listed (events and mentions are in canonical order, so "first" is stable); an
  // office's number is its holder, and two offices of one holder with one IRI have the same
  // title, English title and country, which is all their triples say. So sorting by IRI and
  // then number is one order whatever the algorithm: Boost's block indirect sort sorts on
  // every thread with a few blocks of extra memory, at a time when the graph and the
  // entries are held. (Boost 1.74's sorts crash on an empty range.)
  if (!entries_.empty())
    boost::sort::block_indirect_sort(
        entries_.begin(), entries_.end(),
        [](const Entry& a, const Entry& b) {
          const int order = subject_line_order(a.iri_after_base, b.iri_after_base);
          return order != 0 ? order < 0 : a.number < b.number;
        },
        std::max(threads, 1u));
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const Entry& a, const Entry& b) {
                               return a.iri_after_base == b.iri_after_base;
                             }),
                 entries_.end());
  languages_.reserve(graph.documents().size());
  for (const auto& [id, record] : graph.documents())
    languages_.emplace(id, is_language_tag(record.meta.lang) ? std::string_view(record.meta.lang)
                                                             : kDefaultLanguage);
}

SubjectTriples::~SubjectTriples() = default;

std::size_t SubjectTriples::size() const { return entries_.size(); }
std::size_t SubjectTriples::shared_prefix() const { return iris_.base.size(); }
std::string_view SubjectTriples::full_iri(std::string_view iri_after_base,
                                          SubjectBlock& block) const {
  std::string& iri = block.scratch();
  iri.reserve(iris_.base.size() + iri_after_base.size());
  iri.append(iris_.base).append(iri_after_base);
  return iri;
}

std::string_view SubjectTriples::language_of_document(std::string_view document) const {
  const auto found = languages_.find(document);
  return found == languages_.end() ? kDefaultLanguage : found->second;
}

// An actor's labels come from its documents; the first one (in id order) decides.
std::string_view SubjectTriples::language_of_actor(const ActorVertex& actor) const {
  for (const std::string& document : actor.documents)
    if (const auto found = languages_.find(document); found != languages_.end())
      return found->second;
  return kDefaultLanguage;
}

void SubjectBlock::sort_unique() {
  std::sort(statements.begin(), statements.end());
  statements.erase(std::unique(statements.begin(), statements.end()), statements.end());
}

std::vector<Triple> SubjectTriples::triples(std::size_t i) const {
  SubjectBlock block;
  fill(i, block);
  std::vector<Triple> out;
  out.reserve(block.statements.size());
  for (const Statement& statement : block.statements)
    out.push_back({Term::iri(std::string(block.subject)),
                   Term::iri(std::string(statement.predicate)), statement.object.owned()});
  return out;
}

void SubjectTriples::fill(std::size_t i, SubjectBlock& block) const {
  block.clear();
  const Entry& entry = entries_[i];
  const ActorGraph& g = graph_.graph();
  const Interned& v = interned();
  block.subject = full_iri(entry.iri_after_base, block);
  MappedStatements put(block, entry.kind);
  switch (entry.kind) {
    case Entry::Kind::document: {
      const DocumentMetadata& meta = entry.document().meta;
      const std::string_view lang = language_of_document(meta.id);
      put.text(Predicate::type, v.document);
      put.text(Predicate::type, v.prov_entity);
      put.text(Predicate::identifier, meta.id);
      put.text(Predicate::language, lang);
      put.text(Predicate::title, meta.title, lang);
      put.text(Predicate::issued, meta.published);
      put.text(Predicate::source, meta.source);
      put.text(Predicate::url, meta.url);
      put.count(Predicate::byte_count, entry.document().bytes);
      put.count(Predicate::sentence_count, entry.document().sentences);
      break;
    }
    case Entry::Kind::actor: {
      const ActorVertex& actor = g[entry.actor()];
      const std::string_view lang = language_of_actor(actor);
      put.text(Predicate::type, v.actor_class);
      put.text(Predicate::type, v.actor_classes[static_cast<std::size_t>(actor.type)]);
      put.text(Predicate::key, actor.key);
      // One preferred label per language (SKOS). A graph built without languages (by hand)
      // has its display label in its first document's language; SHACL requires a label,
      // and the key stands in when extraction found none.
      const std::string& label = actor.label.empty() ? actor.key : actor.label;
      for (const auto& [language, text] : actor.labels)
        put.text(Predicate::pref_label, text, language);
      if (actor.labels.empty()) put.text(Predicate::pref_label, label, lang);
      // Every name as written is an alias, even one that is also the English label: the
      // tags differ, and `merge` rebuilds the names from these.
      for (const std::string& name : actor.names)
        if (name != label) put.text(Predicate::alt_label, name, lang);
      if (actor.type == ActorType::State) put.text(Predicate::iso3, actor.iso3);
      if (!actor.wikidata.empty())
        put.text(Predicate::same_as, block.own(term(kWikidata, percent_encode(actor.wikidata))));
      for (const std::string& document : actor.documents)
        put.text(Predicate::mentioned_in, block.own(iris_.document(document)));
      for (const Office& office : actor.offices)
        put.text(Predicate::holds_office, block.own(office_iri(iris_, actor.key, office)));
      // The simple form for SPARQL and Gephi users: one direct triple per event this actor
      // is the subject of; planned and hypothetical events are never asserted as happened.
      // Derived statements, outside the mapping: the vocabulary table names them.
      for (auto [edge, last] = boost::out_edges(entry.actor(), g); edge != last; ++edge) {
        const RelationEdge& event = g[*edge];
        if (is_factual(event.modality))
          block.add(v.direct_properties[static_cast<std::size_t>(event.type)],
                    TermView::iri(block.own(iris_.actor(event.object))));
      }
      break;
    }
    case Entry::Kind::office: {
      const ActorVertex& holder = g[entry.actor()];
      const Office& office = entry.office();
      const std::string_view lang = language_of_actor(holder);
      put.text(Predicate::type, v.office_class);
      put.text(Predicate::office_title, office.title, lang);
      // SKOS-like, one title per language: the lexicon's English title goes under "en"
      // when the text's language is another, and under dip:englishLabel when the text is
      // itself English (its "en" slot holds the title as written).
      put.text(lang != "en" ? Predicate::office_title : Predicate::english_label, office.title_en,
               "en");
      // Only link to actors the graph describes, so every actor node has a type and label.
      if (!office.holder_of.empty() && graph_.find_actor(office.holder_of))
        put.text(Predicate::office_in, block.own(iris_.actor(office.holder_of)));
      break;
    }
    case Entry::Kind::event: {
      const RelationEdge& event = entry.event();
      put.text(Predicate::type, v.event_class);
      put.text(Predicate::type, v.event_classes[static_cast<std::size_t>(event.type)]);
      put.text(Predicate::actor, block.own(iris_.actor(event.subject)));
      put.text(Predicate::recipient, block.own(iris_.actor(event.object)));
      put.text(Predicate::modality, v.modalities[static_cast<std::size_t>(event.modality)]);
      put.text(Predicate::date, event.date);
      if (!event.mentions.empty()) put.decimal(Predicate::confidence, event.confidence());
      const std::string_view lang = event.mentions.empty()
                                        ? kDefaultLanguage
                                        : language_of_document(event.mentions.front().document);
      if (event.type == RelationType::affiliation)
        put.text(Predicate::office_title, event.office, lang);
      for (std::size_t m = 0; m < event.mentions.size(); ++m) {
        const Mention& mention = event.mentions[m];
        put.text(Predicate::evidence, full_iri(evidence_iris_[entry.first_evidence() + m], block));
        put.text(Predicate::mention, block.own(iris_.mention(mention.document, mention.span)));
        put.text(Predicate::derived_from, block.own(iris_.document(mention.document)));
      }
      break;
    }
    case Entry::Kind::evidence: {
      // The qualified form of dip:mention: what this one sentence says of this one event.
      const Mention& mention = entry.mention();
      put.text(Predicate::type, v.evidence_class);
      put.text(Predicate::from_mention, block.own(iris_.mention(mention.document, mention.span)));
      put.count(Predicate::trigger_start, mention.trigger.begin);
      put.count(Predicate::trigger_end, mention.trigger.end);
      put.decimal(Predicate::confidence, mention.confidence);
      break;
    }
    case Entry::Kind::mention: {
      // A mention is one sentence of one document: events stated in the same sentence
      // share it, so it holds only what the sentence is, not what was read in it.
      const Mention& mention = entry.mention();
      const std::string_view document = block.own(iris_.document(mention.document));
      put.text(Predicate::type, v.mention_class);
      put.text(Predicate::in_document, document);
      put.text(Predicate::derived_from, document);
      put.count(Predicate::start_offset, mention.span.begin);
      put.count(Predicate::end_offset, mention.span.end);
      put.text(Predicate::sentence, mention.sentence.str(), language_of_document(mention.document));
      break;
    }
  }
  block.sort_unique();
}

std::string date_datatype(std::string_view date) { return std::string(interned().date_type(date)); }

std::string event_class(RelationType type) { return dip(terms_of(type).ontology_class); }

std::string direct_property(RelationType type) { return dip(terms_of(type).direct_property); }

std::string actor_class(ActorType type) { return dip(terms_of(type).ontology_class); }

std::string modality_individual(Modality modality) { return dip(terms_of(modality).individual); }

std::string office_iri(const IriScheme& iris, const std::string& holder, const Office& office) {
  const std::string content = office.title + '|' + office.title_en + '|' + office.holder_of;
  return iris.base + "office/" + percent_encode(holder) + "-" + stable_hash(content);
}

namespace {

std::string decimal_lexical_anew(double value) {
  if (!std::isfinite(value)) value = 0.0;
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 4);
  std::string text(buffer, result.ptr);
  // "0.8500" -> "0.85", "1.0000" -> "1.0": canonical-looking and still xsd:decimal.
  while (text.size() > 2 && text.back() == '0' && text[text.size() - 2] != '.') text.pop_back();
  if (text == "-0.0") text = "0.0";
  return text;
}

}  // namespace

std::string decimal_lexical(double value) {
  thread_local FormattedDoubles formatted;
  return formatted.text(value, 0, decimal_lexical_anew);
}

std::vector<Triple> rdf_triples(const KnowledgeGraph& graph, const IriScheme& iris) {
  const SubjectTriples subjects(graph, iris);
  std::vector<Triple> all;
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    auto triples = subjects.triples(i);
    all.insert(all.end(), std::make_move_iterator(triples.begin()),
               std::make_move_iterator(triples.end()));
  }
  // The subjects come in N-Triples line order, which differs from the IRI order where one
  // IRI is a prefix of another.
  std::sort(all.begin(), all.end());
  return all;
}

}  // namespace diplograph::rdf
