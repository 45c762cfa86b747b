// Google Benchmark micro-benchmarks of the hot stages of `diplograph build`, on the sample
// corpus (tests/corpus): sentence segmentation, tokenisation, lexicon matching, stemming
// (cached and uncached), extraction of one article, and each writer. They say which stage
// a change made faster or slower; whole-process numbers come from run_benchmark.sh.
//
// Not a ctest: timings are not pass/fail. Run:
//   build/benchmark/tests/benchmark/diplograph_micro_benchmarks
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "export/facts_writer.h"
#include "export/iri.h"
#include "export/property_graph/graphml_writer.h"
#include "export/rdf/ntriples_writer.h"
#include "export/rdf/turtle_writer.h"
#include "extract/extractor.h"
#include "lexicon/lexicon.h"
#include "lexicon/stemmer.h"
#include "pipeline/build_pipeline.h"
#include "pipeline/document_reader.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace diplograph {
namespace {

const Lexicon& lexicon() {
  static const Lexicon loaded = Lexicon::load(default_lexicon_directory());
  return loaded;
}

// The sample articles as the pipeline sees them (UTF-8 checked, NFC).
const std::vector<Document>& documents() {
  static const std::vector<Document> loaded = [] {
    std::vector<Diagnostic> problems;
    std::vector<Document> out;
    for (const auto& path : list_text_files(
             {std::filesystem::path(DIPLOGRAPH_SOURCE_DIR) / "tests" / "corpus"}, problems)) {
      Diagnostic problem;
      if (auto document = read_text_document(path, ReadOptions{}, problem))
        out.push_back(std::move(*document));
    }
    if (out.empty()) throw std::runtime_error("no sample articles under tests/corpus");
    return out;
  }();
  return loaded;
}

std::size_t corpus_bytes() {
  std::size_t bytes = 0;
  for (const Document& document : documents()) bytes += document.text.size();
  return bytes;
}

// Every sentence of every sample with its tokens, as the extractor would build them.
struct Tokenised {
  std::vector<std::vector<Token>> sentences;
  std::vector<std::string> words;  // every case-folded word token, in text order
};

const Tokenised& tokenised() {
  static const Tokenised built = [] {
    Tokenised out;
    for (const Document& document : documents())
      for (const Sentence& sentence :
           split_sentences(document.text, lexicon().boilerplate(), lexicon().sentence_rules())) {
        out.sentences.push_back(tokenize(document.text, sentence.span));
        for (const Token& token : out.sentences.back())
          if (token.is_word()) out.words.push_back(token.folded);
      }
    return out;
  }();
  return built;
}

// The graph of the sample corpus, built once for the writer benchmarks.
const KnowledgeGraph& sample_graph() {
  static const BuildResult built =
      build_graph_from_documents(lexicon(), documents(), BuildOptions{});
  return built.graph;
}

void SentenceSegmentation(benchmark::State& state) {
  for (auto _ : state)
    for (const Document& document : documents())
      benchmark::DoNotOptimize(
          split_sentences(document.text, lexicon().boilerplate(), lexicon().sentence_rules()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes()));
}
BENCHMARK(SentenceSegmentation)->Unit(benchmark::kMicrosecond);

void Tokenisation(benchmark::State& state) {
  // Sentences are found outside the loop: this measures tokenize() alone.
  std::vector<std::pair<const Document*, Span>> spans;
  for (const Document& document : documents())
    for (const Sentence& sentence :
         split_sentences(document.text, lexicon().boilerplate(), lexicon().sentence_rules()))
      spans.emplace_back(&document, sentence.span);
  for (auto _ : state)
    for (const auto& [document, span] : spans)
      benchmark::DoNotOptimize(tokenize(document->text, span));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes()));
}
BENCHMARK(Tokenisation)->Unit(benchmark::kMicrosecond);

// Longest-match lookup of the state/organisation gazetteer at every token, which is what
// mention finding does.
void LexiconMatching(benchmark::State& state) {
  const PhraseIndex& index = lexicon().actor_names();
  std::size_t tokens = 0;
  for (const auto& sentence : tokenised().sentences) tokens += sentence.size();
  for (auto _ : state)
    for (const auto& sentence : tokenised().sentences)
      for (std::size_t i = 0; i < sentence.size(); ++i)
        benchmark::DoNotOptimize(index.longest_at(sentence, i));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
}
BENCHMARK(LexiconMatching)->Unit(benchmark::kMicrosecond);

// Every word of the samples through a warm cache: the steady state of a long build.
void StemmingCached(benchmark::State& state) {
  Stemmer stemmer(default_hunspell_dictionary());
  for (const std::string& word : tokenised().words) stemmer.stems(word);
  for (auto _ : state)
    for (const std::string& word : tokenised().words) benchmark::DoNotOptimize(stemmer.stems(word));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokenised().words.size()));
}
BENCHMARK(StemmingCached)->Unit(benchmark::kMicrosecond);

// Every word of the samples through a fresh Stemmer: distinct words cost a Hunspell call,
// repeats within the samples hit the cache. Loading the dictionary is not timed.
void StemmingUncached(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    auto stemmer = std::make_unique<Stemmer>(default_hunspell_dictionary());
    state.ResumeTiming();
    for (const std::string& word : tokenised().words)
      benchmark::DoNotOptimize(stemmer->stems(word));
    state.PauseTiming();
    stemmer.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokenised().words.size()));
}
// Each iteration loads a dictionary untimed; a fixed count keeps the wall time bounded.
BENCHMARK(StemmingUncached)->Unit(benchmark::kMicrosecond)->Iterations(20);

// What one worker does per document (sentences, tokens, mentions, dates, relations), with
// the stemmer cache warm as it is after the first few documents of a build.
void ExtractArticle(benchmark::State& state) {
  const Extractor extractor(lexicon());
  Stemmer stemmer(default_hunspell_dictionary());
  const Document& document = documents()[static_cast<std::size_t>(state.range(0))];
  extractor.extract(document, stemmer);
  for (auto _ : state) benchmark::DoNotOptimize(extractor.extract(document, stemmer));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * document.text.size()));
  state.SetLabel(document.meta.id);
}
BENCHMARK(ExtractArticle)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

// A writer into memory, so the numbers are the writer's and not the disk's.
template <typename Write>
void time_writer(benchmark::State& state, Write write) {
  const IriScheme iris;
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::ostringstream out;
    write(sample_graph(), iris, out);
    bytes = out.str().size();
    benchmark::DoNotOptimize(bytes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

// The writers' overloads taking the graph (each builds its own export view).
using GraphWriter = void (*)(const KnowledgeGraph&, const IriScheme&, std::ostream&);

void WriteFacts(benchmark::State& state) {
  time_writer(state, static_cast<GraphWriter>(write_facts));
}
void WriteTurtle(benchmark::State& state) { time_writer(state, write_turtle); }
void WriteNTriples(benchmark::State& state) { time_writer(state, write_ntriples); }
void WriteGraphml(benchmark::State& state) {
  time_writer(state, static_cast<GraphWriter>(property_graph::write_graphml));
}
BENCHMARK(WriteFacts)->Unit(benchmark::kMicrosecond);
BENCHMARK(WriteTurtle)->Unit(benchmark::kMicrosecond);
BENCHMARK(WriteNTriples)->Unit(benchmark::kMicrosecond);
BENCHMARK(WriteGraphml)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace diplograph

BENCHMARK_MAIN();
