#include "export/rdf/ntriples_line.h"

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

void append_iri(std::string& out, std::string_view iri) {
  if (!is_clean_text(iri))
    throw std::runtime_error("RDF export: an IRI is not valid UTF-8: " + cleaned_text(iri));
  out += '<';
  for (const char ch : iri) {
    const auto byte = static_cast<unsigned char>(ch);
    if (byte >= 0x80) {
      out += ch;
      continue;
    }
    switch (ch) {
      case ' ':
      case '"':
      case '<':
      case '>':
      case '\\':
      case '^':
      case '`':
      case '{':
      case '|':
      case '}':
        append_u_escape(out, byte);
        continue;
      default:
        break;
    }
    if (byte < 0x20 || byte == 0x7F)
      append_u_escape(out, byte);
    else
      out += ch;
  }
  out += '>';
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
