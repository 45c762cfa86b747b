#include "export/property_graph/xml_document.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/chunked_output.h"
#include "export/property_graph/text_cleaning.h"
#include "text/byte_classes.h"

namespace diplograph::property_graph {
namespace {

// Bytes escaped in text content and attribute values alike ('<', '>', '&', '"'), as
// libxml2's xmlEncodeSpecialChars and xmlBufAttrSerializeTxtContent escape them; the line
// breaks and tabs libxml2 also escaped never get here, since clean_text makes them spaces.
constexpr std::uint8_t kXmlEscaped = 1;
// Every byte clean_text may change.
constexpr std::uint8_t kXmlNotPrintableAscii = 2;
constexpr ByteClassTable kXmlEscapes = make_byte_class_table([](unsigned byte) -> std::uint8_t {
  if (!kept_by_clean_text(byte)) return kXmlNotPrintableAscii;
  return byte == '<' || byte == '>' || byte == '&' || byte == '"' ? kXmlEscaped : 0;
});

const char* reference_for(char ch) {
  switch (ch) {
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '&':
      return "&amp;";
    default:
      return "&quot;";
  }
}

void append_escaped_bytes(std::string& out, std::string_view text) {
  std::size_t from = 0;
  for (std::size_t at = find_byte_of_class(text, kXmlEscapes, kXmlEscaped); at < text.size();
       at = find_byte_of_class(text, kXmlEscapes, kXmlEscaped, from)) {
    out.append(text, from, at - from);
    out += reference_for(text[at]);
    from = at + 1;
  }
  out.append(text, from);
}

// `text` cleaned (clean_text) and escaped. Printable ASCII without a byte to escape, most
// values, is copied as it is: cleaning leaves it so.
void append_escaped(std::string& out, std::string_view text) {
  const std::uint8_t classes = byte_classes(text, kXmlEscapes);
  if (classes == 0)
    out += text;
  else if ((classes & kXmlNotPrintableAscii) == 0)
    append_escaped_bytes(out, text);
  else
    append_escaped_bytes(out, clean_text(text));
}

// Past this size the text written so far goes to the stream.
constexpr std::size_t kXmlChunkBytes = std::size_t{1} << 16;

}  // namespace

struct XmlDocument::State {
  explicit State(std::ostream& out) : output(out, kXmlChunkBytes), pending(output.buffer()) {}
  ChunkedOutput output;
  std::string& pending;  // the text not yet written to the stream
  // The open elements, innermost last, and whether the innermost start tag still lacks its
  // '>' (attributes may follow).
  std::vector<std::string> open;
  bool start_tag_open = false;
  // Whether an end tag goes on a line of its own: not right after text (<a>text</a>).
  bool end_tag_indented = true;

  void indent(std::size_t levels) { pending.append(2 * levels, ' '); }
  // Ends the innermost start tag before content; a child or comment starts a new line.
  void close_start_tag(bool then_new_line) {
    if (!start_tag_open) return;
    pending += '>';
    if (then_new_line) pending += '\n';
    start_tag_open = false;
  }
};

XmlDocument::XmlDocument(std::ostream& out) : state_(std::make_unique<State>(out)) {
  state_->pending.reserve(kXmlChunkBytes + 4096);
  state_->pending += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
}

XmlDocument::~XmlDocument() = default;

void XmlDocument::start(std::string_view element) {
  State& state = *state_;
  state.close_start_tag(true);
  state.indent(state.open.size());
  state.open.emplace_back(element);
  state.pending += '<';
  state.pending += element;
  state.start_tag_open = true;
  state.output.piece_done();
}

void XmlDocument::start(std::string_view prefix, std::string_view element) {
  std::string name(prefix);
  name += ':';
  name += element;
  start(name);
}

void XmlDocument::attribute(std::string_view name, std::string_view value) {
  State& state = *state_;
  if (!state.start_tag_open)
    throw std::logic_error("XML export: attribute " + std::string(name) + " after content");
  if (byte_classes(value, kXmlEscapes) == 0) {
    // Most values need no escaping: ` name="value"` goes out in one piece.
    std::string& out = state.pending;
    const std::size_t at = out.size();
    out.resize(at + name.size() + value.size() + 4);
    char* place = out.data() + at;
    *place++ = ' ';
    place = std::copy(name.begin(), name.end(), place);
    *place++ = '=';
    *place++ = '"';
    place = std::copy(value.begin(), value.end(), place);
    *place = '"';
    return;
  }
  state.pending += ' ';
  state.pending += name;
  state.pending += "=\"";
  append_escaped(state.pending, value);
  state.pending += '"';
}

void XmlDocument::text(std::string_view value) {
  State& state = *state_;
  if (state.open.empty()) throw std::logic_error("XML export: text outside the root element");
  state.close_start_tag(false);
  state.end_tag_indented = false;
  append_escaped(state.pending, value);
  state.output.piece_done();
}

void XmlDocument::end() {
  State& state = *state_;
  if (state.open.empty()) throw std::logic_error("XML export: end of an element never started");
  if (state.start_tag_open) {
    state.pending += "/>";
    state.start_tag_open = false;
  } else {
    if (state.end_tag_indented) state.indent(state.open.size() - 1);
    state.pending += "</";
    state.pending += state.open.back();
    state.pending += '>';
  }
  state.end_tag_indented = true;
  state.pending += '\n';
  state.open.pop_back();
  state.output.piece_done();
}

void XmlDocument::text_element(std::string_view element, std::string_view value) {
  start(element);
  text(value);
  end();
}

void XmlDocument::comment(std::string_view value) {
  State& state = *state_;
  // "--" may not appear inside an XML comment.
  std::string safe = clean_text(value);
  for (std::size_t at = safe.find("--"); at != std::string::npos; at = safe.find("--"))
    safe.replace(at, 2, "- -");
  // Nor may the comment end with "-" (it would read "--->").
  if (!safe.empty() && safe.back() == '-') safe += ' ';
  state.close_start_tag(true);
  state.indent(state.open.size());
  state.pending += "<!--";
  state.pending += safe;
  state.pending += "-->\n";
  // As after text, the enclosing element's end tag follows on the same line.
  state.end_tag_indented = false;
}

void XmlDocument::finish() {
  while (!state_->open.empty()) end();
  State& state = *state_;
  state.output.finish();
  state.output.stream().flush();
  if (!state.output.stream().good())
    throw std::runtime_error("XML export: the output stream failed");
}

}  // namespace diplograph::property_graph
