#include "export/facts_writer.h"

#include <charconv>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "graph/fact_participants.h"
#include "text/byte_classes.h"
#include "text/utf8.h"

namespace diplograph {
namespace {

constexpr auto kReplaceInvalid = nlohmann::json::error_handler_t::replace;

// True when nlohmann::json::dump writes `text` between the quotes as it is: well-formed
// UTF-8 (dump keeps it unescaped) without a quote, backslash or control character.
constexpr std::uint8_t kJsonEscaped = 1;
constexpr std::uint8_t kJsonNotAscii = 2;
constexpr ByteClassTable kJsonBytes = make_byte_class_table([](unsigned byte) -> std::uint8_t {
  if (byte < 0x20 || byte == '"' || byte == '\\') return kJsonEscaped;
  return byte >= 0x80 ? kJsonNotAscii : 0;
});

bool needs_no_escape(std::string_view text) {
  const std::uint8_t classes = byte_classes(text, kJsonBytes);
  if (classes & kJsonEscaped) return false;
  return (classes & kJsonNotAscii) == 0 || !find_text_fault(text);
}

// One JSON object on one line, written field by field in the order given: the bytes
// nlohmann::ordered_json::dump(-1, ' ', false, replace) gives for the same object (the
// format facts.jsonl always had), without building the object. Text that needs escaping
// and every number but an integer go through nlohmann itself, so both stay exactly its.
class JsonLine {
 public:
  explicit JsonLine(std::string& out) : out_(out) { out_ += '{'; }
  JsonLine(const JsonLine&) = delete;
  JsonLine& operator=(const JsonLine&) = delete;
  // Closes the object and its line.
  void end() { out_ += "}\n"; }

  void text(std::string_view key, std::string_view value) {
    name(key);
    string(value);
  }
  void null(std::string_view key) {
    name(key);
    out_ += "null";
  }
  void number(std::string_view key, double value) {
    name(key);
    out_ += nlohmann::json(value).dump();
  }
  void integers(std::string_view key, std::initializer_list<std::size_t> values) {
    name(key);
    out_ += '[';
    bool first = true;
    for (const std::size_t value : values) {
      if (!first) out_ += ',';
      first = false;
      char digits[24];
      out_.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
    }
    out_ += ']';
  }
  template <class Strings>
  void texts(std::string_view key, const Strings& values) {
    name(key);
    out_ += '[';
    bool first = true;
    for (const auto& value : values) {
      if (!first) out_ += ',';
      first = false;
      string(value);
    }
    out_ += ']';
  }

 private:
  void name(std::string_view key) {
    if (out_.back() != '{') out_ += ',';
    string(key);
    out_ += ':';
  }
  void string(std::string_view value) {
    if (needs_no_escape(value)) {
      out_ += '"';
      out_ += value;
      out_ += '"';
    } else {
      out_ += nlohmann::json(value).dump(-1, ' ', false, kReplaceInvalid);
    }
  }
  std::string& out_;
};

}  // namespace

void write_facts(const KnowledgeGraph& graph, const IriScheme& iris, std::ostream& out) {
  write_facts(ExportView(graph, iris), out);
}

void write_facts(const ExportView& view, std::ostream& out) {
  const KnowledgeGraph& graph = view.graph();
  // Lines gather in `buffer`, which goes to the stream in large writes.
  std::string buffer;
  constexpr std::size_t kFlushBytes = 1 << 20;
  const auto flush = [&](std::size_t at_least) {
    if (buffer.size() < at_least) return;
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  };
  for (const ActorView& a : view.actors()) {
    const ActorVertex& actor = *a.actor;
    JsonLine record(buffer);
    record.text("kind", "entity");
    record.text("id", a.iri);
    record.text("key", actor.key);
    record.text("type", name_of(actor.type));
    record.text("label", actor.label);
    record.texts("names", actor.names);
    record.texts("docs", actor.documents);
    if (!actor.iso3.empty()) record.text("iso3", actor.iso3);
    if (!actor.wikidata.empty()) record.text("wikidata", actor.wikidata);
    record.end();
    flush(kFlushBytes);
  }
  // A delegation stands for its state in facts (graph/fact_participants.h).
  const FactParticipants participants(graph);
  for (const EventView& e : view.events()) {
    const RelationEdge& event = *e.event;
    if (!is_factual(event.modality)) continue;
    const auto fact = participants.of(e.id);
    if (!fact) continue;
    const ActorView& subject = view.actor(fact->first);
    const ActorView& object = view.actor(fact->second);
    for (const Mention& mention : event.mentions) {
      JsonLine record(buffer);
      record.text("kind", "relation");
      record.text("event", e.iri);
      record.text("type", name_of(event.type));
      record.text("subject", subject.iri);
      record.text("object", object.iri);
      record.text("doc", mention.document);
      if (event.date.empty())
        record.null("date");
      else
        record.text("date", event.date);
      record.text("modality", name_of(event.modality));
      record.number("confidence", mention.confidence);
      record.text("evidence", mention.sentence.str());
      record.integers("span", {mention.span.begin, mention.span.end});
      // The source document's metadata (JSON Lines inputs carry it); FACTS.md lets
      // readers ignore keys they do not know, and absent values are left out.
      if (const auto found = graph.documents().find(mention.document);
          found != graph.documents().end()) {
        const DocumentMetadata& meta = found->second.meta;
        if (!meta.title.empty()) record.text("doc_title", meta.title);
        if (!meta.published.empty()) record.text("doc_published", meta.published);
        if (!meta.url.empty()) record.text("doc_url", meta.url);
        if (!meta.source.empty()) record.text("doc_source", meta.source);
      }
      record.end();
      flush(kFlushBytes);
    }
  }
  flush(0);
}

}  // namespace diplograph
