#include "pipeline/build_pipeline.h"

#include <atomic>
#include <optional>
#include <thread>

#include "extract/extractor.h"
#include "lexicon/stemmer.h"
#include "resolve/resolver.h"

namespace diplograph {
namespace {

// One input's outcome: a resolved document or the reason it was skipped.
struct Outcome {
  std::optional<ResolvedDocument> document;
  std::optional<Diagnostic> problem;
};

template <typename Load>
BuildResult run(const Lexicon& lexicon, std::size_t count, const BuildOptions& options, Load load,
                const std::function<void(std::size_t, std::size_t)>& progress) {
  const Extractor extractor(lexicon);
  const Resolver resolver(lexicon);
  std::vector<Outcome> outcomes(count);
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  const unsigned workers = std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
  std::vector<std::exception_ptr> failures(workers);
  auto work = [&](unsigned worker) {
    try {
      Stemmer stemmer(options.hunspell_dictionary.empty() ? default_hunspell_dictionary()
                                                          : options.hunspell_dictionary);
      for (std::size_t i = next++; i < count; i = next++) {
        Diagnostic problem;
        std::optional<Document> document = load(i, problem);
        if (document) {
          outcomes[i].document = resolver.resolve(extractor.extract(*document, stemmer));
        } else {
          outcomes[i].problem = problem;
        }
        if (progress) progress(++done, count);
      }
    } catch (...) {
      failures[worker] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < workers; ++w) threads.emplace_back(work, w);
  work(0);
  for (auto& thread : threads) thread.join();
  for (auto& failure : failures)
    if (failure) std::rethrow_exception(failure);

  BuildResult result;
  for (Outcome& outcome : outcomes) {
    if (outcome.problem) {
      result.diagnostics.push_back(*outcome.problem);
      ++result.documents_skipped;
      continue;
    }
    ResolvedDocument& document = *outcome.document;
    ++result.documents_read;
    result.graph.add_document(document.record);
    for (const ActorVertex& actor : document.actors) result.graph.add_actor(actor);
    for (const RelationEdge& event : document.events) result.graph.add_event(event);
  }
  return result;
}

}  // namespace

BuildResult build_graph(const Lexicon& lexicon, const std::vector<std::filesystem::path>& inputs,
                        const BuildOptions& options, const std::function<void(std::size_t, std::size_t)>& progress) {
  std::vector<Diagnostic> listing_problems;
  const auto files = list_text_files(inputs, listing_problems);
  BuildResult result = run(
      lexicon, files.size(), options,
      [&](std::size_t i, Diagnostic& problem) { return read_text_document(files[i], options.read, problem); },
      progress);
  result.diagnostics.insert(result.diagnostics.begin(), listing_problems.begin(), listing_problems.end());
  result.documents_skipped += listing_problems.size();
  return result;
}

BuildResult build_graph_from_documents(const Lexicon& lexicon, std::vector<Document> documents,
                                       const BuildOptions& options) {
  return run(
      lexicon, documents.size(), options,
      [&](std::size_t i, Diagnostic&) { return std::optional<Document>(std::move(documents[i])); }, {});
}

}  // namespace diplograph
