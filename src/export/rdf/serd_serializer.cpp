#include "export/rdf/serd_serializer.h"

#include <serd/serd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

#include "text/byte_classes.h"
#include "text/utf8.h"

namespace diplograph::rdf {
namespace {

// Where Serd's output and errors go: the caller's stream or string (exactly one is set),
// and the first error message (library code never prints; the message is thrown once the
// writer is done).
struct Target {
  std::ostream* out;
  std::string* buffer;
  std::string error;
};

std::size_t sink_to_target(const void* bytes, std::size_t length, void* handle) {
  auto* target = static_cast<Target*>(handle);
  if (target->buffer != nullptr) {
    target->buffer->append(static_cast<const char*>(bytes), length);
    return length;
  }
  target->out->write(static_cast<const char*>(bytes), static_cast<std::streamsize>(length));
  return target->out->good() ? length : 0;
}

SerdStatus record_error(void* handle, const SerdError* error) {
  auto* target = static_cast<Target*>(handle);
  if (!target->error.empty()) return SERD_SUCCESS;
  char message[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(message, sizeof message, error->fmt, args);
  va_end(args);
  target->error = message;
  return SERD_SUCCESS;
}

// Length of the well-formed UTF-8 sequence at `text[i]` (NUL excluded), or 0.
std::size_t utf8_sequence(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead == 0) return 0;
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return length;
}

// True when `text` is well-formed UTF-8 without NUL bytes: almost every literal is, and
// then it needs no cleaned copy.
// Class 1: NUL and every byte from 0x80 up, which is_clean must look at more closely.
constexpr ByteClassTable kNulOrNotAscii = make_byte_class_table(
    [](unsigned byte) -> std::uint8_t { return byte == 0 || byte >= 0x80 ? 1 : 0; });

bool is_clean(std::string_view text) {
  if (byte_classes(text, kNulOrNotAscii) == 0) return true;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte != 0 && byte < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

// The text with NUL bytes and ill-formed UTF-8 replaced by U+FFFD (Serd reads C strings
// and would cut at a NUL).
std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

// The node of a text without NUL bytes (IRIs, cleaned literals). Made here rather than by
// serd_node_from_substring, whose byte-by-byte scan for quotes and line breaks costs more
// than the writing: the only flags it finds are those write() clears anyway, so the node
// needs just its length in bytes and characters.
SerdNode node_of(SerdType type, std::string_view text) {
  return SerdNode{reinterpret_cast<const uint8_t*>(text.data()), text.size(),
                  count_characters(text), 0, type};
}

// `prefixes` sorted by lookup_rank, or as given when one prefix's IRI starts another's:
// Serd qualifies an IRI with the first prefix that fits it, so then the order decides.
std::vector<Prefix> in_lookup_order(const std::vector<Prefix>& prefixes) {
  for (const Prefix& a : prefixes)
    for (const Prefix& b : prefixes)
      if (&a != &b && b.iri.starts_with(a.iri)) return prefixes;
  std::vector<Prefix> ordered = prefixes;
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Prefix& a, const Prefix& b) { return a.lookup_rank < b.lookup_rank; });
  return ordered;
}

// Owns the Serd objects of one serialisation and frees them in the right order.
struct SerdDeleter {
  void operator()(SerdEnv* env) const { serd_env_free(env); }
  void operator()(SerdWriter* writer) const { serd_writer_free(writer); }
};

}  // namespace

struct Serializer::State {
  Target target;
  std::unique_ptr<SerdEnv, SerdDeleter> env;
  std::unique_ptr<SerdWriter, SerdDeleter> writer;
  bool finished = false;
};

Serializer::Serializer(const std::vector<Prefix>& prefixes, Syntax syntax, std::ostream& out)
    : Serializer(prefixes, syntax, &out, nullptr, PrefixDirectives::written) {}

Serializer::Serializer(const std::vector<Prefix>& prefixes, Syntax syntax, std::string& buffer,
                       PrefixDirectives directives)
    : Serializer(prefixes, syntax, nullptr, &buffer, directives) {}

Serializer::Serializer(const std::vector<Prefix>& prefixes, Syntax syntax, std::ostream* out,
                       std::string* buffer, PrefixDirectives directives)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.target = Target{out, buffer, {}};
  s.env.reset(serd_env_new(nullptr));
  const bool turtle = syntax == Syntax::turtle;
  unsigned style = turtle ? SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED : 0u;
  // Serd fills a page before calling the sink (as serdi does), instead of one call per
  // token; finish() writes out the last page.
  style |= SERD_STYLE_BULK;
  s.writer.reset(serd_writer_new(turtle ? SERD_TURTLE : SERD_NTRIPLES,
                                 static_cast<SerdStyle>(style), s.env.get(), nullptr,
                                 sink_to_target, &s.target));
  serd_writer_set_error_sink(s.writer.get(), record_error, &s.target);
  if (turtle) {
    // The environment holds the prefixes in look-up order when that cannot change which
    // prefix Serd picks (the first whose IRI starts the node's). Declaring a prefix the
    // environment has already keeps its place, so the directives keep the given order.
    for (const Prefix& prefix : in_lookup_order(prefixes)) {
      const SerdNode name = node_of(SERD_LITERAL, prefix.name);
      const SerdNode iri = node_of(SERD_URI, prefix.iri);
      serd_env_set_prefix(s.env.get(), &name, &iri);
    }
    if (directives == PrefixDirectives::written) {
      for (const Prefix& prefix : prefixes) {
        const SerdNode name = node_of(SERD_LITERAL, prefix.name);
        const SerdNode iri = node_of(SERD_URI, prefix.iri);
        serd_writer_set_prefix(s.writer.get(), &name, &iri);
      }
    }
  }
}

Serializer::~Serializer() = default;

void Serializer::write(const std::vector<Triple>& triples) {
  State& s = *state_;
  std::string cleaned;
  // Runs of triples share their subject and predicate (callers pass them sorted): the node
  // of the previous triple is reused when the text is the same, since comparing is much
  // cheaper than Serd's character count. The previous triple's strings are still alive.
  SerdNode subject = SERD_NODE_NULL, predicate = SERD_NODE_NULL;
  const Triple* previous = nullptr;
  for (const Triple& triple : triples) {
    if (!s.target.error.empty()) return;
    // Serd borrows the strings: keep them alive until the statement is written.
    const bool clean = triple.object.is_iri() || is_clean(triple.object.value);
    if (!clean) cleaned = clean_text(triple.object.value);
    const std::string& object_text = clean ? triple.object.value : cleaned;
    if (previous == nullptr || previous->subject.value != triple.subject.value)
      subject = node_of(SERD_URI, triple.subject.value);
    if (previous == nullptr || previous->predicate.value != triple.predicate.value)
      predicate = node_of(SERD_URI, triple.predicate.value);
    previous = &triple;
    SerdNode object = node_of(triple.object.is_iri() ? SERD_URI : SERD_LITERAL, object_text);
    // Without these flags Serd writes the literal in the short quoted form, escaping quotes,
    // backslashes and line breaks as in N-Triples. Its long """...""" form (chosen for
    // literals with quotes or newlines) mis-escapes a quote before the closing delimiter:
    // serdi and our own merge then reject graph.ttl (issue 14).
    object.flags &= ~static_cast<SerdNodeFlags>(SERD_HAS_NEWLINE | SERD_HAS_QUOTE);
    const SerdNode datatype = node_of(SERD_URI, triple.object.datatype);
    const SerdNode language = node_of(SERD_LITERAL, triple.object.language);
    const SerdStatus status =
        serd_writer_write_statement(s.writer.get(), 0, nullptr, &subject, &predicate, &object,
                                    triple.object.datatype.empty() ? nullptr : &datatype,
                                    triple.object.language.empty() ? nullptr : &language);
    if (status != SERD_SUCCESS && s.target.error.empty())
      s.target.error = std::string("Serd could not write a statement about <") +
                       triple.subject.value +
                       ">: " + reinterpret_cast<const char*>(serd_strerror(status));
  }
}

bool is_clean_text(std::string_view text) { return is_clean(text); }
std::string cleaned_text(std::string_view text) { return clean_text(text); }

void Serializer::write(std::string_view subject_iri, const std::vector<Statement>& statements) {
  State& s = *state_;
  std::string cleaned;
  const SerdNode subject = node_of(SERD_URI, subject_iri);
  SerdNode predicate = SERD_NODE_NULL;
  std::string_view previous_predicate;
  for (const Statement& statement : statements) {
    if (!s.target.error.empty()) return;
    const TermView& o = statement.object;
    const bool clean = o.is_iri() || is_clean(o.value);
    if (!clean) cleaned = clean_text(o.value);
    const std::string_view object_text = clean ? o.value : std::string_view(cleaned);
    // Statements arrive grouped by predicate: one Serd node per run, as in write() above.
    if (predicate.buf == nullptr || previous_predicate != statement.predicate) {
      predicate = node_of(SERD_URI, statement.predicate);
      previous_predicate = statement.predicate;
    }
    SerdNode object = node_of(o.is_iri() ? SERD_URI : SERD_LITERAL, object_text);
    // The short quoted form: see write() above (issue 14).
    object.flags &= ~static_cast<SerdNodeFlags>(SERD_HAS_NEWLINE | SERD_HAS_QUOTE);
    const SerdNode datatype = node_of(SERD_URI, o.datatype);
    const SerdNode language = node_of(SERD_LITERAL, o.language);
    const SerdStatus status = serd_writer_write_statement(
        s.writer.get(), 0, nullptr, &subject, &predicate, &object,
        o.datatype.empty() ? nullptr : &datatype, o.language.empty() ? nullptr : &language);
    if (status != SERD_SUCCESS && s.target.error.empty())
      s.target.error = "Serd could not write a statement about <" + std::string(subject_iri) +
                       ">: " + reinterpret_cast<const char*>(serd_strerror(status));
  }
}

void Serializer::finish() {
  State& s = *state_;
  if (s.finished) return;
  s.finished = true;
  serd_writer_finish(s.writer.get());
  s.writer.reset();
  if (!s.target.error.empty()) throw std::runtime_error("RDF export: " + s.target.error);
  if (s.target.out != nullptr && !s.target.out->good())
    throw std::runtime_error("RDF export: the output stream failed");
}

void serialize(const std::vector<Triple>& triples, const std::vector<Prefix>& prefixes,
               Syntax syntax, std::ostream& out) {
  Serializer serializer(prefixes, syntax, out);
  serializer.write(triples);
  serializer.finish();
}

}  // namespace diplograph::rdf
