#include "export/rdf/ntriples_line.h"

#include <stdexcept>

#include "export/rdf/serd_serializer.h"
#include "text/byte_classes.h"
#include "text/short_escapes.h"

namespace diplograph::rdf {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_u_escape(std::string& out, unsigned char byte) {
  out += "\\u00";
  out += kHex[byte >> 4];
  out += kHex[byte & 0x0F];
}

// How N-Triples writes each byte. kEscapedInIri: what an IRI cannot hold as it is (Serd's
// uri_must_escape): space, `"<>\^`{|}`, controls and DEL. kEscapedInLiteral: what a literal
// escapes: controls, DEL, quote and backslash. Bytes from 0x80 up are UTF-8 and pass, but
// only checked UTF-8 (kNTriplesNotAscii).
constexpr std::uint8_t kEscapedInIri = 1;
constexpr std::uint8_t kEscapedInLiteral = 2;
constexpr std::uint8_t kNTriplesNotAscii = 4;
constexpr ByteClassTable kNTriplesBytes = make_byte_class_table([](unsigned byte) {
  std::uint8_t classes = 0;
  if (byte < 0x20 || byte == 0x7F) classes |= kEscapedInIri | kEscapedInLiteral;
  if (std::string_view(" \"<>\\^`{|}").find(static_cast<char>(byte)) != std::string_view::npos)
    classes |= kEscapedInIri;
  if (byte == '"' || byte == '\\') classes |= kEscapedInLiteral;
  if (byte >= 0x80) classes |= kNTriplesNotAscii;
  return classes;
});

bool is_plain_ascii_iri(std::string_view iri) {
  return (byte_classes(iri, kNTriplesBytes) & (kEscapedInIri | kNTriplesNotAscii)) == 0;
}

// Plain ASCII literal text is also clean (is_clean_text).
bool is_plain_ascii_literal(std::string_view text) {
  return (byte_classes(text, kNTriplesBytes) & (kEscapedInLiteral | kNTriplesNotAscii)) == 0;
}

void append_iri(std::string& out, std::string_view iri) {
  out += '<';
  if (is_plain_ascii_iri(iri)) {
    out.append(iri);
    out += '>';
    return;
  }
  // The rare IRI with non-ASCII UTF-8 or a byte to escape: runs between escapes appended whole.
  std::size_t run = 0;
  for (std::size_t i = find_byte_of_class(iri, kNTriplesBytes, kEscapedInIri); i < iri.size();
       i = find_byte_of_class(iri, kNTriplesBytes, kEscapedInIri, i + 1)) {
    out.append(iri.substr(run, i - run));
    append_u_escape(out, static_cast<unsigned char>(iri[i]));
    run = i + 1;
  }
  out.append(iri.substr(run));
  out += '>';
  if ((byte_classes(iri, kNTriplesBytes) & kNTriplesNotAscii) != 0 && !is_clean_text(iri))
    throw std::runtime_error("RDF export: an IRI is not valid UTF-8: " + cleaned_text(iri));
}

void append_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet appended
  for (std::size_t i = find_byte_of_class(text, kNTriplesBytes, kEscapedInLiteral); i < text.size();
       i = find_byte_of_class(text, kNTriplesBytes, kEscapedInLiteral, i + 1)) {
    const auto byte = static_cast<unsigned char>(text[i]);
    out.append(text.substr(run, i - run));
    run = i + 1;
    if (const std::string_view escape = shared_short_escape(byte); !escape.empty())
      out += escape;
    else
      append_u_escape(out, byte);
  }
  out.append(text.substr(run));
  out += '"';
}

}  // namespace

void append_ntriples_iri(std::string& out, std::string_view iri) { append_iri(out, iri); }

void append_ntriples_object(std::string& out, const TermView& object) {
  if (object.is_iri()) {
    append_iri(out, object.value);
    return;
  }
  if (is_plain_ascii_literal(object.value)) {
    out += '"';
    out.append(object.value);
    out += '"';
  } else if (is_clean_text(object.value)) {
    append_string(out, object.value);
  } else {
    append_string(out, cleaned_text(object.value));
  }
  if (!object.datatype.empty()) {
    out += "^^";
    append_iri(out, object.datatype);
  } else if (!object.language.empty()) {
    out += '@';
    out += object.language;
  }
}

void append_ntriples_line(std::string& out, std::string_view subject, std::string_view predicate,
                          const TermView& object) {
  append_iri(out, subject);
  out += ' ';
  append_iri(out, predicate);
  out += ' ';
  append_ntriples_object(out, object);
  out += " .\n";
}

}  // namespace diplograph::rdf
