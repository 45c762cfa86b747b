// ExportView made on several threads: every actor and event is viewed as on one thread, and
// the writers that read it write the same bytes.
#include "export/export_view.h"

#include <gtest/gtest.h>

#include <sstream>

#include "export/facts_writer.h"
#include "test_graphs.h"

namespace diplograph {
namespace {

TEST(ExportView, MadeOnSeveralThreadsIsTheViewOfOneThread) {
  const KnowledgeGraph graph = testing::many_events_graph(9000);
  const IriScheme iris;
  const ExportView one(graph, iris, 1);
  ASSERT_EQ(one.events().size(), 9000u);
  std::ostringstream one_facts;
  write_facts(one, one_facts);
  for (const unsigned threads : {2u, 3u}) {
    const ExportView view(graph, iris, threads);
    ASSERT_EQ(view.events().size(), one.events().size());
    for (std::size_t e = 0; e < view.events().size(); ++e) {
      const EventView& a = one.events()[e];
      const EventView& b = view.events()[e];
      ASSERT_EQ(a.event, b.event) << e;
      ASSERT_EQ(a.iri, b.iri) << e;
      ASSERT_EQ(a.subject->id, b.subject->id) << e;
      ASSERT_EQ(a.object->id, b.object->id) << e;
      ASSERT_EQ(a.interval.has_value(), b.interval.has_value()) << e;
      ASSERT_EQ(a.confidence, b.confidence) << e;
      ASSERT_EQ(a.evidence, b.evidence) << e;
      ASSERT_EQ(a.documents, b.documents) << e;
    }
    std::ostringstream facts;
    write_facts(view, facts);
    EXPECT_TRUE(facts.str() == one_facts.str()) << threads << " threads";
  }
  // Each event names the two documents of its two sentences.
  EXPECT_EQ(one.events().front().documents.size(), 2u);
}

}  // namespace
}  // namespace diplograph
