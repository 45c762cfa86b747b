#include "pipeline/build_pipeline.h"

#include <atomic>
#include <memory>
#include <map>
#include <mutex>
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
  std::optional<Diagnostic> warning;
};

// "file" or "file:line": where an input was read.
std::string place(const Diagnostic& where) {
  return where.line ? where.file + ":" + std::to_string(where.line) : where.file;
}

// `load(i, problem, warning)` reads input i; `origin(i)` names it in a diagnostic.
// Documents are read, extracted and folded into the graph one window at a time, so the
// memory a build needs grows with the graph, not with the corpus: a window's texts and
// extractions are gone once it is folded. Folding in input order keeps the graph
// independent of the number of threads.
template <typename Load, typename Origin>
BuildResult run(const Lexicon& lexicon, std::size_t count, const BuildOptions& options, Load load,
                Origin origin, const std::function<void(std::size_t, std::size_t)>& progress) {
  const Extractor extractor(lexicon);
  const Resolver resolver(lexicon);
  const unsigned workers = std::max(
      1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
  // One stemmer per worker for the whole run: loading Hunspell is the costly part.
  std::vector<std::unique_ptr<Stemmer>> stemmers;
  for (unsigned w = 0; w < workers; ++w)
    stemmers.push_back(std::make_unique<Stemmer>(options.hunspell_dictionary.empty()
                                                     ? default_hunspell_dictionary()
                                                     : options.hunspell_dictionary));
  const std::size_t window = std::max<std::size_t>(options.documents_per_window, workers);
  std::size_t done = 0;
  std::mutex progress_mutex;
  BuildResult result;
  std::map<std::string, std::size_t> first_read;  // document id -> index of its input

  for (std::size_t begin = 0; begin < count; begin += window) {
    const std::size_t end = std::min(count, begin + window);
    std::vector<Outcome> outcomes(end - begin);
    std::atomic<std::size_t> next{begin};
    std::vector<std::exception_ptr> failures(workers);
    auto work = [&](unsigned worker) {
      try {
        for (std::size_t i = next++; i < end; i = next++) {
          Outcome& outcome = outcomes[i - begin];
          Diagnostic problem;
          std::optional<Document> document = load(i, problem, outcome.warning);
          if (document) {
            try {
              outcome.document = resolver.resolve(extractor.extract(*document, *stemmers[worker]));
            } catch (const std::exception& error) {
              // A fault in extraction loses this document, never the batch; the message
              // names the document so the fault can be reproduced.
              outcome.problem = origin(i);
              outcome.problem->message =
                  std::string("internal error while extracting this document: ") + error.what() + "; skipped";
            }
          } else {
            outcome.problem = problem;
          }
          if (progress) {
            const std::lock_guard lock(progress_mutex);
            progress(++done, count);
          }
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

    for (std::size_t i = begin; i < end; ++i) {
      Outcome& outcome = outcomes[i - begin];
      if (outcome.warning) result.warnings.push_back(*outcome.warning);
      if (outcome.document) {
        const auto [first, fresh] = first_read.emplace(outcome.document->record.meta.id, i);
        if (!fresh) {
          outcome.problem = origin(i);
          outcome.problem->message = "document id \"" + first->first + "\" was already read from " +
                                     place(origin(first->second)) + "; skipped";
        }
      }
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
  }
  return result;
}

}  // namespace

BuildResult build_graph(const Lexicon& lexicon, const std::vector<std::filesystem::path>& inputs,
                        const BuildOptions& options,
                        const std::function<void(std::size_t, std::size_t)>& progress) {
  std::vector<Diagnostic> listing_problems;
  std::vector<InputItem> items =
      list_inputs(inputs, options.stdin_format, options.standard_input, listing_problems);
  BuildResult result = run(
      lexicon, items.size(), options,
      [&](std::size_t i, Diagnostic& problem, std::optional<Diagnostic>& warning) {
        auto document = read_input(items[i], options.read, problem, warning);
        // The bytes of a record are not needed once it is a Document: free them early.
        std::string().swap(items[i].bytes);
        return document;
      },
      [&](std::size_t i) {
        const InputItem& item = items[i];
        return Diagnostic{item.path.string(), item.line, 0, Diagnostic::Severity::error, ""};
      },
      progress);
  result.diagnostics.insert(result.diagnostics.begin(), listing_problems.begin(),
                            listing_problems.end());
  result.documents_skipped += listing_problems.size();
  return result;
}

BuildResult build_graph_from_documents(const Lexicon& lexicon, std::vector<Document> documents,
                                       const BuildOptions& options) {
  return run(
      lexicon, documents.size(), options,
      [&](std::size_t i, Diagnostic&, std::optional<Diagnostic>&) {
        return std::optional<Document>(std::move(documents[i]));
      },
      [](std::size_t) {
        return Diagnostic{"(memory)", 0, 0, Diagnostic::Severity::error, ""};
      },
      {});
}

}  // namespace diplograph
