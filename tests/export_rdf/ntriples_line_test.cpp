// The direct N-Triples writer (append_ntriples_line) against Serd's own N-Triples writer,
// on every ASCII character and on UTF-8, in IRIs and in literals of every form: the export
// writes N-Triples without Serd only because the bytes are the same.
#include "export/rdf/ntriples_line.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "export/rdf/serd_serializer.h"

namespace diplograph::rdf {
namespace {

std::string through_serd(const std::string& subject, const std::string& predicate,
                         const Term& object) {
  std::string out;
  Serializer serializer({}, Syntax::ntriples, out);
  serializer.write({{Term::iri(subject), Term::iri(predicate), object}});
  serializer.finish();
  return out;
}

std::string direct(const std::string& subject, const std::string& predicate, const Term& object) {
  std::string out;
  append_ntriples_line(out, subject, predicate,
                       {object.kind, object.value, object.datatype, object.language});
  return out;
}

// Every byte from 1 to 127, then UTF-8 of two, three and four bytes.
std::string every_character() {
  std::string text;
  for (int byte = 1; byte < 128; ++byte) text += static_cast<char>(byte);
  return text + "\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80";
}

TEST(NTriplesLine, LiteralsAreWrittenAsSerdWritesThem) {
  const std::string s = "https://e.org/s", p = "https://e.org/p";
  const std::string text = every_character();
  for (const Term& object :
       {Term::literal(text), Term::typed(text, "http://www.w3.org/2001/XMLSchema#string"),
        Term::tagged(text, "id"), Term::literal(""), Term::literal("plain"),
        Term::tagged("Kim Jong Un", "en"),
        Term::typed("2024-04-23", "http://www.w3.org/2001/XMLSchema#date")}) {
    const std::string serd = through_serd(s, p, object);
    EXPECT_EQ(direct(s, p, object), serd) << serd;
  }
}

TEST(NTriplesLine, IrisAreWrittenAsSerdWritesThem) {
  // Percent-encoding keeps these characters out of minted IRIs; a base IRI or a foreign
  // graph could still hold some of them.
  for (int byte = 1; byte < 128; ++byte) {
    const std::string iri = std::string("https://e.org/a") + static_cast<char>(byte) + "b";
    const Term object = Term::iri(iri);
    EXPECT_EQ(direct(iri, iri, object), through_serd(iri, iri, object)) << "byte " << byte;
  }
  const std::string utf8 = "https://e.org/Jos\xC3\xA9";
  EXPECT_EQ(direct(utf8, utf8, Term::iri(utf8)), through_serd(utf8, utf8, Term::iri(utf8)));
}

TEST(NTriplesLine, BrokenTextIsCleanedAsTheSerdPathCleansIt) {
  const std::string s = "https://e.org/s", p = "https://e.org/p";
  for (const std::string& text :
       {std::string("a\xFF"
                    "b"),
        std::string("nul\0here", 8), std::string("cut \xE2\x82"), std::string("\xED\xA0\x80")}) {
    const Term object = Term::tagged(text, "id");
    EXPECT_EQ(direct(s, p, object), through_serd(s, p, object));
    EXPECT_NE(direct(s, p, object).find("\xEF\xBF\xBD"), std::string::npos);
  }
}

TEST(NTriplesLine, AnIriThatIsNotUtf8IsRefused) {
  EXPECT_THROW(direct("https://e.org/\xFF", "https://e.org/p", Term::literal("x")),
               std::runtime_error);
}

}  // namespace
}  // namespace diplograph::rdf
