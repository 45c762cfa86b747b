#include "export/rdf/rdf_triples.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "export/rdf/namespaces.h"

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

// The language tag used when a document's own tag is missing or malformed: the corpus
// language, as DocumentMetadata defaults to it.
constexpr std::string_view kDefaultLanguage = "id";

bool is_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// A BCP 47 tag as Turtle's LANGTAG production accepts it: letters, then "-" subtags.
bool is_language_tag(std::string_view tag) {
  if (tag.empty()) return false;
  std::size_t run = 0;
  bool first_subtag = true;
  for (const char c : tag) {
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    if (c == '-') {
      if (run == 0) return false;
      run = 0;
      first_subtag = false;
    } else if (alpha || (digit && !first_subtag)) {
      if (++run > 8) return false;
    } else {
      return false;
    }
  }
  return run > 0;
}

// Collects the triples of one graph; every add goes through here so the IRI/literal
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

class Mapper {
 public:
  Mapper(const KnowledgeGraph& graph, const IriScheme& iris) : graph_(graph), iris_(iris) {}

  std::vector<Triple> run() {
    for (const auto& [id, record] : graph_.documents()) add_document(record);
    for (ActorId id : graph_.actors_in_order()) add_actor(graph_.graph()[id]);
    for (EventId id : graph_.events_in_order()) add_event(graph_.graph()[id]);
    return sink_.take();
  }

 private:
  std::string language_of_document(const std::string& document) const {
    const auto found = graph_.documents().find(document);
    if (found == graph_.documents().end() || !is_language_tag(found->second.meta.lang))
      return std::string(kDefaultLanguage);
    return found->second.meta.lang;
  }

  // An actor's labels come from its documents; the first one (in id order) decides.
  std::string language_of_actor(const ActorVertex& actor) const {
    for (const std::string& document : actor.documents)
      if (graph_.documents().count(document)) return language_of_document(document);
    return std::string(kDefaultLanguage);
  }

  void add_document(const DocumentRecord& record) {
    const DocumentMetadata& meta = record.meta;
    const std::string node = iris_.document(meta.id);
    const std::string lang = language_of_document(meta.id);
    sink_.link(node, kType, dip("Document"));
    sink_.link(node, kType, term(kProv, "Entity"));
    sink_.add(node, term(kDcterms, "identifier"), Term::literal(meta.id));
    sink_.add(node, term(kDcterms, "language"), Term::literal(lang));
    if (!meta.title.empty())
      sink_.add(node, term(kDcterms, "title"), Term::tagged(meta.title, lang));
    if (const std::string type = date_datatype(meta.published); !type.empty())
      sink_.add(node, term(kDcterms, "issued"), Term::typed(meta.published, type));
    if (!meta.source.empty()) sink_.add(node, term(kDcterms, "source"), Term::literal(meta.source));
    if (!meta.url.empty()) sink_.add(node, dip("url"), Term::typed(meta.url, term(kXsd, "anyURI")));
  }

  void add_actor(const ActorVertex& actor) {
    const std::string node = iris_.actor(actor.key);
    const std::string lang = language_of_actor(actor);
    sink_.link(node, kType, dip("Actor"));
    sink_.link(node, kType, actor_class(actor.type));
    sink_.add(node, dip("key"), Term::literal(actor.key));
    // SHACL requires a label; the key stands in when extraction found none.
    const std::string& label = actor.label.empty() ? actor.key : actor.label;
    sink_.add(node, term(kSkos, "prefLabel"), Term::tagged(label, lang));
    // SKOS allows one prefLabel per language: an English label only adds one when the
    // text's own language is not English.
    const bool english_pref = !actor.label_en.empty() && lang != "en";
    if (english_pref) sink_.add(node, term(kSkos, "prefLabel"), Term::tagged(actor.label_en, "en"));
    for (const std::string& name : actor.names) {
      if (name.empty() || name == label || (english_pref && name == actor.label_en)) continue;
      sink_.add(node, term(kSkos, "altLabel"), Term::tagged(name, lang));
    }
    if (actor.type == ActorType::State && !actor.iso3.empty())
      sink_.add(node, dip("iso3166Alpha3"), Term::literal(actor.iso3));
    if (!actor.wikidata.empty())
      sink_.link(node, term(kOwl, "sameAs"), term(kWikidata, percent_encode(actor.wikidata)));
    for (const std::string& document : actor.documents)
      sink_.link(node, dip("mentionedIn"), iris_.document(document));
    for (const Office& office : actor.offices) add_office(actor.key, office, lang);
  }

  void add_office(const std::string& holder, const Office& office, const std::string& lang) {
    const std::string node = office_iri(iris_, holder, office);
    sink_.link(iris_.actor(holder), dip("holdsOffice"), node);
    sink_.link(node, kType, dip("Office"));
    if (!office.title.empty())
      sink_.add(node, dip("officeTitle"), Term::tagged(office.title, lang));
    if (!office.title_en.empty() && (lang != "en" || office.title.empty()))
      sink_.add(node, dip("officeTitle"), Term::tagged(office.title_en, "en"));
    // Only link to actors the graph describes, so every actor node has a type and label.
    if (!office.holder_of.empty() && graph_.find_actor(office.holder_of))
      sink_.link(node, dip("officeIn"), iris_.actor(office.holder_of));
  }

  void add_event(const RelationEdge& event) {
    const std::string node = iris_.event(event);
    const std::string subject = iris_.actor(event.subject);
    const std::string object = iris_.actor(event.object);
    sink_.link(node, kType, dip("Event"));
    sink_.link(node, kType, event_class(event.type));
    sink_.link(node, dip("actor"), subject);
    sink_.link(node, dip("recipient"), object);
    sink_.link(node, dip("modality"), modality_individual(event.modality));
    if (const std::string type = date_datatype(event.date); !type.empty())
      sink_.add(node, dip("date"), Term::typed(event.date, type));
    if (!event.mentions.empty())
      sink_.add(node, dip("confidence"),
                Term::typed(decimal_lexical(event.confidence()), term(kXsd, "decimal")));
    const std::string lang = event.mentions.empty()
                                 ? std::string(kDefaultLanguage)
                                 : language_of_document(event.mentions.front().document);
    if (event.type == RelationType::affiliation && !event.office.empty())
      sink_.add(node, dip("officeTitle"), Term::tagged(event.office, lang));
    for (const Mention& mention : event.mentions) add_mention(node, mention);
    // The simple form for SPARQL and Gephi users; planned and hypothetical events are
    // kept as nodes but never asserted as happened.
    if (is_factual(event.modality)) sink_.link(subject, direct_property(event.type), object);
  }

  void add_mention(const std::string& event, const Mention& mention) {
    // A mention is one sentence of one document: events stated in the same sentence
    // share it, so it holds only what the sentence is, not what was read in it.
    const std::string node = iris_.mention(mention.document, mention.span);
    const std::string document = iris_.document(mention.document);
    sink_.link(event, dip("mention"), node);
    sink_.link(event, term(kProv, "wasDerivedFrom"), document);
    sink_.link(node, kType, dip("Mention"));
    sink_.link(node, dip("inDocument"), document);
    sink_.link(node, term(kProv, "wasDerivedFrom"), document);
    sink_.add(node, dip("startOffset"),
              Term::typed(std::to_string(mention.span.begin), kXsdInteger));
    sink_.add(node, dip("endOffset"), Term::typed(std::to_string(mention.span.end), kXsdInteger));
    if (!mention.sentence.empty())
      sink_.add(node, dip("sentence"),
                Term::tagged(mention.sentence, language_of_document(mention.document)));
  }

  const KnowledgeGraph& graph_;
  const IriScheme& iris_;
  TripleSink sink_;
};

}  // namespace

std::string date_datatype(std::string_view date) {
  if (date.size() < 4 || !is_digits(date.substr(0, 4))) return {};
  if (date.size() == 4) return term(kXsd, "gYear");
  if (date[4] != '-' || !is_digits(date.substr(5, 2))) return {};
  const int month = number(date.substr(5, 2));
  if (month < 1 || month > 12) return {};
  if (date.size() == 7) return term(kXsd, "gYearMonth");
  if (date.size() != 10 || date[7] != '-' || !is_digits(date.substr(8, 2))) return {};
  const int day = number(date.substr(8, 2));
  if (day < 1 || day > days_in_month(number(date.substr(0, 4)), month)) return {};
  return term(kXsd, "date");
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
  return Mapper(graph, iris).run();
}

}  // namespace diplograph::rdf
