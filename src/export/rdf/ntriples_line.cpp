#include "export/rdf/ntriples_line.h"

#include <array>
#include <stdexcept>

#include "export/rdf/serd_serializer.h"

namespace diplograph::rdf {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_u_escape(std::string& out, unsigned char byte) {
  out += "\\u00";
  out += kHex[byte >> 4];
  out += kHex[byte & 0x0F];
}

// Which ASCII bytes an IRI cannot hold as they are (Serd's uri_must_escape): space,
// `"<>\^`{|}`, controls and DEL. Bytes from 0x80 up are UTF-8 and pass.
constexpr std::array<bool, 256> kIriEscapes = [] {
  std::array<bool, 256> table{};
  for (int byte = 0; byte < 0x20; ++byte) table[byte] = true;
  table[0x7F] = true;
  for (const char ch : std::string_view(" \"<>\\^`{|}"))
    table[static_cast<unsigned char>(ch)] = true;
  return table;
}();

void append_iri(std::string& out, std::string_view iri) {
  out += '<';
  // Almost every IRI needs no escape and is ASCII: it is appended whole.
  bool ascii = true;
  std::size_t run = 0;
  for (std::size_t i = 0; i < iri.size(); ++i) {
    const auto byte = static_cast<unsigned char>(iri[i]);
    if (byte >= 0x80) ascii = false;
    if (!kIriEscapes[byte]) continue;
    out.append(iri.substr(run, i - run));
    append_u_escape(out, byte);
    run = i + 1;
  }
  out.append(iri.substr(run));
  out += '>';
  if (!ascii && !is_clean_text(iri))
    throw std::runtime_error("RDF export: an IRI is not valid UTF-8: " + cleaned_text(iri));
}

void append_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet appended
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80 || (byte >= 0x20 && byte != 0x7F && byte != '"' && byte != '\\')) continue;
    out.append(text.substr(run, i - run));
    run = i + 1;
    switch (byte) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        append_u_escape(out, byte);
    }
  }
  out.append(text.substr(run));
  out += '"';
}

}  // namespace

void append_ntriples_line(std::string& out, std::string_view subject, std::string_view predicate,
                          const TermView& object) {
  append_iri(out, subject);
  out += ' ';
  append_iri(out, predicate);
  out += ' ';
  if (object.is_iri()) {
    append_iri(out, object.value);
  } else {
    if (is_clean_text(object.value))
      append_string(out, object.value);
    else
      append_string(out, cleaned_text(object.value));
    if (!object.datatype.empty()) {
      out += "^^";
      append_iri(out, object.datatype);
    } else if (!object.language.empty()) {
      out += '@';
      out += object.language;
    }
  }
  out += " .\n";
}

}  // namespace diplograph::rdf
