#include "export/property_graph/xml_document.h"

#include <libxml/xmlwriter.h>

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

}  // namespace

struct XmlDocument::State {
  xmlBufferPtr buffer = nullptr;
  xmlTextWriterPtr writer = nullptr;
  ~State() {
    if (writer != nullptr) xmlFreeTextWriter(writer);
    if (buffer != nullptr) xmlBufferFree(buffer);
  }
};

XmlDocument::XmlDocument() : state_(std::make_unique<State>()) {
  state_->buffer = xmlBufferCreate();
  if (state_->buffer == nullptr) throw std::runtime_error("libxml2: cannot allocate a buffer");
  state_->writer = xmlNewTextWriterMemory(state_->buffer, 0);
  if (state_->writer == nullptr) throw std::runtime_error("libxml2: cannot create a writer");
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

std::string XmlDocument::finish() {
  check(xmlTextWriterEndDocument(state_->writer), "end document");
  check(xmlTextWriterFlush(state_->writer), "flush");
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(state_->buffer)),
                     static_cast<std::size_t>(xmlBufferLength(state_->buffer)));
}

}  // namespace diplograph::property_graph
