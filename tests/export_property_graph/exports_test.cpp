// End-to-end tests of write_property_graph_exports on the hostile hand-built graph: the files
// are written for real and read back by the real readers (xmllint with the GraphML XSD and
// the GEXF RelaxNG schema, networkx, igraph, graphology-graphml, kuzu, Graphviz).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <span>
#include <sstream>

#include "export/property_graph/dot_writer.h"
#include "export/property_graph/neo4j_csv_files.h"
#include "export/property_graph/property_graph_exports.h"
#include "export/property_graph/property_schema.h"
#include "export/property_graph/xml_document.h"
#include "hostile_graph.h"
#include "reader.h"

namespace diplograph::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::vector<std::string> kFiles = {"graph.graphml",
                                         "graph.gexf",
                                         "graph.dot",
                                         "neo4j/actors.csv",
                                         "neo4j/events.csv",
                                         "neo4j/documents.csv",
                                         "neo4j/event_participants.csv",
                                         "neo4j/actor_relations.csv",
                                         "neo4j/event_mentions.csv",
                                         "neo4j/import.cypher"};

class PropertyGraphExports : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("diplograph-pg");
    write_property_graph_exports(hostile_graph(), IriScheme{}, dir_->path());
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static fs::path file(const std::string& name) { return dir_->path() / name; }

  static std::unique_ptr<TempDir> dir_;
};
std::unique_ptr<TempDir> PropertyGraphExports::dir_;

const json& edge_between(const json& edges, const std::string& source, const std::string& target,
                         const std::string& label) {
  for (const json& edge : edges)
    if (edge[0] == source && edge[1] == target && edge.back()["label"] == label) return edge.back();
  throw std::runtime_error("no edge " + source + " -" + label + "-> " + target);
}

TEST_F(PropertyGraphExports, WritesEveryFileAndNoTemporaryFile) {
  for (const std::string& name : kFiles) EXPECT_TRUE(fs::is_regular_file(file(name))) << name;
  for (const auto& entry : fs::recursive_directory_iterator(dir_->path()))
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
}

TEST_F(PropertyGraphExports, IsByteForByteDeterministic) {
  TempDir again("diplograph-pg-again");
  write_property_graph_exports(hostile_graph(), IriScheme{}, again.path());
  for (const std::string& name : kFiles)
    EXPECT_EQ(read_text(file(name)), read_text(again.path() / name)) << name;
}

TEST_F(PropertyGraphExports, GraphmlValidatesAgainstTheGraphmlSchema) {
  const ReaderRun result = run(xmllint_graphml(file("graph.graphml")));
  EXPECT_EQ(result.status, 0) << result.output;
}

TEST_F(PropertyGraphExports, GraphmlFollowsApocAndGephiRules) {
  const std::string text = read_text(file("graph.graphml"));
  // Every key: an APOC-safe type, never for="graph", never named id.
  const std::regex key_re(
      R"re(<key id="([^"]+)" for="([^"]+)" attr.name="([^"]+)" attr.type="([^"]+)"/>)re");
  int keys = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), key_re);
       it != std::sregex_iterator(); ++it, ++keys) {
    const std::set<std::string> safe = {"boolean", "int", "long", "float", "double", "string"};
    EXPECT_TRUE(safe.contains((*it)[4].str())) << (*it)[0];
    EXPECT_NE((*it)[2].str(), "graph");
    EXPECT_NE((*it)[3].str(), "id");
    EXPECT_NE((*it)[1].str(), "id");
  }
  EXPECT_GE(keys, 20);
  EXPECT_NE(text.find(R"(<key id="labels" for="node")"), std::string::npos);
  EXPECT_NE(text.find(R"(<key id="label" for="edge" attr.name="label")"), std::string::npos);
  // APOC reads the relationship type only from a first child with key "label".
  const std::regex edge_re(R"re(<edge [^>]*>\s*<data key="([^"]+)">)re");
  int edges = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), edge_re);
       it != std::sregex_iterator(); ++it, ++edges)
    EXPECT_EQ((*it)[1].str(), "label");
  EXPECT_EQ(edges, 6);
  // Nodes before edges.
  EXPECT_LT(text.rfind("<node "), text.find("<edge "));
  // Escaped, and cleaned of what XML 1.0 cannot carry.
  EXPECT_NE(text.find("&quot;Bad&quot; &lt;Org&gt; &amp; 'Co' linetwo evil"), std::string::npos);
  EXPECT_EQ(text.find("\xe2\x80\xae"), std::string::npos);
}

TEST_F(PropertyGraphExports, NetworkxReadsGraphmlWithTypedAttributes) {
  const json g = run_json(python_reader("graphml_networkx.py", file("graph.graphml")));
  EXPECT_TRUE(g["directed"].get<bool>());
  ASSERT_EQ(g["nodes"].size(), 6u);
  ASSERT_EQ(g["edges"].size(), 6u);
  const json& nk = g["nodes"]["north-korea"];
  EXPECT_EQ(nk["labels"], ":State:Actor");
  EXPECT_EQ(nk["label"], "Korea Utara");
  EXPECT_EQ(nk["type"], "State");
  EXPECT_EQ(nk["iso3"], "PRK");
  EXPECT_EQ(nk["wikidata"], "http://www.wikidata.org/entity/Q423");
  EXPECT_EQ(nk["r"], 31);
  EXPECT_EQ(nk["degree"], 4);
  EXPECT_EQ(nk["aliases"], "Korut; North Korea; semi;colon");
  EXPECT_EQ(g["nodes"]["kim-jong-un"]["labels"], ":Person:Actor");
  const json& evil = g["nodes"]["evil-org"];
  EXPECT_EQ(evil["label"], hostile_label_cleaned());
  EXPECT_NE(evil["aliases"].get<std::string>().find(kCypherInjection), std::string::npos);
  EXPECT_NE(evil["aliases"].get<std::string>().find(kFormula), std::string::npos);

  const json& visit = edge_between(g["edges"], "russia", "north-korea", "VISITED");
  EXPECT_EQ(visit["weight"], 2);
  EXPECT_EQ(visit["date"], "2024-04-23");
  EXPECT_EQ(visit["date_precision"], "day");
  EXPECT_DOUBLE_EQ(visit["confidence"].get<double>(), 0.9);
  EXPECT_EQ(visit["evidence"], "Delegasi Rusia tiba di Pyongyang.");
  EXPECT_EQ(visit["factual"], true);
  const json& planned = edge_between(g["edges"], "kim-jong-un", "russia", "VISITED");
  EXPECT_EQ(planned["modality"], "planned");
  EXPECT_EQ(planned["factual"], false);
  EXPECT_FALSE(planned.contains("date"));
  const json& accuse = edge_between(g["edges"], "evil-org", "north-korea", "ACCUSED");
  EXPECT_EQ(accuse["evidence"], "=cmd|' /C calc'!A0 <script>&amp;");
  EXPECT_EQ(accuse["documents"], "doc,\"2\".txt");
  EXPECT_EQ(edge_between(g["edges"], "kim-jong-un", "north-korea", "AFFILIATED_WITH")["office"],
            "Pemimpin Tertinggi");
}

TEST_F(PropertyGraphExports, IgraphReadsGraphmlWithoutIdClash) {
  const json g = run_json(python_reader("graphml_igraph.py", file("graph.graphml")));
  ASSERT_EQ(g["nodes"].size(), 6u);
  ASSERT_EQ(g["edges"].size(), 6u);
  EXPECT_EQ(g["nodes"]["china"]["iso3"], "CHN");
  EXPECT_EQ(g["nodes"]["china"]["label"], "China");
  const auto& vertex_attributes = g["vertex_attributes"];
  EXPECT_EQ(std::count(vertex_attributes.begin(), vertex_attributes.end(), "id"), 1);
  EXPECT_EQ(edge_between(g["edges"], "vladimir-putin", "kim-jong-un", "MET")["date"], "2024");
}

TEST_F(PropertyGraphExports, GraphologyReadsGraphmlAndFoldsColours) {
  const json g = run_json(node_reader("graphml_graphology.js", file("graph.graphml")));
  EXPECT_EQ(g["order"], 6);
  EXPECT_EQ(g["size"], 6);
  EXPECT_EQ(g["nodes"]["north-korea"]["color"], "#1f77b4");
  EXPECT_EQ(g["nodes"]["vladimir-putin"]["color"], "#ff7f0e");
  EXPECT_EQ(g["nodes"]["evil-org"]["label"], hostile_label_cleaned());
  int visits = 0;
  for (const json& edge : g["edges"])
    if (edge["attributes"]["label"] == "VISITED" && edge["target"] == "north-korea") ++visits;
  EXPECT_EQ(visits, 2);
}

TEST_F(PropertyGraphExports, GexfValidatesAgainstTheRelaxNgSchema) {
  const ReaderRun result = run(xmllint_gexf(file("graph.gexf")));
  EXPECT_EQ(result.status, 0) << result.output;
}

TEST_F(PropertyGraphExports, GexfIsADynamicGraphWithKindsAndFullDates) {
  const json g = run_json(python_reader("gexf_summary.py", file("graph.gexf")));
  EXPECT_EQ(g["mode"], "dynamic");
  EXPECT_EQ(g["timeformat"], "date");
  ASSERT_EQ(g["nodes"].size(), 6u);
  ASSERT_EQ(g["edges"].size(), 6u);
  EXPECT_EQ(g["nodes"]["north-korea"]["color"], json::array({31, 119, 180}));
  EXPECT_GT(g["nodes"]["north-korea"]["size"].get<double>(),
            g["nodes"]["china"]["size"].get<double>());
  EXPECT_EQ(g["nodes"]["north-korea"]["attributes"]["iso3"], "PRK");
  EXPECT_EQ(g["nodes"]["evil-org"]["label"], hostile_label_cleaned());
  std::map<std::string, json> by_pair;
  for (const json& edge : g["edges"])
    by_pair[edge["source"].get<std::string>() + ">" + edge["kind"].get<std::string>() + ">" +
            edge["target"].get<std::string>()] = edge;
  const json& day = by_pair.at("russia>visit>north-korea");
  EXPECT_EQ(day["start"], "2024-04-23");
  EXPECT_EQ(day["end"], "2024-04-23");
  EXPECT_EQ(day["weight"], 2.0);
  EXPECT_EQ(day["label"], "VISITED");
  const json& month = by_pair.at("china>visit>north-korea");
  EXPECT_EQ(month["start"], "2019-06-01");
  EXPECT_EQ(month["end"], "2019-06-30");
  EXPECT_EQ(month["attributes"]["date"], "2019-06");
  EXPECT_EQ(month["attributes"]["date_precision"], "month");
  const json& year = by_pair.at("vladimir-putin>meet>kim-jong-un");
  EXPECT_EQ(year["type"], "undirected");
  EXPECT_EQ(year["start"], "2024-01-01");
  EXPECT_EQ(year["end"], "2024-12-31");
  const json& undated = by_pair.at("kim-jong-un>visit>russia");
  EXPECT_TRUE(undated["start"].is_null());
  EXPECT_TRUE(undated["end"].is_null());
  EXPECT_EQ(undated["attributes"]["factual"], "false");
  EXPECT_EQ(by_pair.at("russia>visit>north-korea")["type"], "directed");
}

// One record per line is the CSV contract with neo4j-admin: rows = lines - 1.
TEST_F(PropertyGraphExports, CsvFilesHaveOneLinePerRecordAndNoControlCharacters) {
  const std::map<std::string, std::size_t> rows = {
      {"neo4j/actors.csv", 6},          {"neo4j/events.csv", 6},
      {"neo4j/documents.csv", 2},       {"neo4j/event_participants.csv", 12},
      {"neo4j/actor_relations.csv", 6}, {"neo4j/event_mentions.csv", 7}};
  for (const auto& [name, count] : rows) {
    const std::string text = read_text(file(name));
    EXPECT_EQ(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')), count + 1)
        << name;
    for (const char ch : text)
      EXPECT_FALSE(static_cast<unsigned char>(ch) < 0x20 && ch != '\n') << name;
    std::size_t at = 0;
    while ((at = text.find('\n', at)) != std::string::npos && ++at < text.size()) {
      const char first = text[at];
      EXPECT_TRUE(first != '=' && first != '+' && first != '-' && first != '@') << name;
    }
  }
}

TEST_F(PropertyGraphExports, CsvGuardsFormulasAndQuotesTheRfc4180Way) {
  const std::string actors = read_text(file("neo4j/actors.csv"));
  EXPECT_EQ(actors.substr(0, actors.find('\n')),
            "iri:ID(Actor),:LABEL,key,name,name_en,pref_labels:string[],type,iso3,wikidata,aliases:"
            "string[],documents:string[],degree:int");
  EXPECT_NE(actors.find("'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")"),
            std::string::npos);
  EXPECT_NE(actors.find(",State;Actor,north-korea,Korea Utara,North Korea,en=North Korea;id=Korea "
                        "Utara,State,PRK,"),
            std::string::npos);
  EXPECT_NE(actors.find("Korut;North Korea;semi,colon"), std::string::npos);
  const std::string events = read_text(file("neo4j/events.csv"));
  EXPECT_NE(events.find(",'=cmd|' /C calc'!A0 <script>&amp;,"), std::string::npos);
  EXPECT_NE(events.find(",2019-06,month,2019-06-01,2019-06-30,asserted,true,"), std::string::npos);
  const std::string documents = read_text(file("neo4j/documents.csv"));
  EXPECT_NE(documents.find(",\"doc,\"\"2\"\".txt\",\"'=HYPERLINK("), std::string::npos);
  EXPECT_NE(documents.find(",2024-04-23,2024-04-23,https://news.example/a?b=1&c=2,"),
            std::string::npos);
}

TEST_F(PropertyGraphExports, KuzuLoadsTheNeo4jCsvsAndAnswersCypher) {
  const json k = run_json(node_reader("kuzu_load.js", file("neo4j")));
  EXPECT_EQ(
      k["counts"],
      json::parse(
          R"({"actors":6,"events":6,"documents":2,"participants":12,"relations":6,"mentions":7})"));
  EXPECT_EQ(k["visited_north_korea"], json::array({"china", "russia"}));
  EXPECT_EQ(k["visited_north_korea_via_events"], json::array({"china", "russia"}));
  EXPECT_EQ(k["kim_jong_un_met"], json::array({"vladimir-putin"}));
  std::map<std::string, json> actors;
  for (const json& actor : k["actors"]) actors[actor["key"]] = actor;
  EXPECT_EQ(actors.at("evil-org")["name"], hostile_label_cleaned());
  EXPECT_EQ(actors.at("north-korea")["labels"], "State;Actor");
  EXPECT_EQ(actors.at("north-korea")["degree"], 4);
  std::map<std::string, json> events;
  for (const json& event : k["events"])
    events[event["subject"].get<std::string>() + ">" + event["object"].get<std::string>()] = event;
  EXPECT_EQ(events.at("china>north-korea")["date_from"], "2019-06-01");
  EXPECT_EQ(events.at("china>north-korea")["date_to"], "2019-06-30");
  EXPECT_EQ(events.at("russia>north-korea")["mentions"], 2);
  EXPECT_TRUE(events.at("kim-jong-un>russia")["date_from"].is_null());
  EXPECT_EQ(events.at("kim-jong-un>russia")["factual"], false);
  EXPECT_EQ(events.at("evil-org>north-korea")["evidence"], "'=cmd|' /C calc'!A0 <script>&amp;");
  std::set<std::string> document_ids;
  for (const json& document : k["documents"]) document_ids.insert(document["id"]);
  EXPECT_EQ(document_ids, (std::set<std::string>{"001_news.txt", "doc,\"2\".txt"}));
}

// import.cypher cannot run here (no Neo4j); check its structure: constraints first with IF NOT
// EXISTS, writes only through MERGE/SET, and every column it reads exists in the file it loads.
TEST_F(PropertyGraphExports, ImportCypherIsIdempotentAndReadsOnlyExistingColumns) {
  const std::string script = read_text(file("neo4j/import.cypher"));
  const std::regex constraint_re(
      R"(CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \((\w):(\w+)\) REQUIRE \1\.iri IS UNIQUE;)");
  EXPECT_EQ(std::distance(std::sregex_iterator(script.begin(), script.end(), constraint_re),
                          std::sregex_iterator()),
            3);
  std::size_t creates = 0;
  for (std::size_t at = script.find("CREATE "); at != std::string::npos;
       at = script.find("CREATE ", at + 1))
    ++creates;
  EXPECT_EQ(creates, 3u) << "only the constraints may CREATE; everything else MERGEs";
  EXPECT_EQ(script.find("DELETE"), std::string::npos);

  std::size_t statements = 0, merges = 0;
  std::size_t begin = script.find("LOAD CSV");
  while (begin != std::string::npos) {
    const std::size_t end = script.find(';', begin);
    ASSERT_NE(end, std::string::npos);
    const std::string statement = script.substr(begin, end - begin);
    ++statements;
    if (statement.find("MERGE ") != std::string::npos) ++merges;
    std::smatch file_match;
    ASSERT_TRUE(std::regex_search(statement, file_match, std::regex(R"('file:///([\w.]+)')")));
    const std::string csv = read_text(file("neo4j/" + file_match[1].str()));
    std::set<std::string> columns;
    std::string header = csv.substr(0, csv.find('\n'));
    for (std::size_t start = 0, comma; start <= header.size(); start = comma + 1) {
      comma = header.find(',', start);
      if (comma == std::string::npos) comma = header.size();
      columns.insert(header.substr(start, comma - start));
    }
    const std::regex column_re(R"(row\.(?:`([^`]+)`|(\w+)))");
    for (auto it = std::sregex_iterator(statement.begin(), statement.end(), column_re);
         it != std::sregex_iterator(); ++it) {
      const std::string column = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
      EXPECT_TRUE(columns.contains(column)) << file_match[1] << " has no column " << column;
    }
    begin = script.find("LOAD CSV", end);
  }
  EXPECT_EQ(statements,
            3u + 2u + 12u + 1u);  // nodes, participant roles, relationship types, mentions
  EXPECT_EQ(merges, statements);
}

// The property schema is what every writer declares and writes: each property shows up in
// GraphML's keys, GEXF's attributes, the CSV headers and import.cypher's SET lines where the
// schema says it belongs, and nowhere a format leaves it out.
template <class Row>
void expect_declared(std::span<const property_graph::Property<Row>> properties,
                     const std::string& domain, const std::string& graphml,
                     const std::string& gexf) {
  using namespace property_graph;
  for (const Property<Row>& p : properties) {
    const std::string key = "<key id=\"" + std::string(p.graphml_id) + "\" for=\"" + domain +
                            "\" attr.name=\"" + std::string(p.graphml_name) + "\" attr.type=\"" +
                            std::string(graphml_type(p.type)) + "\"/>";
    EXPECT_EQ(graphml.find(key) != std::string::npos, !p.graphml_id.empty()) << key;
    const std::string attribute = "<attribute id=\"" + std::string(p.gexf_id) + "\" title=\"" +
                                  std::string(p.gexf_id) + "\" type=\"" +
                                  std::string(gexf_type(p.type)) + "\"/>";
    EXPECT_EQ(gexf.find(attribute) != std::string::npos, !p.gexf_id.empty()) << attribute;
  }
}

template <class Row>
void expect_in_neo4j(std::span<const property_graph::Property<Row>> properties,
                     property_graph::Neo4jPlace place, const std::string& csv,
                     const std::string& variable, const std::string& cypher) {
  using namespace property_graph;
  const std::string header = "," + csv.substr(0, csv.find('\n')) + ",";
  for (const Property<Row>& p : properties) {
    const bool there = (p.neo4j & place) != 0;
    // Appended piece by piece: GCC 12 -O3 reports a false -Wrestrict on "," + string&&.
    std::string column = ",";
    column += csv_header(p.name, p.type);
    column += ",";
    EXPECT_EQ(header.find(column) != std::string::npos, there) << column << " in " << header;
    const std::string set =
        variable + "." + std::string(p.name) + " = " + cypher_read(p.name, p.type);
    if (there) {
      EXPECT_NE(cypher.find(set), std::string::npos) << set;
    }
  }
}

TEST_F(PropertyGraphExports, EveryFormatCarriesThePropertiesOfTheSchema) {
  using namespace property_graph;
  const std::string graphml = read_text(file("graph.graphml"));
  const std::string gexf = read_text(file("graph.gexf"));
  expect_declared(actor_properties(), "node", graphml, gexf);
  expect_declared(event_properties(), "edge", graphml, gexf);
  const std::string cypher = read_text(file("neo4j/import.cypher"));
  expect_in_neo4j(actor_properties(), kOnNode, read_text(file("neo4j/actors.csv")), "a", cypher);
  expect_in_neo4j(event_properties(), kOnNode, read_text(file("neo4j/events.csv")), "e", cypher);
  expect_in_neo4j(event_properties(), kOnShortcut, read_text(file("neo4j/actor_relations.csv")),
                  "r", cypher);
  expect_in_neo4j(document_properties(), kOnNode, read_text(file("neo4j/documents.csv")), "d",
                  cypher);
  // A property the schema keeps out of Neo4j never becomes a column: the IRI is the :ID.
  EXPECT_EQ(read_text(file("neo4j/actors.csv")).find(",iri,"), std::string::npos);
}

TEST_F(PropertyGraphExports, GraphvizRendersTheDotFile) {
  const ReaderRun result =
      run(shell_quote(PG_DOT) + " -Tsvg -o /dev/null " + shell_quote(file("graph.dot")));
  EXPECT_EQ(result.status, 0) << result.output;
  const std::string dot = read_text(file("graph.dot"));
  EXPECT_NE(dot.find("\"evil-org\" [label=\"\\\"Bad\\\" <Org> & 'Co' linetwo evil\""),
            std::string::npos);
  EXPECT_NE(dot.find("\"kim-jong-un\" -> \"russia\" [label=\"VISITED\", style=dashed]"),
            std::string::npos);
}

}  // namespace
}  // namespace diplograph::test

namespace diplograph::test {
namespace {

// Graphviz refuses quoted strings over its buffer (16 KB): a 20 KB name and key are cut in
// graph.dot, and two long keys sharing their prefix stay two nodes.
TEST(DotLimits, GraphvizReadsAGraphWithTwentyKilobyteNames) {
  KnowledgeGraph graph;
  std::vector<std::string> keys;
  for (const char last : {'a', 'b'}) {
    ActorVertex actor;
    actor.key = std::string(20000, 'k') + last;
    actor.type = ActorType::Organization;
    actor.label = std::string(10000, 'x') + "\xC3\xA9" + std::string(10000, 'y');
    actor.names = {actor.label};
    graph.add_actor(actor);
    keys.push_back(actor.key);
  }
  RelationEdge event;
  event.type = RelationType::meet;
  event.subject = keys[0];
  event.object = keys[1];
  event.mentions = {Mention{"a.txt", {0, 5}, {0, 1}, "satu.", 0.9}};
  graph.add_event(event);
  TempDir dir("diplograph-dot");
  const fs::path path = dir.path() / "graph.dot";
  {
    std::ofstream out(path);
    property_graph::write_dot(graph, out);
  }
  const ReaderRun result = run(shell_quote(PG_DOT) + " -Tplain " + shell_quote(path.string()));
  ASSERT_EQ(result.status, 0) << result.output.substr(0, 2000);
  std::size_t nodes = 0;
  std::istringstream lines(result.output);
  for (std::string line; std::getline(lines, line);) nodes += line.starts_with("node ");
  EXPECT_EQ(nodes, 2u);
}

}  // namespace
}  // namespace diplograph::test

namespace diplograph::test {
namespace {

// A merged or hand-built graph may name documents it has no record of, in a mention or in an
// actor's documents: each still gets one node in documents.csv, in id order among the
// recorded ones, so that the relationship files never point at a missing node.
TEST(Neo4jDocuments, DocumentsNamedOnlyByMentionsOrActorsGetANodeInIdOrder) {
  KnowledgeGraph graph;
  DocumentRecord recorded;
  recorded.meta.id = "b-recorded.txt";
  recorded.meta.title = "Recorded";
  graph.add_document(recorded);
  for (const char* key : {"china", "russia"}) {
    ActorVertex actor;
    actor.key = key;
    actor.type = ActorType::State;
    actor.label = key;
    actor.names = {actor.label};
    if (actor.key == "china") actor.documents = {"b-recorded.txt", "d-actor-only.txt"};
    graph.add_actor(actor);
  }
  RelationEdge event;
  event.type = RelationType::meet;
  event.subject = "china";
  event.object = "russia";
  event.mentions = {Mention{"c-mention-only.txt", {0, 5}, {0, 1}, "satu.", 0.9},
                    Mention{"a-mention-only.txt", {0, 5}, {0, 1}, "dua.", 0.8},
                    Mention{"b-recorded.txt", {0, 5}, {0, 1}, "tiga.", 0.7}};
  graph.add_event(event);
  std::ostringstream out;
  property_graph::write_documents_csv(graph, IriScheme{}, out);
  std::vector<std::string> ids;
  std::istringstream lines(out.str());
  std::string line;
  std::getline(lines, line);  // the header
  while (std::getline(lines, line)) {
    const std::size_t slash = line.find("/document/");
    ASSERT_NE(slash, std::string::npos) << line;
    ids.push_back(line.substr(slash + 10, line.find(',') - slash - 10));
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a-mention-only.txt", "b-recorded.txt",
                                           "c-mention-only.txt", "d-actor-only.txt"}));
  EXPECT_NE(out.str().find("Recorded"), std::string::npos);
}

}  // namespace
}  // namespace diplograph::test

namespace diplograph::test {
namespace {

// A failed stream is reported by the exception, never printed on stderr by the library.
TEST(XmlDocumentErrors, AFailedStreamIsThrownNotPrinted) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  testing::internal::CaptureStderr();
  std::string message;
  try {
    property_graph::XmlDocument document(out);
    document.start("graph");
    for (int i = 0; i < 2000; ++i) document.text_element("node", "a fairly long piece of text");
    document.finish();
  } catch (const std::runtime_error& error) {
    message = error.what();
  }
  const std::string printed = testing::internal::GetCapturedStderr();
  EXPECT_EQ(printed, "");
  EXPECT_NE(message.find("the output stream failed"), std::string::npos) << message;
}

}  // namespace
}  // namespace diplograph::test
