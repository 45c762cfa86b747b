#pragma once
#include <string>

#include "graph/knowledge_graph.h"

namespace diplograph::testing {

// Hostile strings every writer must carry through unchanged: quotes, a triple quote, a
// trailing backslash, newlines, tabs, control characters, angle brackets, ampersands and a
// right-to-left override (U+202E).
inline const std::string kHostileName =
    "Kim \"Jong\" \\Un\n<b>&amp;</b>\t\xE2\x80\xAE"
    "evil\\";
inline const std::string kHostileSentence =
    "He said \"\"\"hi\"\"\" and left.\r\nNext line \x01\x7F <script> & 'quote' \\";
inline const std::string kHostileTitle = "Title with \"quotes\" > and < and \\n literally";

// A small graph whose keys, ids, labels, offices, sentences and metadata hold every kind of
// text that breaks naive escaping (keys with spaces and angle brackets, a document id with
// '#', a URL with a space).
KnowledgeGraph hostile_graph();

// A hand-built graph shaped like the sample corpus (North Korea, Iran, Russia, a delegation,
// an alleged arms supply, an accusation and its denial, planned talks): the dataset of the
// SPARQL fixture tests and of the mapping tests.
KnowledgeGraph fixture_graph();

// `events` generated events among a dozen states, each stated by two mentions in fifty
// documents, the second the same sentence of the same document as the next event's first:
// large enough that writers which split their work into tasks of thousands of events make
// several, with mention nodes that events in different tasks share.
KnowledgeGraph many_events_graph(std::size_t events);

}  // namespace diplograph::testing
