#include "export/property_graph/xml_document.h"

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include <mutex>
#include <stdexcept>

#include "export/property_graph/text_cleaning.h"

namespace diplograph::property_graph {
namespace {

const xmlChar* as_xml(const std::string& text) {
  return reinterpret_cast<const xmlChar*>(text.c_str());
}

void check(int status, const char* what) {
  if (status < 0) throw std::runtime_error(std::string("libxml2 xmlTextWriter failed: ") + what);
}

// libxml2's output callback: hands each filled chunk to the std::ostream.
int write_to_stream(void* context, const char* bytes, int length) {
  auto* out = static_cast<std::ostream*>(context);
  out->write(bytes, length);
  return out->good() ? length : -1;
}

int keep_stream_open(void*) { return 0; }

}  // namespace

struct XmlDocument::State {
  std::ostream* out = nullptr;
  xmlTextWriterPtr writer = nullptr;  // owns its output buffer
  ~State() {
    if (writer != nullptr) xmlFreeTextWriter(writer);
  }
};

XmlDocument::XmlDocument(std::ostream& out) : state_(std::make_unique<State>()) {
  // libxml2 sets up its globals (the encoding handlers among them) lazily and without a
  // lock; documents may be written on several threads at once, so initialise it once here.
  static std::once_flag initialised;
  std::call_once(initialised, [] { xmlInitParser(); });
  state_->out = &out;
  xmlOutputBufferPtr output =
      xmlOutputBufferCreateIO(write_to_stream, keep_stream_open, &out, nullptr);
  if (output == nullptr) throw std::runtime_error("libxml2: cannot allocate an output buffer");
  state_->writer = xmlNewTextWriter(output);
  if (state_->writer == nullptr) {
    xmlOutputBufferClose(output);
    throw std::runtime_error("libxml2: cannot create a writer");
  }
  check(xmlTextWriterSetIndent(state_->writer, 1), "indent");
  check(xmlTextWriterSetIndentString(state_->writer, as_xml("  ")), "indent string");
  check(xmlTextWriterStartDocument(state_->writer, "1.0", "UTF-8", nullptr), "start document");
}

XmlDocument::~XmlDocument() = default;

void XmlDocument::start(std::string_view element) {
  check(xmlTextWriterStartElement(state_->writer, as_xml(std::string(element))), "start element");
}

void XmlDocument::start(std::string_view prefix, std::string_view element) {
  check(xmlTextWriterStartElementNS(state_->writer, as_xml(std::string(prefix)),
                                    as_xml(std::string(element)), nullptr),
        "start element");
}

void XmlDocument::attribute(std::string_view name, std::string_view value) {
  check(xmlTextWriterWriteAttribute(state_->writer, as_xml(std::string(name)),
                                    as_xml(clean_text(value))),
        "attribute");
}

void XmlDocument::text(std::string_view value) {
  check(xmlTextWriterWriteString(state_->writer, as_xml(clean_text(value))), "text");
}

void XmlDocument::end() { check(xmlTextWriterEndElement(state_->writer), "end element"); }

void XmlDocument::text_element(std::string_view element, std::string_view value) {
  start(element);
  text(value);
  end();
}

void XmlDocument::comment(std::string_view value) {
  // "--" may not appear inside an XML comment.
  std::string safe = clean_text(value);
  for (std::size_t at = safe.find("--"); at != std::string::npos; at = safe.find("--"))
    safe.replace(at, 2, "- -");
  check(xmlTextWriterWriteComment(state_->writer, as_xml(safe)), "comment");
}

void XmlDocument::finish() {
  check(xmlTextWriterEndDocument(state_->writer), "end document");
  check(xmlTextWriterFlush(state_->writer), "flush");
  if (!state_->out->good()) throw std::runtime_error("XML export: the output stream failed");
}

}  // namespace diplograph::property_graph
