#include "export/property_graph/xml_document.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <string>

#include "export/property_graph/text_cleaning.h"

namespace diplograph::property_graph {
namespace {

const xmlChar* as_xml(const std::string& text) {
  return reinterpret_cast<const xmlChar*>(text.c_str());
}

// What libxml2 reported on this thread since the last failure was thrown. libxml2 prints
// its errors on stderr by default (an unprefixed "I/O error : ..." line); library code
// never prints, so they are collected here and carried by the exception instead.
thread_local std::string libxml2_messages;

void collect_generic_error(void*, const char* format, ...) {
  char buffer[512];
  va_list arguments;
  va_start(arguments, format);
  std::vsnprintf(buffer, sizeof buffer, format, arguments);
  va_end(arguments);
  if (libxml2_messages.size() < 4096) libxml2_messages += buffer;
}

void collect_structured_error(void*, xmlErrorPtr error) {
  if (error != nullptr && error->message != nullptr && libxml2_messages.size() < 4096)
    libxml2_messages += error->message;
}

// The collected messages as one line, and cleared.
std::string take_libxml2_messages() {
  std::string line;
  for (const char ch : libxml2_messages) {
    if (ch == '\n' || ch == '\r') {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += ch;
    }
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  libxml2_messages.clear();
  return line;
}

void check(int status, const char* what) {
  if (status >= 0) return;
  std::string message = std::string("libxml2 xmlTextWriter failed: ") + what;
  if (const std::string reported = take_libxml2_messages(); !reported.empty())
    message += " (libxml2: " + reported + ")";
  throw std::runtime_error(message);
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
  // libxml2 keeps its error handlers per thread.
  xmlSetGenericErrorFunc(nullptr, collect_generic_error);
  xmlSetStructuredErrorFunc(nullptr, collect_structured_error);
  libxml2_messages.clear();
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
  if (!state_->out->good()) {
    std::string message = "XML export: the output stream failed";
    if (const std::string reported = take_libxml2_messages(); !reported.empty())
      message += " (libxml2: " + reported + ")";
    throw std::runtime_error(message);
  }
}

}  // namespace diplograph::property_graph
