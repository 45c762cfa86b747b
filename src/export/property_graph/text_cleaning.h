#pragma once
#include <string>
#include <string_view>

namespace diplograph::property_graph {

// Makes any string safe to put in an XML 1.0 document, a CSV cell or a DOT label, as one
// line of valid UTF-8. Every property-graph export passes its text through this, so the
// same hostile name reads the same in GraphML, GEXF, the Neo4j CSVs and the picture.
//
// - Invalid UTF-8 becomes U+FFFD (never dropped silently: the reader sees something broke).
// - Tab, LF and CR become a space: Neo4j's bulk importer rejects multi-line fields by default
//   and Gephi shows labels on one line.
// - Other C0 controls, DEL, C1 controls and the non-characters U+FFFE/U+FFFF are removed:
//   XML 1.0 cannot carry most of them even as character references.
// - Bidirectional embedding, override and isolate controls (U+202A..U+202E, U+2066..U+2069)
//   are removed. They can make a label display reversed or spoof another name ("Trojan
//   Source"); news text has no need for them, and the plain marks U+200E/U+200F are kept.
std::string clean_text(std::string_view text);

// True for the bytes clean_text keeps as they are wherever they stand: printable ASCII. A
// text of only these needs no cleaning, which the writers' fast paths rely on.
constexpr bool kept_by_clean_text(unsigned byte) { return byte >= 0x20 && byte < 0x7F; }

}  // namespace diplograph::property_graph
