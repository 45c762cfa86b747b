#include "export/rdf/graph_from_triples.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <unordered_map>

#include "export/rdf/namespaces.h"
#include "export/rdf/predicates.h"
#include "export/rdf/rdf_triples.h"
#include "text/language_tag.h"

namespace diplograph::rdf {
namespace {

// Past this many problems an export is clearly not ours; more lines would only bury them.
constexpr std::size_t kMaxDiagnostics = 20;

// What a predicate means to the reader: one of the mapping's predicates (kPredicates), or
// nothing for a direct actor-to-actor property. Derived predicates (the direct triples, an
// event's mentions and documents) restate what other triples say and are rebuilt by the
// writer, so the reader passes over them.
struct Field {
  std::optional<Predicate> predicate;
  bool derived = false;
};

const std::unordered_map<std::string, Field>& fields() {
  static const std::unordered_map<std::string, Field> table = [] {
    std::unordered_map<std::string, Field> out;
    for (const PredicateTerm& p : kPredicates)
      out.emplace(predicate_iri(p.predicate), Field{p.predicate, p.derived});
    for (const RelationType type : kAllRelationTypes)
      out.emplace(direct_property(type), Field{std::nullopt, true});
    return out;
  }();
  return table;
}

// A language-tagged value (a label or a title).
struct Tagged {
  std::string text;
  std::string lang;
};

struct DocumentNode {
  DocumentRecord record;
  std::optional<std::string> id, lang;
  std::optional<std::size_t> bytes, sentences;
};

struct ActorNode {
  std::optional<std::string> key, iso3, wikidata, english;
  std::vector<std::string> classes;
  std::vector<Tagged> pref;
  std::vector<std::string> alt, documents, offices;
};

struct OfficeNode {
  std::vector<Tagged> titles;
  std::optional<std::string> english, holder;
};

struct EventNode {
  std::vector<std::string> classes;
  std::optional<std::string> actor, recipient, modality, date;
  std::vector<Tagged> office;
  std::vector<std::string> evidence;
};

struct EvidenceNode {
  std::optional<std::string> mention;
  std::optional<std::size_t> trigger_start, trigger_end;
  std::optional<double> confidence;
};

struct MentionNode {
  std::optional<std::string> document, sentence;
  std::optional<std::size_t> start, end;
};

std::optional<std::size_t> parse_count(const std::string& text) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> parse_decimal(const std::string& text) {
  double value = 0.0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

struct GraphFromTriples::Nodes {
  IriScheme iris;
  std::string source;
  std::string document_prefix, actor_prefix, office_prefix, event_prefix, evidence_prefix,
      mention_prefix;
  std::unordered_map<std::string, DocumentNode> documents;
  std::unordered_map<std::string, ActorNode> actors;
  std::unordered_map<std::string, OfficeNode> offices;
  std::unordered_map<std::string, EventNode> events;
  std::unordered_map<std::string, EvidenceNode> evidence;
  std::unordered_map<std::string, MentionNode> mentions;
  std::vector<Diagnostic> problems;
  std::size_t problem_count = 0;

  void problem(const std::string& node, const std::string& message) {
    if (++problem_count > kMaxDiagnostics) return;
    problems.push_back({source, 0, 0, Diagnostic::Severity::error, "<" + node + ">: " + message});
  }

  // Stores a single-valued field; a second, different value is a problem.
  template <typename T>
  void set_once(std::optional<T>& slot, T value, const std::string& node, const char* what) {
    if (slot && *slot != value) {
      problem(node, std::string("more than one ") + what);
      return;
    }
    slot = std::move(value);
  }

  void count(std::optional<std::size_t>& slot, const Term& object, const std::string& node,
             const char* what) {
    if (auto value = parse_count(object.value))
      set_once(slot, *value, node, what);
    else
      problem(node, std::string(what) + " is not a non-negative integer: " + object.value);
  }

  void unexpected(const std::string& node, const Term& predicate) {
    problem(node, "unexpected predicate <" + predicate.value + ">");
  }

  void add_document(const std::string& node, Predicate field, const Triple& t) {
    DocumentNode& d = documents[node];
    const Term& o = t.object;
    switch (field) {
      case Predicate::type:
        break;
      case Predicate::identifier:
        set_once(d.id, o.value, node, "dcterms:identifier");
        break;
      case Predicate::language:
        set_once(d.lang, o.value, node, "dcterms:language");
        break;
      case Predicate::title:
        d.record.meta.title = o.value;
        break;
      case Predicate::issued:
        d.record.meta.published = o.value;
        break;
      case Predicate::source:
        d.record.meta.source = o.value;
        break;
      case Predicate::url:
        d.record.meta.url = o.value;
        break;
      case Predicate::byte_count:
        count(d.bytes, o, node, "dip:byteCount");
        break;
      case Predicate::sentence_count:
        count(d.sentences, o, node, "dip:sentenceCount");
        break;
      default:
        unexpected(node, t.predicate);
    }
  }

  void add_actor(const std::string& node, Predicate field, const Triple& t) {
    ActorNode& a = actors[node];
    const Term& o = t.object;
    switch (field) {
      case Predicate::type:
        a.classes.push_back(o.value);
        break;
      case Predicate::key:
        set_once(a.key, o.value, node, "dip:key");
        break;
      case Predicate::pref_label:
        a.pref.push_back({o.value, o.language});
        break;
      case Predicate::alt_label:
        a.alt.push_back(o.value);
        break;
      case Predicate::english_label:
        set_once(a.english, o.value, node, "dip:englishLabel");
        break;
      case Predicate::iso3:
        set_once(a.iso3, o.value, node, "dip:iso3166Alpha3");
        break;
      case Predicate::same_as: {
        const std::string prefix(kWikidata);
        if (o.value.rfind(prefix, 0) != 0)
          problem(node, "owl:sameAs is not a Wikidata entity: " + o.value);
        else
          set_once(a.wikidata, o.value.substr(prefix.size()), node, "owl:sameAs");
        break;
      }
      case Predicate::mentioned_in:
        a.documents.push_back(o.value);
        break;
      case Predicate::holds_office:
        a.offices.push_back(o.value);
        break;
      default:
        unexpected(node, t.predicate);
    }
  }

  void add_office(const std::string& node, Predicate field, const Triple& t) {
    OfficeNode& office = offices[node];
    switch (field) {
      case Predicate::type:
        break;
      case Predicate::office_title:
        office.titles.push_back({t.object.value, t.object.language});
        break;
      case Predicate::english_label:
        set_once(office.english, t.object.value, node, "dip:englishLabel");
        break;
      case Predicate::office_in:
        set_once(office.holder, t.object.value, node, "dip:officeIn");
        break;
      default:
        unexpected(node, t.predicate);
    }
  }

  void add_event(const std::string& node, Predicate field, const Triple& t) {
    EventNode& e = events[node];
    const Term& o = t.object;
    switch (field) {
      case Predicate::type:
        e.classes.push_back(o.value);
        break;
      case Predicate::confidence:
        break;  // the best of its evidence
      case Predicate::actor:
        set_once(e.actor, o.value, node, "dip:actor");
        break;
      case Predicate::recipient:
        set_once(e.recipient, o.value, node, "dip:recipient");
        break;
      case Predicate::modality:
        set_once(e.modality, o.value, node, "dip:modality");
        break;
      case Predicate::date:
        set_once(e.date, o.value, node, "dip:date");
        break;
      case Predicate::office_title:
        e.office.push_back({o.value, o.language});
        break;
      case Predicate::evidence:
        e.evidence.push_back(o.value);
        break;
      default:
        unexpected(node, t.predicate);
    }
  }

  void add_evidence(const std::string& node, Predicate field, const Triple& t) {
    EvidenceNode& e = evidence[node];
    switch (field) {
      case Predicate::type:
        break;
      case Predicate::from_mention:
        set_once(e.mention, t.object.value, node, "dip:fromMention");
        break;
      case Predicate::trigger_start:
        count(e.trigger_start, t.object, node, "dip:triggerStart");
        break;
      case Predicate::trigger_end:
        count(e.trigger_end, t.object, node, "dip:triggerEnd");
        break;
      case Predicate::confidence:
        if (auto value = parse_decimal(t.object.value))
          set_once(e.confidence, *value, node, "dip:confidence");
        else
          problem(node, "dip:confidence is not a decimal: " + t.object.value);
        break;
      default:
        unexpected(node, t.predicate);
    }
  }

  void add_mention(const std::string& node, Predicate field, const Triple& t) {
    MentionNode& m = mentions[node];
    switch (field) {
      case Predicate::type:
        break;
      case Predicate::in_document:
        set_once(m.document, t.object.value, node, "dip:inDocument");
        break;
      case Predicate::start_offset:
        count(m.start, t.object, node, "dip:startOffset");
        break;
      case Predicate::end_offset:
        count(m.end, t.object, node, "dip:endOffset");
        break;
      case Predicate::sentence:
        set_once(m.sentence, t.object.value, node, "dip:sentence");
        break;
      default:
        unexpected(node, t.predicate);
    }
  }

  // ---- assembly ----

  std::map<std::string, std::string> document_ids;  // document IRI -> id
  std::map<std::string, std::string> actor_keys;    // actor IRI -> key

  std::string language_of(const DocumentRecord& record) const {
    return is_language_tag(record.meta.lang) ? record.meta.lang : std::string(kDefaultLanguage);
  }

  bool build_documents(KnowledgeGraph& graph, std::map<std::string, std::string>& languages) {
    bool ok = true;
    for (auto& [node, d] : documents) {
      if (!d.id || !d.lang || !d.bytes || !d.sentences) {
        problem(node,
                "a document needs dcterms:identifier, dcterms:language, dip:byteCount and "
                "dip:sentenceCount");
        ok = false;
        continue;
      }
      d.record.meta.id = *d.id;
      d.record.meta.lang = *d.lang;
      d.record.bytes = *d.bytes;
      d.record.sentences = *d.sentences;
      if (iris.document(*d.id) != node) {
        problem(node, "the IRI does not match the document id \"" + *d.id + "\"");
        ok = false;
        continue;
      }
      document_ids[node] = *d.id;
      languages[*d.id] = language_of(d.record);
      graph.add_document(d.record);
    }
    return ok;
  }

  // The one specific class of a node among `classes` (the generic class, dip:Actor or
  // dip:Event, aside): the value of `values` whose class IRI `class_of` gives.
  template <typename Value, typename Values, typename ClassOf>
  std::optional<Value> one_class(const std::string& node, const std::vector<std::string>& classes,
                                 const std::string& generic, const Values& values, ClassOf class_of,
                                 const char* what) {
    std::optional<Value> found;
    for (const std::string& cls : classes) {
      if (cls == generic) continue;
      const auto match = std::find_if(std::begin(values), std::end(values),
                                      [&](Value value) { return cls == class_of(value); });
      if (match == std::end(values)) {
        problem(node, "unexpected class <" + cls + ">");
        continue;
      }
      if (found && *found != *match) problem(node, std::string("more than one ") + what);
      found = *match;
    }
    if (!found) problem(node, std::string("no ") + what);
    return found;
  }

  // The label in `lang`, if the node has exactly one.
  std::optional<std::string> label_in(const std::vector<Tagged>& labels, const std::string& lang,
                                      const std::string& node, const char* what) {
    std::optional<std::string> found;
    for (const Tagged& label : labels)
      if (label.lang == lang) set_once(found, label.text, node, what);
    return found;
  }

  bool build_actors(KnowledgeGraph& graph, const std::map<std::string, std::string>& languages) {
    for (const auto& [node, a] : actors) {
      if (!a.key) {
        problem(node, "an actor needs dip:key");
        continue;
      }
      if (iris.actor(*a.key) != node)
        problem(node, "the IRI does not match the key \"" + *a.key + "\"");
      actor_keys[node] = *a.key;
    }
    bool ok = problem_count == 0;
    for (const auto& [node, a] : actors) {
      if (!a.key) continue;
      ActorVertex actor;
      actor.key = *a.key;
      static const std::string generic = term(kDip, "Actor");
      const auto type = one_class<ActorType>(node, a.classes, generic, kAllActorTypes, actor_class,
                                             "actor class (dip:State, dip:Person, "
                                             "dip:Organization or dip:Delegation)");
      if (!type) {
        ok = false;
        continue;
      }
      actor.type = *type;
      for (const std::string& document : a.documents) {
        const auto found = document_ids.find(document);
        if (found == document_ids.end()) {
          problem(node,
                  "dip:mentionedIn a document the export does not describe: <" + document + ">");
          ok = false;
          continue;
        }
        actor.documents.insert(found->second);
      }
      // The writer tags labels with the language of the actor's first document.
      std::string lang(kDefaultLanguage);
      if (!actor.documents.empty()) lang = languages.at(*actor.documents.begin());
      const auto label = label_in(a.pref, lang, node, "skos:prefLabel in the text's language");
      if (!label) {
        problem(node,
                "no skos:prefLabel tagged \"" + lang + "\", the language of its first document");
        ok = false;
        continue;
      }
      actor.label = *label;
      for (const Tagged& pref : a.pref)
        if (pref.lang != lang && !(lang != "en" && pref.lang == "en"))
          problem(node, "a skos:prefLabel in an unexpected language: \"" + pref.lang + "\"");
      if (lang != "en") {
        if (auto english = label_in(a.pref, "en", node, "skos:prefLabel@en"))
          actor.label_en = *english;
      } else if (a.english) {
        actor.label_en = *a.english;
      }
      actor.names.insert(a.alt.begin(), a.alt.end());
      actor.names.insert(actor.label);
      if (a.iso3) actor.iso3 = *a.iso3;
      if (a.wikidata) actor.wikidata = *a.wikidata;
      for (const std::string& office_node : a.offices) {
        const auto office = build_office(office_node, actor.key, lang);
        if (!office) {
          ok = false;
          continue;
        }
        actor.offices.insert(*office);
      }
      graph.add_actor(actor);
    }
    return ok && problem_count == 0;
  }

  std::optional<Office> build_office(const std::string& node, const std::string& holder,
                                     const std::string& lang) {
    const auto found = offices.find(node);
    if (found == offices.end()) {
      problem(node, "an office that has no triples of its own");
      return std::nullopt;
    }
    const OfficeNode& o = found->second;
    Office office;
    office.title =
        label_in(o.titles, lang, node, "dip:officeTitle in the text's language").value_or("");
    if (lang != "en")
      office.title_en = label_in(o.titles, "en", node, "dip:officeTitle@en").value_or("");
    else
      office.title_en = o.english.value_or("");
    if (o.holder) {
      const auto key = actor_keys.find(*o.holder);
      if (key == actor_keys.end()) {
        problem(node, "dip:officeIn an actor the export does not describe: <" + *o.holder + ">");
        return std::nullopt;
      }
      office.holder_of = key->second;
    }
    if (office_iri(iris, holder, office) != node) {
      problem(node, "the IRI does not match the office's holder and title");
      return std::nullopt;
    }
    return office;
  }

  std::optional<Mention> build_mention(const std::string& node) {
    const auto found = evidence.find(node);
    if (found == evidence.end()) {
      problem(node, "evidence that has no triples of its own");
      return std::nullopt;
    }
    const EvidenceNode& e = found->second;
    if (!e.mention || !e.trigger_start || !e.trigger_end || !e.confidence) {
      problem(
          node,
          "evidence needs dip:fromMention, dip:triggerStart, dip:triggerEnd and dip:confidence");
      return std::nullopt;
    }
    const auto sentence = mentions.find(*e.mention);
    if (sentence == mentions.end() || !sentence->second.document || !sentence->second.start ||
        !sentence->second.end || !sentence->second.sentence) {
      problem(*e.mention,
              "a mention needs dip:inDocument, dip:startOffset, dip:endOffset and dip:sentence");
      return std::nullopt;
    }
    const MentionNode& m = sentence->second;
    const auto document = document_ids.find(*m.document);
    if (document == document_ids.end()) {
      problem(*e.mention, "dip:inDocument a document the export does not describe");
      return std::nullopt;
    }
    Mention mention;
    mention.document = document->second;
    mention.span = {*m.start, *m.end};
    mention.trigger = {*e.trigger_start, *e.trigger_end};
    mention.sentence = *m.sentence;
    mention.confidence = *e.confidence;
    if (iris.mention(mention.document, mention.span) != *e.mention) {
      problem(*e.mention, "the IRI does not match the mention's document and span");
      return std::nullopt;
    }
    return mention;
  }

  std::optional<Modality> modality_of(const std::string& individual) {
    for (const Modality modality : kAllModalities)
      if (individual == modality_individual(modality)) return modality;
    return std::nullopt;
  }

  bool build_events(KnowledgeGraph& graph) {
    bool ok = true;
    for (const auto& [node, e] : events) {
      static const std::string generic = term(kDip, "Event");
      const auto type = one_class<RelationType>(node, e.classes, generic, kAllRelationTypes,
                                                event_class, "event class");
      const auto subject = e.actor ? actor_keys.find(*e.actor) : actor_keys.end();
      const auto object = e.recipient ? actor_keys.find(*e.recipient) : actor_keys.end();
      const auto modality = e.modality ? modality_of(*e.modality) : std::nullopt;
      if (!type || subject == actor_keys.end() || object == actor_keys.end() || !modality ||
          e.evidence.empty() || e.office.size() > 1) {
        problem(node,
                "an event needs one class, a described dip:actor and dip:recipient, a "
                "dip:modality, dip:evidence, and at most one dip:officeTitle");
        ok = false;
        continue;
      }
      RelationEdge event;
      event.type = *type;
      event.subject = subject->second;
      event.object = object->second;
      event.modality = *modality;
      event.date = e.date.value_or("");
      if (!e.office.empty()) event.office = e.office.front().text;
      bool complete = true;
      for (const std::string& evidence_node : e.evidence) {
        auto mention = build_mention(evidence_node);
        if (!mention) {
          complete = false;
          continue;
        }
        event.mentions.push_back(std::move(*mention));
      }
      std::sort(event.mentions.begin(), event.mentions.end());
      if (complete && iris.event(event) != node) {
        problem(node, "the IRI does not match the event's type, participants and date");
        complete = false;
      }
      if (complete)
        for (const std::string& evidence_iri : iris.evidence(event))
          if (!evidence_iri_listed(e, evidence_iri)) {
            problem(node, "evidence whose IRI does not match its content");
            complete = false;
          }
      if (!complete) {
        ok = false;
        continue;
      }
      graph.add_event(event);
    }
    return ok;
  }

  static bool evidence_iri_listed(const EventNode& e, const std::string& iri) {
    return std::find(e.evidence.begin(), e.evidence.end(), iri) != e.evidence.end();
  }
};

GraphFromTriples::GraphFromTriples(const IriScheme& iris, std::string source)
    : nodes_(std::make_unique<Nodes>()) {
  Nodes& n = *nodes_;
  n.iris = iris;
  n.source = std::move(source);
  n.document_prefix = iris.base + "document/";
  n.actor_prefix = iris.base + "actor/";
  n.office_prefix = iris.base + "office/";
  n.event_prefix = iris.base + "event/";
  n.evidence_prefix = iris.base + "evidence/";
  n.mention_prefix = iris.base + "mention/";
}

GraphFromTriples::~GraphFromTriples() = default;

void GraphFromTriples::add(const Triple& triple) {
  Nodes& n = *nodes_;
  const std::string& node = triple.subject.value;
  const auto field = fields().find(triple.predicate.value);
  if (field == fields().end()) {
    n.unexpected(node, triple.predicate);
    return;
  }
  const auto starts = [&node](const std::string& prefix) { return node.rfind(prefix, 0) == 0; };
  const Field& meaning = field->second;
  // Derived triples are written about documents, actors, events and mentions only.
  const bool derived_allowed = starts(n.document_prefix) || starts(n.actor_prefix) ||
                               starts(n.event_prefix) || starts(n.mention_prefix);
  if (meaning.derived) {
    if (!derived_allowed && (starts(n.office_prefix) || starts(n.evidence_prefix)))
      n.unexpected(node, triple.predicate);
    else if (!derived_allowed)
      n.problem(node, "not a node of a diplograph export with base IRI <" + n.iris.base + ">");
    return;
  }
  const Predicate predicate = *meaning.predicate;
  if (starts(n.document_prefix))
    n.add_document(node, predicate, triple);
  else if (starts(n.actor_prefix))
    n.add_actor(node, predicate, triple);
  else if (starts(n.office_prefix))
    n.add_office(node, predicate, triple);
  else if (starts(n.event_prefix))
    n.add_event(node, predicate, triple);
  else if (starts(n.evidence_prefix))
    n.add_evidence(node, predicate, triple);
  else if (starts(n.mention_prefix))
    n.add_mention(node, predicate, triple);
  else
    n.problem(node, "not a node of a diplograph export with base IRI <" + n.iris.base + ">");
}

std::optional<KnowledgeGraph> GraphFromTriples::finish(std::vector<Diagnostic>& diagnostics) {
  Nodes& n = *nodes_;
  KnowledgeGraph graph;
  std::map<std::string, std::string> languages;  // document id -> language tag
  const bool ok = n.problem_count == 0 && n.build_documents(graph, languages) &&
                  n.build_actors(graph, languages) && n.build_events(graph) && n.problem_count == 0;
  diagnostics.insert(diagnostics.end(), n.problems.begin(), n.problems.end());
  if (n.problem_count > kMaxDiagnostics)
    diagnostics.push_back({n.source, 0, 0, Diagnostic::Severity::error,
                           std::to_string(n.problem_count - kMaxDiagnostics) + " more problems"});
  if (!ok) return std::nullopt;
  return graph;
}

}  // namespace diplograph::rdf
