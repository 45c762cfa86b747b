#include "export/rdf/graph_from_triples.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>

#include "export/rdf/namespaces.h"
#include "export/rdf/rdf_mapping.h"
#include "export/rdf/rdf_triples.h"
#include "text/language_tag.h"

namespace diplograph::rdf {
namespace {

// Past this many problems an export is clearly not ours; more lines would only bury them.
constexpr std::size_t kMaxDiagnostics = 20;
constexpr std::size_t kNodeKinds = kNodeSegments.size();

// The mapping's predicates by IRI; nothing for a direct actor-to-actor property (derived
// statements of actor nodes, not in the mapping's predicate table).
const std::unordered_map<std::string, std::optional<Predicate>>& predicates_by_iri() {
  static const std::unordered_map<std::string, std::optional<Predicate>> table = [] {
    std::unordered_map<std::string, std::optional<Predicate>> out;
    for (const PredicateTerm& p : kPredicates) out.emplace(predicate_iri(p.predicate), p.predicate);
    for (const RelationType type : kAllRelationTypes)
      out.emplace(direct_property(type), std::nullopt);
    return out;
  }();
  return table;
}

// A predicate as the Turtle export names it, for messages: "dip:byteCount".
std::string curie(Predicate predicate) {
  static const std::vector<Prefix> prefixes = prefixes_for(IriScheme{});
  const PredicateTerm& p = kPredicates[static_cast<std::size_t>(predicate)];
  for (const Prefix& prefix : prefixes)
    if (prefix.iri == p.ns) return prefix.name + ":" + std::string(p.local);
  return "<" + predicate_iri(predicate) + ">";
}

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

// Why `object` is not of the form `type` the mapping gives it, or empty when it is.
std::string form_fault(ObjectType type, const Term& object) {
  static const std::string integer = term(kXsd, "integer"), decimal = term(kXsd, "decimal"),
                           any_uri = term(kXsd, "anyURI"), string = term(kXsd, "string");
  if ((type == ObjectType::iri) != object.is_iri())
    return type == ObjectType::iri ? "is a literal, not an IRI" : "is an IRI, not a literal";
  switch (type) {
    case ObjectType::iri:
      return "";
    case ObjectType::string:
      return object.language.empty() && (object.datatype.empty() || object.datatype == string)
                 ? ""
                 : "is not a plain string";
    case ObjectType::tagged:
      return is_language_tag(object.language) ? "" : "has no language tag";
    case ObjectType::integer:
      return object.datatype == integer && parse_count(object.value)
                 ? ""
                 : "is not a non-negative xsd:integer: " + object.value;
    case ObjectType::decimal:
      return object.datatype == decimal && parse_decimal(object.value)
                 ? ""
                 : "is not an xsd:decimal: " + object.value;
    case ObjectType::any_uri:
      return object.datatype == any_uri ? "" : "is not an xsd:anyURI";
    case ObjectType::date:
      return !object.datatype.empty() && object.datatype == date_datatype(object.value)
                 ? ""
                 : "is not an ISO date with the datatype of its precision: " + object.value;
  }
  return "";
}

// One statement kept of a node: the predicate and the object's text and language (its
// form was checked against the mapping when it was read).
struct ReadValue {
  Predicate predicate;
  std::string text;
  std::string language;
};

// The statements kept of one node, in the order read.
struct ReadNode {
  std::vector<ReadValue> values;

  // The value of a single-valued predicate, or null.
  const std::string* one(Predicate predicate) const {
    for (const ReadValue& value : values)
      if (value.predicate == predicate) return &value.text;
    return nullptr;
  }
  std::optional<std::size_t> count(Predicate predicate) const {
    const std::string* text = one(predicate);
    return text ? parse_count(*text) : std::nullopt;
  }
  // Every value of `predicate`.
  std::vector<const ReadValue*> all(Predicate predicate) const {
    std::vector<const ReadValue*> out;
    for (const ReadValue& value : values)
      if (value.predicate == predicate) out.push_back(&value);
    return out;
  }
  // The value of `predicate` tagged `language`, or null.
  const std::string* in_language(Predicate predicate, std::string_view language) const {
    for (const ReadValue& value : values)
      if (value.predicate == predicate && value.language == language) return &value.text;
    return nullptr;
  }
};

}  // namespace

struct GraphFromTriples::Nodes {
  IriScheme iris;
  std::string source;
  std::array<std::string, kNodeKinds> prefixes;  // base + segment, by NodeKind
  std::array<std::unordered_map<std::string, ReadNode>, kNodeKinds> nodes;
  std::vector<Diagnostic> problems;
  std::size_t problem_count = 0;

  void problem(const std::string& node, const std::string& message) {
    if (++problem_count > kMaxDiagnostics) return;
    problems.push_back({source, 0, 0, Diagnostic::Severity::error, "<" + node + ">: " + message});
  }

  std::optional<NodeKind> kind_of(const std::string& node) const {
    for (std::size_t k = 0; k < kNodeKinds; ++k)
      if (node.rfind(prefixes[k], 0) == 0) return static_cast<NodeKind>(k);
    return std::nullopt;
  }

  std::unordered_map<std::string, ReadNode>& of(NodeKind kind) {
    return nodes[static_cast<std::size_t>(kind)];
  }

  // Keeps the statement if the mapping allows it on this kind of node, in this form and
  // this many times.
  void add(const std::string& subject, NodeKind kind, Predicate predicate, const Term& object) {
    const MappingRow* row = mapping_row(kind, predicate);
    if (row == nullptr) {
      problem(subject, "unexpected predicate <" + predicate_iri(predicate) + ">");
      return;
    }
    if (row->cardinality == Cardinality::derived) return;  // rebuilt by the writer
    if (const std::string fault = form_fault(row->object, object); !fault.empty()) {
      problem(subject, curie(predicate) + " " + fault);
      return;
    }
    ReadNode& node = of(kind)[subject];
    const bool single = row->cardinality == Cardinality::one ||
                        row->cardinality == Cardinality::optional ||
                        row->cardinality == Cardinality::legacy;
    if (single || row->cardinality == Cardinality::per_language) {
      for (const ReadValue& kept : node.values) {
        if (kept.predicate != predicate) continue;
        if (row->cardinality == Cardinality::per_language && kept.language != object.language)
          continue;
        if (kept.text != object.value || kept.language != object.language)
          problem(subject, "more than one " + curie(predicate) +
                               (row->cardinality == Cardinality::per_language
                                    ? " tagged \"" + object.language + "\""
                                    : std::string()));
        return;
      }
    }
    node.values.push_back({predicate, object.value, object.language});
  }

  // True when `node` has every statement the mapping requires of its kind; else a problem
  // names what is missing.
  bool complete(const std::string& subject, NodeKind kind, const ReadNode& node, const char* what) {
    std::string missing;
    for (const MappingRow& row : mapping_rows())
      if (row.node == kind && row.cardinality == Cardinality::one && !node.one(row.predicate))
        missing += (missing.empty() ? "" : ", ") + curie(row.predicate);
    if (missing.empty()) return true;
    problem(subject, std::string(what) + " needs " + missing);
    return false;
  }

  // ---- assembly ----

  std::map<std::string, std::string> document_ids;  // document IRI -> id
  std::map<std::string, std::string> actor_keys;    // actor IRI -> key

  std::string language_of(const DocumentRecord& record) const {
    return is_language_tag(record.meta.lang) ? record.meta.lang : std::string(kDefaultLanguage);
  }

  bool build_documents(KnowledgeGraph& graph, std::map<std::string, std::string>& languages) {
    bool ok = true;
    for (const auto& [subject, node] : of(NodeKind::document)) {
      if (!complete(subject, NodeKind::document, node, "a document")) {
        ok = false;
        continue;
      }
      DocumentRecord record;
      DocumentMetadata& meta = record.meta;
      meta.id = *node.one(Predicate::identifier);
      meta.lang = *node.one(Predicate::language);
      for (const auto& [predicate, field] :
           {std::pair{Predicate::title, &meta.title}, std::pair{Predicate::issued, &meta.published},
            std::pair{Predicate::source, &meta.source}, std::pair{Predicate::url, &meta.url}})
        if (const std::string* value = node.one(predicate)) *field = *value;
      record.bytes = *node.count(Predicate::byte_count);
      record.sentences = *node.count(Predicate::sentence_count);
      if (iris.document(meta.id) != subject) {
        problem(subject, "the IRI does not match the document id \"" + meta.id + "\"");
        ok = false;
        continue;
      }
      document_ids[subject] = meta.id;
      languages[meta.id] = language_of(record);
      graph.add_document(record);
    }
    return ok;
  }

  // The one specific class of a node among its rdf:type values (the generic class, dip:Actor
  // or dip:Event, aside): the value of `values` whose class IRI `class_of` gives.
  template <typename Item, typename Items, typename ClassOf>
  std::optional<Item> one_class(const std::string& subject, const ReadNode& node,
                                const std::string& generic, const Items& values, ClassOf class_of,
                                const char* what) {
    std::optional<Item> found;
    for (const auto* cls : node.all(Predicate::type)) {
      if (cls->text == generic) continue;
      const auto match = std::find_if(std::begin(values), std::end(values),
                                      [&](Item value) { return cls->text == class_of(value); });
      if (match == std::end(values)) {
        problem(subject, "unexpected class <" + cls->text + ">");
        continue;
      }
      if (found && *found != *match) problem(subject, std::string("more than one ") + what);
      found = *match;
    }
    if (!found) problem(subject, std::string("no ") + what);
    return found;
  }

  // The display label: the smallest label in a language of its documents (the default
  // language when it has none), which is what folding its documents' labels gave.
  bool display_label(const std::string& subject, ActorVertex& actor,
                     const std::map<std::string, std::string>& languages) {
    const auto consider = [&actor](const std::string& language) {
      const std::string& label = actor.label_in(language);
      if (!label.empty() && (actor.label.empty() || label < actor.label)) actor.label = label;
    };
    for (const std::string& document : actor.documents) consider(languages.at(document));
    if (actor.documents.empty()) consider(std::string(kDefaultLanguage));
    if (actor.label.empty())
      problem(subject, "no skos:prefLabel in the language of any of its documents");
    return !actor.label.empty();
  }

  bool build_actors(KnowledgeGraph& graph, const std::map<std::string, std::string>& languages) {
    for (const auto& [subject, node] : of(NodeKind::actor)) {
      if (!complete(subject, NodeKind::actor, node, "an actor")) continue;
      const std::string& key = *node.one(Predicate::key);
      if (iris.actor(key) != subject)
        problem(subject, "the IRI does not match the key \"" + key + "\"");
      actor_keys[subject] = key;
    }
    bool ok = problem_count == 0;
    for (const auto& [subject, node] : of(NodeKind::actor)) {
      if (!actor_keys.contains(subject)) continue;
      ActorVertex actor;
      actor.key = actor_keys.at(subject);
      static const std::string generic = term(kDip, "Actor");
      const auto type = one_class<ActorType>(subject, node, generic, kAllActorTypes, actor_class,
                                             "actor class (dip:State, dip:Person, "
                                             "dip:Organization or dip:Delegation)");
      if (!type) {
        ok = false;
        continue;
      }
      actor.type = *type;
      for (const auto* document : node.all(Predicate::mentioned_in)) {
        const auto found = document_ids.find(document->text);
        if (found == document_ids.end()) {
          problem(subject, "dip:mentionedIn a document the export does not describe: <" +
                               document->text + ">");
          ok = false;
          continue;
        }
        actor.documents.insert(found->second);
      }
      // One label per language; dip:englishLabel is how exports written before labels per
      // language gave the English label of an actor read in English text.
      for (const auto* label : node.all(Predicate::pref_label))
        actor.labels.emplace(label->language, label->text);
      if (const std::string* english = node.one(Predicate::english_label))
        actor.labels.emplace("en", *english);
      if (!display_label(subject, actor, languages)) {
        ok = false;
        continue;
      }
      for (const auto* name : node.all(Predicate::alt_label)) actor.names.insert(name->text);
      actor.names.insert(actor.label);
      if (const std::string* iso3 = node.one(Predicate::iso3)) actor.iso3 = *iso3;
      if (const std::string* same_as = node.one(Predicate::same_as)) {
        if (same_as->rfind(kWikidata, 0) != 0) {
          problem(subject, "owl:sameAs is not a Wikidata entity: " + *same_as);
          ok = false;
          continue;
        }
        actor.wikidata = same_as->substr(kWikidata.size());
      }
      // Titles, like names, are tagged with the language of its first document.
      std::string lang(kDefaultLanguage);
      if (!actor.documents.empty()) lang = languages.at(*actor.documents.begin());
      for (const auto* office_node : node.all(Predicate::holds_office)) {
        const auto office = build_office(office_node->text, actor.key, lang);
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

  std::optional<Office> build_office(const std::string& subject, const std::string& holder,
                                     const std::string& lang) {
    const auto found = of(NodeKind::office).find(subject);
    if (found == of(NodeKind::office).end()) {
      problem(subject, "an office that has no triples of its own");
      return std::nullopt;
    }
    const ReadNode& node = found->second;
    Office office;
    if (const std::string* title = node.in_language(Predicate::office_title, lang))
      office.title = *title;
    const std::string* english = lang != "en" ? node.in_language(Predicate::office_title, "en")
                                              : node.one(Predicate::english_label);
    if (english) office.title_en = *english;
    if (const std::string* holder_of = node.one(Predicate::office_in)) {
      const auto key = actor_keys.find(*holder_of);
      if (key == actor_keys.end()) {
        problem(subject,
                "dip:officeIn an actor the export does not describe: <" + *holder_of + ">");
        return std::nullopt;
      }
      office.holder_of = key->second;
    }
    if (office_iri(iris, holder, office) != subject) {
      problem(subject, "the IRI does not match the office's holder and title");
      return std::nullopt;
    }
    return office;
  }

  std::optional<Mention> build_mention(const std::string& subject) {
    const auto found = of(NodeKind::evidence).find(subject);
    if (found == of(NodeKind::evidence).end()) {
      problem(subject, "evidence that has no triples of its own");
      return std::nullopt;
    }
    const ReadNode& evidence = found->second;
    if (!complete(subject, NodeKind::evidence, evidence, "evidence")) return std::nullopt;
    const std::string& mention_iri = *evidence.one(Predicate::from_mention);
    const auto sentence = of(NodeKind::mention).find(mention_iri);
    if (sentence == of(NodeKind::mention).end()) {
      problem(mention_iri, "a mention that has no triples of its own");
      return std::nullopt;
    }
    const ReadNode& m = sentence->second;
    if (!complete(mention_iri, NodeKind::mention, m, "a mention")) return std::nullopt;
    const auto document = document_ids.find(*m.one(Predicate::in_document));
    if (document == document_ids.end()) {
      problem(mention_iri, "dip:inDocument a document the export does not describe");
      return std::nullopt;
    }
    Mention mention;
    mention.document = document->second;
    mention.span = {*m.count(Predicate::start_offset), *m.count(Predicate::end_offset)};
    mention.trigger = {*evidence.count(Predicate::trigger_start),
                       *evidence.count(Predicate::trigger_end)};
    mention.sentence = *m.one(Predicate::sentence);
    mention.confidence = *parse_decimal(*evidence.one(Predicate::confidence));
    if (iris.mention(mention.document, mention.span) != mention_iri) {
      problem(mention_iri, "the IRI does not match the mention's document and span");
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
    for (const auto& [subject, node] : of(NodeKind::event)) {
      static const std::string generic = term(kDip, "Event");
      const auto type = one_class<RelationType>(subject, node, generic, kAllRelationTypes,
                                                event_class, "event class");
      const std::string* actor = node.one(Predicate::actor);
      const std::string* recipient = node.one(Predicate::recipient);
      const auto subject_key = actor ? actor_keys.find(*actor) : actor_keys.end();
      const auto object_key = recipient ? actor_keys.find(*recipient) : actor_keys.end();
      const std::string* individual = node.one(Predicate::modality);
      const auto modality = individual ? modality_of(*individual) : std::nullopt;
      const std::vector<const ReadValue*> evidence = node.all(Predicate::evidence);
      if (!type || subject_key == actor_keys.end() || object_key == actor_keys.end() || !modality ||
          evidence.empty()) {
        problem(subject,
                "an event needs one class, a described dip:actor and dip:recipient, a "
                "dip:modality and dip:evidence");
        ok = false;
        continue;
      }
      RelationEdge event;
      event.type = *type;
      event.subject = subject_key->second;
      event.object = object_key->second;
      event.modality = *modality;
      if (const std::string* date = node.one(Predicate::date)) event.date = *date;
      if (const std::string* office = node.one(Predicate::office_title)) event.office = *office;
      bool complete = true;
      for (const ReadValue* evidence_node : evidence) {
        auto mention = build_mention(evidence_node->text);
        if (!mention) {
          complete = false;
          continue;
        }
        event.mentions.push_back(std::move(*mention));
      }
      std::sort(event.mentions.begin(), event.mentions.end());
      if (complete && iris.event(event) != subject) {
        problem(subject, "the IRI does not match the event's type, participants and date");
        complete = false;
      }
      if (complete)
        for (const std::string& evidence_iri : iris.evidence(event))
          if (std::none_of(evidence.begin(), evidence.end(),
                           [&](const ReadValue* listed) { return listed->text == evidence_iri; })) {
            problem(subject, "evidence whose IRI does not match its content");
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
};

GraphFromTriples::GraphFromTriples(const IriScheme& iris, std::string source)
    : nodes_(std::make_unique<Nodes>()) {
  Nodes& n = *nodes_;
  n.iris = iris;
  n.source = std::move(source);
  for (std::size_t k = 0; k < kNodeKinds; ++k)
    n.prefixes[k] = iris.base + std::string(kNodeSegments[k]);
}

GraphFromTriples::~GraphFromTriples() = default;

void GraphFromTriples::add(const Triple& triple) {
  Nodes& n = *nodes_;
  const std::string& subject = triple.subject.value;
  const auto predicate = predicates_by_iri().find(triple.predicate.value);
  const std::optional<NodeKind> kind = n.kind_of(subject);
  if (predicate == predicates_by_iri().end() ||
      (!predicate->second && kind && *kind != NodeKind::actor)) {
    n.problem(subject, "unexpected predicate <" + triple.predicate.value + ">");
    return;
  }
  if (!kind) {
    n.problem(subject, "not a node of a diplograph export with base IRI <" + n.iris.base + ">");
    return;
  }
  // A direct actor-to-actor property restates an event: the writer makes it again.
  if (predicate->second) n.add(subject, *kind, *predicate->second, triple.object);
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
