// XmlDocument writes the bytes libxml2's xmlTextWriter wrote for the same calls (it replaced
// it for speed): every export reader already accepted those, so the two are compared on
// random documents of hostile values, with libxml2 itself as the reference.
#include "export/property_graph/xml_document.h"

#include <gtest/gtest.h>
#include <libxml/xmlwriter.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "export/property_graph/text_cleaning.h"

namespace diplograph::test {
namespace {

// The same document through xmlTextWriter, set up as the exports had it: indented by two
// spaces, UTF-8, every value cleaned first.
class LibxmlReference {
 public:
  LibxmlReference() : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
    xmlTextWriterSetIndent(writer_, 1);
    xmlTextWriterSetIndentString(writer_, as_xml("  "));
    xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", nullptr);
  }
  ~LibxmlReference() {
    if (writer_ != nullptr) xmlFreeTextWriter(writer_);
    xmlBufferFree(buffer_);
  }
  void start(const std::string& element) { xmlTextWriterStartElement(writer_, as_xml(element)); }
  void start(const std::string& prefix, const std::string& element) {
    xmlTextWriterStartElementNS(writer_, as_xml(prefix), as_xml(element), nullptr);
  }
  void attribute(const std::string& name, const std::string& value) {
    xmlTextWriterWriteAttribute(writer_, as_xml(name), as_xml(property_graph::clean_text(value)));
  }
  void text(const std::string& value) {
    xmlTextWriterWriteString(writer_, as_xml(property_graph::clean_text(value)));
  }
  void end() { xmlTextWriterEndElement(writer_); }
  void comment(const std::string& value) {
    std::string safe = property_graph::clean_text(value);
    for (std::size_t at = safe.find("--"); at != std::string::npos; at = safe.find("--"))
      safe.replace(at, 2, "- -");
    if (!safe.empty() && safe.back() == '-') safe += ' ';
    xmlTextWriterWriteComment(writer_, as_xml(safe));
  }
  std::string finish() {
    xmlTextWriterEndDocument(writer_);
    xmlFreeTextWriter(writer_);
    writer_ = nullptr;
    return std::string(reinterpret_cast<const char*>(buffer_->content), buffer_->use);
  }

 private:
  static const xmlChar* as_xml(const std::string& text) {
    return reinterpret_cast<const xmlChar*>(text.c_str());
  }
  xmlBufferPtr buffer_;
  xmlTextWriterPtr writer_;
};

// Pieces values are made of: markup, quotes, line breaks, controls, non-ASCII text, an
// emoji, bidi controls, broken UTF-8 and comment dashes.
const std::vector<std::string> kPieces = {"Kim Jong Un",
                                          "<",
                                          ">",
                                          "&",
                                          "\"",
                                          "'",
                                          "&amp;",
                                          "]]>",
                                          "\n",
                                          "\r\n",
                                          "\t",
                                          "\x01",
                                          "\x7f",
                                          "\xc2\x85",
                                          "Sergei Lavrov",
                                          "é",
                                          "中国",
                                          "😀",
                                          "\xe2\x80\xae",
                                          "\xff",
                                          "\xc3",
                                          "--",
                                          "-",
                                          " ",
                                          "a=\"b\"",
                                          "<!--",
                                          "\xef\xbf\xbe"};

std::string random_value(std::mt19937& random) {
  std::string value;
  const int pieces = std::uniform_int_distribution<int>(0, 5)(random);
  for (int k = 0; k < pieces; ++k)
    value += kPieces[std::uniform_int_distribution<std::size_t>(0, kPieces.size() - 1)(random)];
  return value;
}

// One random document, written to both; returns {ours, libxml2's}.
std::pair<std::string, std::string> write_both(unsigned seed) {
  std::mt19937 random(seed);
  std::ostringstream ours_out;
  property_graph::XmlDocument ours(ours_out);
  LibxmlReference reference;
  auto roll = [&](int sides) { return std::uniform_int_distribution<int>(0, sides - 1)(random); };
  if (roll(2) == 0) {
    const std::string value = random_value(random);
    ours.comment(value);
    reference.comment(value);
  }
  ours.start("root");
  reference.start("root");
  int depth = 1;
  bool may_add_attribute = true;
  for (int step = 0; step < 60; ++step) {
    switch (roll(8)) {
      case 0:
      case 1: {
        const std::string name = roll(2) == 0 ? "node" : "data";
        if (roll(4) == 0) {
          ours.start("viz", name);
          reference.start("viz", name);
        } else {
          ours.start(name);
          reference.start(name);
        }
        ++depth;
        may_add_attribute = true;
        break;
      }
      case 2:
        if (may_add_attribute) {
          const std::string value = random_value(random);
          ours.attribute("value", value);
          reference.attribute("value", value);
        }
        break;
      case 3:
        if (depth > 1) {
          ours.end();
          reference.end();
          --depth;
          may_add_attribute = false;
        }
        break;
      case 4: {
        const std::string value = random_value(random);
        ours.text_element("label", value);
        reference.start("label");
        reference.text(value);
        reference.end();
        may_add_attribute = false;
        break;
      }
      case 5: {
        const std::string value = random_value(random);
        ours.text(value);
        reference.text(value);
        may_add_attribute = false;
        break;
      }
      case 6: {
        // A comment inside an element: its end tag then follows on the comment's line.
        const std::string value = random_value(random);
        ours.comment(value);
        reference.comment(value);
        may_add_attribute = false;
        break;
      }
      default:
        break;
    }
  }
  ours.finish();
  return {ours_out.str(), reference.finish()};
}

TEST(XmlDocument, WritesTheBytesLibxml2WroteForTheSameCalls) {
  for (unsigned seed = 0; seed < 500; ++seed) {
    const auto [ours, libxml2] = write_both(seed);
    ASSERT_EQ(ours, libxml2) << "seed " << seed;
  }
}

TEST(XmlDocument, EscapesMarkupInTextAndAttributes) {
  std::ostringstream out;
  property_graph::XmlDocument xml(out);
  xml.start("node");
  xml.attribute("label", "a\"><x y=\"&");
  xml.text_element("data", "</data><evil/>&amp;");
  xml.finish();
  EXPECT_EQ(out.str(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<node label=\"a&quot;&gt;&lt;x y=&quot;&amp;\">\n"
            "  <data>&lt;/data&gt;&lt;evil/&gt;&amp;amp;</data>\n"
            "</node>\n");
}

TEST(XmlDocument, CallsOutOfOrderThrow) {
  std::ostringstream out;
  property_graph::XmlDocument xml(out);
  EXPECT_THROW(xml.end(), std::logic_error);
  EXPECT_THROW(xml.text("loose"), std::logic_error);
  xml.start("graph");
  xml.text("content");
  EXPECT_THROW(xml.attribute("late", "x"), std::logic_error);
}

}  // namespace
}  // namespace diplograph::test
