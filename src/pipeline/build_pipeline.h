#pragma once
#include <exception>
#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <vector>

#include "extract/extraction_limits.h"
#include "graph/knowledge_graph.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_set.h"
#include "pipeline/document_reader.h"
#include "pipeline/input_source.h"
#include "text/diagnostic.h"

namespace diplograph {

// How a build runs.
struct BuildOptions {
  ReadOptions read;
  unsigned jobs = 1;  // worker threads; the result is the same whatever the number
  // Read every document as this language (a tag of the lexicon set), whatever its metadata
  // says or CLD2 detects; empty: the document's `lang`, else CLD2's answer.
  std::string forced_language;
  StdinFormat stdin_format = StdinFormat::text;  // how the input "-" is read
  std::istream* standard_input = nullptr;        // what "-" reads; null: "-" reads nothing
  // At most this many documents are read and extracted but not yet folded into the graph
  // (and freed): memory is bounded by this window, not by the corpus.
  std::size_t documents_per_window = 256;
  // The run's output directory (absolute, symlinks resolved), never read as input.
  std::filesystem::path output_directory;
  // What one document may cost: sentence and relation caps, time and memory budgets.
  ExtractionLimits limits;
};

// What a build produced and what it had to skip.
struct BuildResult {
  KnowledgeGraph graph;
  std::vector<Diagnostic> diagnostics;  // one per skipped input, in input order
  // Of documents that were kept: metadata dropped, sentences cut, relations over a cap.
  std::vector<Diagnostic> warnings;
  std::size_t documents_read = 0;
  std::size_t documents_skipped = 0;
  std::size_t internal_errors = 0;  // skipped documents that hit a bug, not bad input
  std::map<std::string, std::size_t> documents_by_language;  // documents read, by lexicon tag
};

// The diagnostic of a document whose extraction threw `failure`, placed at `origin`:
// an InputError or a spent budget is the document's (skipped like any bad input); anything else
// (a ContractViolation, a std::out_of_range from a bug) is an internal error, said so and
// flagged by `internal`, so a bug is never passed off as a bad document.
Diagnostic describe_extraction_failure(std::exception_ptr failure, Diagnostic origin,
                                       bool& internal);

// Documents in, graph out: lists the inputs (list_inputs), reads each document, reads it
// with the lexicon of its language (BuildOptions::forced_language, else its `lang`, else
// what CLD2 detects, else the default language when the text is too short to tell; a
// language the set has no lexicon for skips the document with a warning), extracts and
// resolves it on a worker thread, and folds the results into one graph in input order,
// so the graph does not depend on `jobs`. A document whose id was already read is skipped
// with a diagnostic (ids name documents in every export). Never prints; `progress` (if
// set) is called after each document, from worker threads but never two calls at once.
BuildResult build_graph(
    const LexiconSet& lexicons, const std::vector<std::filesystem::path>& inputs,
    const BuildOptions& options,
    const std::function<void(std::size_t done, std::size_t total)>& progress = {});
// The same with one language's lexicon.
BuildResult build_graph(
    const Lexicon& lexicon, const std::vector<std::filesystem::path>& inputs,
    const BuildOptions& options,
    const std::function<void(std::size_t done, std::size_t total)>& progress = {});

// The same over documents already in memory.
BuildResult build_graph_from_documents(const LexiconSet& lexicons, std::vector<Document> documents,
                                       const BuildOptions& options);
BuildResult build_graph_from_documents(const Lexicon& lexicon, std::vector<Document> documents,
                                       const BuildOptions& options);

// The index (in `lexicons`) of the lexicon `document` is read with, and its `meta.lang` set
// to that language: `forced` when given, else the stated `lang`, else CLD2's answer, else
// the default language. npos when the set has no lexicon for the language, with
// `problem.message` saying so.
std::size_t choose_language(Document& document, const LexiconSet& lexicons,
                            const std::string& forced, Diagnostic& problem);

}  // namespace diplograph
