#include "pipeline/build_pipeline.h"

#include <condition_variable>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "extract/document_budget.h"
#include "extract/extractor.h"
#include "lexicon/stemmer.h"
#include "pipeline/language_detector.h"
#include "resolve/resolver.h"

namespace diplograph {
namespace {

// One input's outcome: a resolved document or the reason it was skipped.
struct Outcome {
  std::optional<ResolvedDocument> document;
  std::optional<Diagnostic> problem;
  std::optional<Diagnostic> warning;
  std::vector<Diagnostic> limit_warnings;  // what the document's ExtractionLimits cut
  bool internal_error = false;             // `problem` is a bug in diplograph, not bad input
  std::string language;                    // the tag of the lexicon the document was read with
};

// "file" or "file:line": where an input was read.
std::string place(const Diagnostic& where) {
  return where.line ? where.file + ":" + std::to_string(where.line) : where.file;
}

// Warnings, placed at `origin`, for what the limits cut from a document that was kept.
std::vector<Diagnostic> describe_limits_applied(const DocumentExtraction& extraction,
                                                const ExtractionLimits& limits, Diagnostic origin) {
  std::vector<Diagnostic> out;
  origin.severity = Diagnostic::Severity::warning;
  if (extraction.sentences_cut) {
    origin.message = std::to_string(extraction.sentences_cut) + " sentence(s) longer than " +
                     std::to_string(limits.max_sentence_bytes) +
                     " bytes were read in pieces of at most that size";
    out.push_back(origin);
  }
  if (extraction.group_members_dropped) {
    origin.message = std::to_string(extraction.group_members_dropped) +
                     " actor(s) left out of coordinated lists: a list keeps its first " +
                     std::to_string(kMaxGroupMembers) + " actors";
    out.push_back(origin);
  }
  if (extraction.relations_dropped) {
    origin.message = std::to_string(extraction.relations_dropped) +
                     " relation(s) dropped: a sentence yields at most " +
                     std::to_string(limits.max_relations_per_sentence) + " relations";
    out.push_back(origin);
  }
  return out;
}

std::string stage_name(ExtractionStage stage) {
  switch (stage) {
    case ExtractionStage::sentences:
      return "splitting sentences";
    case ExtractionStage::tokens:
      return "tokenising";
    case ExtractionStage::reference_date:
      return "finding the reference date";
    case ExtractionStage::mentions:
      return "finding actors";
    case ExtractionStage::dates:
      return "finding dates";
    case ExtractionStage::relations:
      return "finding relations";
  }
  return "extracting";
}

// `load(i, problem, warning)` reads input i; `origin(i)` names it in a diagnostic.
// Documents are read, extracted and resolved by `jobs` threads and folded into the graph
// by the calling thread in input order, as soon as the next one in order is done, while the
// others go on extracting. At most `documents_per_window` documents are in flight (read but
// not yet folded), so the memory a build needs grows with the graph, not with the corpus.
// Folding in input order keeps the graph independent of the number of threads. The calling
// thread is one of the `jobs`: when the next document in order is not ready, it extracts
// one itself rather than wait.
template <typename Load, typename Origin>
BuildResult run(const LexiconSet& lexicons, std::size_t count, const BuildOptions& options,
                Load load, Origin origin,
                const std::function<void(std::size_t, std::size_t)>& progress) {
  std::vector<Extractor> extractors;
  std::vector<Resolver> resolvers;
  for (std::size_t l = 0; l < lexicons.size(); ++l) {
    extractors.emplace_back(lexicons.at(l), options.limits);
    resolvers.emplace_back(lexicons.at(l));
  }
  const unsigned workers = std::max(
      1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
  // One stemmer per worker and language for the whole run, made when the worker first
  // meets the language: loading Hunspell is the costly part.
  std::vector<std::vector<std::unique_ptr<Stemmer>>> stemmers(workers);
  for (auto& per_language : stemmers) per_language.resize(lexicons.size());
  auto stemmer = [&](unsigned worker, std::size_t language) -> Stemmer& {
    auto& slot = stemmers[worker][language];
    if (!slot) slot = std::make_unique<Stemmer>(lexicons.at(language).hunspell_dictionary());
    return *slot;
  };
  const std::size_t window = std::max<std::size_t>(options.documents_per_window, workers);
  std::size_t done = 0;
  std::mutex progress_mutex;
  BuildResult result;
  std::map<std::string, std::size_t> first_read;  // document id -> index of its input

  // Document i's outcome waits in slots[i % window] until it is folded.
  struct Slot {
    Outcome outcome;
    bool ready = false;
  };
  std::vector<Slot> slots(window);
  std::mutex mutex;                    // guards slots' ready flags, next, folded, failure
  std::condition_variable slot_ready;  // the calling thread waits for the next in order
  std::condition_variable slot_free;   // workers wait for room in the window
  std::size_t next = 0;                // the next document to extract
  std::size_t folded = 0;              // documents folded so far
  std::exception_ptr failure;          // the first fault outside a document's extraction

  // The first fault outside a document's extraction stops every thread: it is kept to be
  // rethrown once they are joined, and whoever waits is woken to see it.
  auto record_failure = [&] {
    const std::lock_guard lock(mutex);
    if (!failure) failure = std::current_exception();
    slot_ready.notify_one();
    slot_free.notify_all();
  };
  auto extract = [&](std::size_t i, unsigned worker) {
    Outcome outcome;
    Diagnostic problem;
    std::optional<Document> document = load(i, problem, outcome.warning);
    std::size_t language = std::string_view::npos;
    if (document) {
      problem = origin(i);
      language = choose_language(*document, lexicons, options.forced_language, problem);
    }
    if (document && language != std::string_view::npos) {
      try {
        const DocumentExtraction extraction =
            extractors[language].extract(*document, stemmer(worker, language));
        outcome.limit_warnings = describe_limits_applied(extraction, options.limits, origin(i));
        outcome.document = resolvers[language].resolve(extraction);
        outcome.language = lexicons.at(language).tag();
      } catch (...) {
        // A fault in extraction loses this document, never the batch; the message
        // names the document so the fault can be reproduced.
        outcome.problem = describe_extraction_failure(std::current_exception(), origin(i),
                                                      outcome.internal_error);
      }
    } else {
      outcome.problem = problem;
    }
    if (progress) {
      const std::lock_guard lock(progress_mutex);
      progress(++done, count);
    }
    const std::lock_guard lock(mutex);
    slots[i % window] = Slot{std::move(outcome), true};
    slot_ready.notify_one();
  };
  auto work = [&](unsigned worker) {
    try {
      while (true) {
        std::unique_lock lock(mutex);
        slot_free.wait(lock, [&] { return failure || next >= count || next < folded + window; });
        if (failure || next >= count) return;
        const std::size_t i = next++;
        lock.unlock();
        extract(i, worker);
      }
    } catch (...) {
      record_failure();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < workers; ++w) threads.emplace_back(work, w);

  auto fold = [&](std::size_t i, Outcome& outcome) {
    if (outcome.warning) result.warnings.push_back(*outcome.warning);
    if (outcome.document)
      result.warnings.insert(result.warnings.end(), outcome.limit_warnings.begin(),
                             outcome.limit_warnings.end());
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
      if (outcome.internal_error) ++result.internal_errors;
      return;
    }
    ResolvedDocument& document = *outcome.document;
    ++result.documents_read;
    ++result.documents_by_language[outcome.language];
    result.graph.add_document(document.record);
    for (const ActorVertex& actor : document.actors) result.graph.add_actor(actor);
    for (const RelationEdge& event : document.events) result.graph.add_event(event);
  };
  try {
    for (std::size_t i = 0; i < count; ++i) {
      std::unique_lock lock(mutex);
      while (!slots[i % window].ready && !failure) {
        if (next < count && next < folded + window) {
          const std::size_t mine = next++;
          lock.unlock();
          extract(mine, 0);
          lock.lock();
        } else {
          slot_ready.wait(lock);
        }
      }
      if (failure) break;
      Outcome outcome = std::move(slots[i % window].outcome);
      slots[i % window] = Slot{};
      folded = i + 1;
      slot_free.notify_all();
      lock.unlock();
      fold(i, outcome);
    }
  } catch (...) {
    record_failure();
  }
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
  return result;
}

}  // namespace

Diagnostic describe_extraction_failure(std::exception_ptr failure, Diagnostic origin,
                                       bool& internal) {
  internal = false;
  try {
    std::rethrow_exception(failure);
  } catch (const InputError& error) {
    origin.message = error.diagnostic().message + "; skipped";
  } catch (const BudgetExceeded& spent) {
    const bool time = spent.resource == BudgetExceeded::Resource::time_ms;
    constexpr std::size_t kMebibyte = std::size_t{1} << 20;
    const auto mebibytes = [](std::size_t bytes) {
      return std::to_string((bytes + kMebibyte - 1) / kMebibyte) + " MiB";
    };
    origin.message = time
                         ? "document over its time budget of " + std::to_string(spent.budget) +
                               " ms (" + std::to_string(spent.spent) + " ms spent, while " +
                               stage_name(spent.stage) + "; see --document-time-budget); skipped"
                         : "document over its memory budget of " + mebibytes(spent.budget) + " (" +
                               mebibytes(spent.spent) + " counted, while " +
                               stage_name(spent.stage) + "; see --document-memory-budget); skipped";
  } catch (const std::exception& error) {
    internal = true;
    origin.message = std::string(
                         "internal error (a bug in diplograph, not bad input; please "
                         "report it with this document): ") +
                     error.what() + "; document skipped";
  } catch (...) {
    internal = true;
    origin.message = "internal error (a bug in diplograph): unknown exception; document skipped";
  }
  return origin;
}

std::size_t choose_language(Document& document, const LexiconSet& lexicons,
                            const std::string& forced, Diagnostic& problem) {
  std::string& lang = document.meta.lang;
  if (!forced.empty()) {
    lang = forced;
  } else if (lang.empty()) {
    // The beginning tells; the whole text decides when the beginning names no language,
    // or one no lexicon reads. No document of the dev set reads differently than from its
    // whole text.
    std::optional<std::string> detected = detect_language(document.text, kLanguageDetectionBytes);
    if (!detected || lexicons.index_of_detected(*detected) == std::string_view::npos)
      detected = detect_language(document.text);
    lang = detected ? *detected : lexicons.default_lexicon().tag();
    // A close variety the detector confuses with a language we read (languages.tsv's
    // detected_as: Malay for Indonesian) is read, and tagged, as that language.
    if (const std::size_t reader = lexicons.index_of_detected(lang);
        reader != std::string_view::npos)
      lang = lexicons.at(reader).tag();
  }
  const std::size_t index = lexicons.index_of(lang);
  if (index == std::string_view::npos) {
    problem.severity = Diagnostic::Severity::warning;
    problem.message = "language " + lang + " not supported; skipped";
  }
  return index;
}

BuildResult build_graph(const Lexicon& lexicon, const std::vector<std::filesystem::path>& inputs,
                        const BuildOptions& options,
                        const std::function<void(std::size_t, std::size_t)>& progress) {
  return build_graph(LexiconSet::of(lexicon), inputs, options, progress);
}

BuildResult build_graph_from_documents(const Lexicon& lexicon, std::vector<Document> documents,
                                       const BuildOptions& options) {
  return build_graph_from_documents(LexiconSet::of(lexicon), std::move(documents), options);
}

BuildResult build_graph(const LexiconSet& lexicons,
                        const std::vector<std::filesystem::path>& inputs,
                        const BuildOptions& options,
                        const std::function<void(std::size_t, std::size_t)>& progress) {
  std::vector<Diagnostic> listing_problems;
  std::vector<InputItem> items = list_inputs(inputs, options.stdin_format, options.standard_input,
                                             listing_problems, options.output_directory);
  // Warnings of the listing (an output directory not read) are not skipped documents.
  std::vector<Diagnostic> listing_warnings;
  std::erase_if(listing_problems, [&](const Diagnostic& diagnostic) {
    if (diagnostic.severity != Diagnostic::Severity::warning) return false;
    listing_warnings.push_back(diagnostic);
    return true;
  });
  BuildResult result = run(
      lexicons, items.size(), options,
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
  result.warnings.insert(result.warnings.begin(), listing_warnings.begin(), listing_warnings.end());
  return result;
}

BuildResult build_graph_from_documents(const LexiconSet& lexicons, std::vector<Document> documents,
                                       const BuildOptions& options) {
  // A document in memory is named by its id (kept apart: the document itself is moved out).
  std::vector<std::string> ids;
  for (const Document& document : documents) ids.push_back(document.meta.id);
  return run(
      lexicons, documents.size(), options,
      [&](std::size_t i, Diagnostic&, std::optional<Diagnostic>&) {
        return std::optional<Document>(std::move(documents[i]));
      },
      [&](std::size_t i) {
        return Diagnostic{ids[i], 0, 0, Diagnostic::Severity::error, ""};
      },
      {});
}

}  // namespace diplograph
