#include "export/rdf/rdf_triples.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "export/rdf/namespaces.h"
#include "text/iso_date.h"
#include "text/language_tag.h"

namespace diplograph::rdf {
namespace {

constexpr std::array<std::string_view, 12> kEventClasses = {
    "Visit",  "Meet",   "Agree", "Cooperate", "Support",  "Oppose",
    "Accuse", "Reject", "Aid",   "Assault",   "Sanction", "Affiliation"};
constexpr std::array<std::string_view, 12> kDirectProperties = {
    "visited", "met",      "agreedWith", "cooperatedWith", "supported",  "opposed",
    "accused", "rejected", "aided",      "attacked",       "sanctioned", "affiliatedWith"};
constexpr std::array<std::string_view, 5> kModalities = {"Asserted", "Alleged", "Denied", "Planned",
                                                         "Hypothetical"};

// Collects the triples of one subject; every add goes through here so the IRI/literal
// normal form is kept in one place.
class TripleSink {
 public:
  void add(const std::string& subject, std::string_view predicate, Term object) {
    triples_.push_back({Term::iri(subject), Term::iri(std::string(predicate)), std::move(object)});
  }
  void link(const std::string& subject, std::string_view predicate, std::string object) {
    add(subject, predicate, Term::iri(std::move(object)));
  }
  std::vector<Triple> take() {
    std::sort(triples_.begin(), triples_.end());
    triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
    return std::move(triples_);
  }

 private:
  std::vector<Triple> triples_;
};

const std::string kType = term(kRdf, "type");
const std::string kXsdInteger = term(kXsd, "integer");

std::string dip(std::string_view local) { return term(kDip, local); }

// SKOS allows one label per language under a property: an English form from the lexicon
// goes under `predicate` tagged "en" when the text's language is another, and under
// dip:englishLabel when the text is itself English (its "en" slot holds the written form).
void add_english_label(TripleSink& sink, const std::string& node, const std::string& predicate,
                       const std::string& english, const std::string& lang) {
  if (english.empty()) return;
  if (lang != "en")
    sink.add(node, predicate, Term::tagged(english, "en"));
  else
    sink.add(node, dip("englishLabel"), Term::literal(english));
}

}  // namespace

// What one subject of the export is: the graph element its triples come from. Kept small
// (there is one per node of a graph with millions of mentions): the element is one pointer
// whose type the kind says.
struct SubjectTriples::Entry {
  enum class Kind : std::uint8_t { document, actor, office, event, evidence, mention };
  std::string iri;
  const void* item = nullptr;  // DocumentRecord, Office, RelationEdge or Mention
  ActorId actor = 0;           // actor and office entries: the actor (holder)
  Kind kind = Kind::document;

  const DocumentRecord& document() const { return *static_cast<const DocumentRecord*>(item); }
  const Office& office() const { return *static_cast<const Office*>(item); }
  const RelationEdge& event() const { return *static_cast<const RelationEdge*>(item); }
  const Mention& mention() const { return *static_cast<const Mention*>(item); }
};

SubjectTriples::SubjectTriples(const KnowledgeGraph& graph, const IriScheme& iris)
    : graph_(graph), iris_(iris) {
  using Kind = Entry::Kind;
  const ActorGraph& g = graph.graph();
  std::size_t mentions = 0;
  for (EventId id : graph.events_in_order()) mentions += g[id].mentions.size();
  // Reserved up front: growing the vector doubles its memory at the peak.
  entries_.reserve(graph.documents().size() + 2 * graph.actor_count() + graph.event_count() +
                   2 * mentions);
  for (const auto& [id, record] : graph.documents())
    entries_.push_back({iris.document(id), &record, 0, Kind::document});
  for (ActorId id : graph.actors_in_order()) {
    entries_.push_back({iris.actor(g[id].key), nullptr, id, Kind::actor});
    for (const Office& office : g[id].offices)
      entries_.push_back({office_iri(iris, g[id].key, office), &office, id, Kind::office});
  }
  for (EventId id : graph.events_in_order()) {
    const RelationEdge& event = g[id];
    entries_.push_back({iris.event(event), &event, 0, Kind::event});
    std::vector<std::string> evidence = iris.evidence(event);
    for (std::size_t m = 0; m < event.mentions.size(); ++m) {
      const Mention& mention = event.mentions[m];
      entries_.push_back({std::move(evidence[m]), &mention, 0, Kind::evidence});
      entries_.push_back(
          {iris.mention(mention.document, mention.span), &mention, 0, Kind::mention});
    }
  }
  // A mention shared by events, or an office named twice, is one node: keep its first
  // entry (events and mentions are already in canonical order, so "first" is stable).
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.iri < b.iri; });
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const Entry& a, const Entry& b) { return a.iri == b.iri; }),
                 entries_.end());
}

SubjectTriples::~SubjectTriples() = default;

std::size_t SubjectTriples::size() const { return entries_.size(); }
const std::string& SubjectTriples::subject(std::size_t i) const { return entries_[i].iri; }

std::string SubjectTriples::language_of_document(const std::string& document) const {
  const auto found = graph_.documents().find(document);
  if (found == graph_.documents().end() || !is_language_tag(found->second.meta.lang))
    return std::string(kDefaultLanguage);
  return found->second.meta.lang;
}

// An actor's labels come from its documents; the first one (in id order) decides.
std::string SubjectTriples::language_of_actor(const ActorVertex& actor) const {
  for (const std::string& document : actor.documents)
    if (graph_.documents().count(document)) return language_of_document(document);
  return std::string(kDefaultLanguage);
}

std::vector<Triple> SubjectTriples::triples(std::size_t i) const {
  const Entry& entry = entries_[i];
  const ActorGraph& g = graph_.graph();
  TripleSink sink;
  const std::string& node = entry.iri;
  switch (entry.kind) {
    case Entry::Kind::document: {
      const DocumentMetadata& meta = entry.document().meta;
      const std::string lang = language_of_document(meta.id);
      sink.link(node, kType, dip("Document"));
      sink.link(node, kType, term(kProv, "Entity"));
      sink.add(node, term(kDcterms, "identifier"), Term::literal(meta.id));
      sink.add(node, term(kDcterms, "language"), Term::literal(lang));
      if (!meta.title.empty())
        sink.add(node, term(kDcterms, "title"), Term::tagged(meta.title, lang));
      if (const std::string type = date_datatype(meta.published); !type.empty())
        sink.add(node, term(kDcterms, "issued"), Term::typed(meta.published, type));
      if (!meta.source.empty())
        sink.add(node, term(kDcterms, "source"), Term::literal(meta.source));
      if (!meta.url.empty())
        sink.add(node, dip("url"), Term::typed(meta.url, term(kXsd, "anyURI")));
      sink.add(node, dip("byteCount"),
               Term::typed(std::to_string(entry.document().bytes), kXsdInteger));
      sink.add(node, dip("sentenceCount"),
               Term::typed(std::to_string(entry.document().sentences), kXsdInteger));
      break;
    }
    case Entry::Kind::actor: {
      const ActorVertex& actor = g[entry.actor];
      const std::string lang = language_of_actor(actor);
      sink.link(node, kType, dip("Actor"));
      sink.link(node, kType, actor_class(actor.type));
      sink.add(node, dip("key"), Term::literal(actor.key));
      // SHACL requires a label; the key stands in when extraction found none.
      const std::string& label = actor.label.empty() ? actor.key : actor.label;
      sink.add(node, term(kSkos, "prefLabel"), Term::tagged(label, lang));
      add_english_label(sink, node, term(kSkos, "prefLabel"), actor.label_en, lang);
      // Every name as written is an alias, even one that is also the English label: the
      // tags differ, and `merge` rebuilds the names from these.
      for (const std::string& name : actor.names) {
        if (name.empty() || name == label) continue;
        sink.add(node, term(kSkos, "altLabel"), Term::tagged(name, lang));
      }
      if (actor.type == ActorType::State && !actor.iso3.empty())
        sink.add(node, dip("iso3166Alpha3"), Term::literal(actor.iso3));
      if (!actor.wikidata.empty())
        sink.link(node, term(kOwl, "sameAs"), term(kWikidata, percent_encode(actor.wikidata)));
      for (const std::string& document : actor.documents)
        sink.link(node, dip("mentionedIn"), iris_.document(document));
      for (const Office& office : actor.offices)
        sink.link(node, dip("holdsOffice"), office_iri(iris_, actor.key, office));
      // The simple form for SPARQL and Gephi users: one direct triple per event this actor
      // is the subject of; planned and hypothetical events are never asserted as happened.
      for (auto [edge, last] = boost::out_edges(entry.actor, g); edge != last; ++edge) {
        const RelationEdge& event = g[*edge];
        if (is_factual(event.modality))
          sink.link(node, direct_property(event.type), iris_.actor(event.object));
      }
      break;
    }
    case Entry::Kind::office: {
      const ActorVertex& holder = g[entry.actor];
      const Office& office = entry.office();
      const std::string lang = language_of_actor(holder);
      sink.link(node, kType, dip("Office"));
      if (!office.title.empty())
        sink.add(node, dip("officeTitle"), Term::tagged(office.title, lang));
      add_english_label(sink, node, dip("officeTitle"), office.title_en, lang);
      // Only link to actors the graph describes, so every actor node has a type and label.
      if (!office.holder_of.empty() && graph_.find_actor(office.holder_of))
        sink.link(node, dip("officeIn"), iris_.actor(office.holder_of));
      break;
    }
    case Entry::Kind::event: {
      const RelationEdge& event = entry.event();
      sink.link(node, kType, dip("Event"));
      sink.link(node, kType, event_class(event.type));
      sink.link(node, dip("actor"), iris_.actor(event.subject));
      sink.link(node, dip("recipient"), iris_.actor(event.object));
      sink.link(node, dip("modality"), modality_individual(event.modality));
      if (const std::string type = date_datatype(event.date); !type.empty())
        sink.add(node, dip("date"), Term::typed(event.date, type));
      if (!event.mentions.empty())
        sink.add(node, dip("confidence"),
                 Term::typed(decimal_lexical(event.confidence()), term(kXsd, "decimal")));
      const std::string lang = event.mentions.empty()
                                   ? std::string(kDefaultLanguage)
                                   : language_of_document(event.mentions.front().document);
      if (event.type == RelationType::affiliation && !event.office.empty())
        sink.add(node, dip("officeTitle"), Term::tagged(event.office, lang));
      for (std::string& evidence : iris_.evidence(event))
        sink.link(node, dip("evidence"), std::move(evidence));
      for (const Mention& mention : event.mentions) {
        sink.link(node, dip("mention"), iris_.mention(mention.document, mention.span));
        sink.link(node, term(kProv, "wasDerivedFrom"), iris_.document(mention.document));
      }
      break;
    }
    case Entry::Kind::evidence: {
      // The qualified form of dip:mention: what this one sentence says of this one event.
      const Mention& mention = entry.mention();
      sink.link(node, kType, dip("Evidence"));
      sink.link(node, dip("fromMention"), iris_.mention(mention.document, mention.span));
      sink.add(node, dip("triggerStart"),
               Term::typed(std::to_string(mention.trigger.begin), kXsdInteger));
      sink.add(node, dip("triggerEnd"),
               Term::typed(std::to_string(mention.trigger.end), kXsdInteger));
      sink.add(node, dip("confidence"),
               Term::typed(decimal_lexical(mention.confidence), term(kXsd, "decimal")));
      break;
    }
    case Entry::Kind::mention: {
      // A mention is one sentence of one document: events stated in the same sentence
      // share it, so it holds only what the sentence is, not what was read in it.
      const Mention& mention = entry.mention();
      const std::string document = iris_.document(mention.document);
      sink.link(node, kType, dip("Mention"));
      sink.link(node, dip("inDocument"), document);
      sink.link(node, term(kProv, "wasDerivedFrom"), document);
      sink.add(node, dip("startOffset"),
               Term::typed(std::to_string(mention.span.begin), kXsdInteger));
      sink.add(node, dip("endOffset"), Term::typed(std::to_string(mention.span.end), kXsdInteger));
      if (!mention.sentence.empty())
        sink.add(node, dip("sentence"),
                 Term::tagged(mention.sentence, language_of_document(mention.document)));
      break;
    }
  }
  return sink.take();
}

std::string date_datatype(std::string_view date) {
  switch (iso_date_precision(date)) {
    case DatePrecision::year:
      return term(kXsd, "gYear");
    case DatePrecision::month:
      return term(kXsd, "gYearMonth");
    case DatePrecision::day:
      return term(kXsd, "date");
    case DatePrecision::none:
      break;
  }
  return {};
}

std::string event_class(RelationType type) {
  return dip(kEventClasses[static_cast<std::size_t>(type)]);
}

std::string direct_property(RelationType type) {
  return dip(kDirectProperties[static_cast<std::size_t>(type)]);
}

std::string actor_class(ActorType type) { return dip(name_of(type)); }

std::string modality_individual(Modality modality) {
  return dip(kModalities[static_cast<std::size_t>(modality)]);
}

std::string office_iri(const IriScheme& iris, const std::string& holder, const Office& office) {
  const std::string content = office.title + '|' + office.title_en + '|' + office.holder_of;
  return iris.base + "office/" + percent_encode(holder) + "-" + stable_hash(content);
}

std::string decimal_lexical(double value) {
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

std::vector<Triple> rdf_triples(const KnowledgeGraph& graph, const IriScheme& iris) {
  const SubjectTriples subjects(graph, iris);
  std::vector<Triple> all;
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    auto triples = subjects.triples(i);
    all.insert(all.end(), std::make_move_iterator(triples.begin()),
               std::make_move_iterator(triples.end()));
  }
  return all;
}

}  // namespace diplograph::rdf
