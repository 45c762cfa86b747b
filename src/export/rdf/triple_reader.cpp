#include "export/rdf/triple_reader.h"

#include <serd/serd.h>
#include <zlib.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>

namespace diplograph::rdf {
namespace {

// Everything the Serd callbacks need: the prefixes seen so far, where statements go, and
// the first error.
struct ReadState {
  SerdEnv* env = nullptr;
  const TripleHandler* handler = nullptr;
  std::string name;
  TripleReadResult result;

  void fail(std::size_t line, std::size_t column, std::string message) {
    result.ok = false;
    result.diagnostics.push_back(
        {name, line, column, Diagnostic::Severity::error, std::move(message)});
  }
};

std::string text_of(const SerdNode* node) {
  return std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes);
}

// An IRI or prefixed name as an absolute IRI; empty when it cannot be expanded.
std::string absolute_iri(const SerdEnv* env, const SerdNode* node) {
  if (node->type == SERD_URI) {
    const std::string text = text_of(node);
    if (text.find(':') != std::string::npos) return text;  // already absolute (the exports' case)
  }
  SerdNode expanded = serd_env_expand_node(env, node);
  if (expanded.buf == nullptr) return {};
  std::string out = text_of(&expanded);
  serd_node_free(&expanded);
  return out;
}

SerdStatus on_base(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<ReadState*>(handle)->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<ReadState*>(handle)->env, name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags /*flags*/, const SerdNode* /*graph*/,
                        const SerdNode* subject, const SerdNode* predicate, const SerdNode* object,
                        const SerdNode* datatype, const SerdNode* language) {
  auto* state = static_cast<ReadState*>(handle);
  if (subject->type == SERD_BLANK || object->type == SERD_BLANK) {
    const SerdNode* blank = subject->type == SERD_BLANK ? subject : object;
    state->fail(
        0, 0,
        "blank node _:" + text_of(blank) + ": a diplograph export names every node with an IRI");
    return SERD_ERR_BAD_SYNTAX;
  }
  Triple triple;
  triple.subject = Term::iri(absolute_iri(state->env, subject));
  triple.predicate = Term::iri(absolute_iri(state->env, predicate));
  if (object->type == SERD_LITERAL) {
    triple.object = Term::literal(text_of(object));
    if (datatype != nullptr) triple.object.datatype = absolute_iri(state->env, datatype);
    if (language != nullptr) triple.object.language = text_of(language);
  } else {
    triple.object = Term::iri(absolute_iri(state->env, object));
  }
  if (triple.subject.value.empty() || triple.predicate.value.empty() ||
      (triple.object.is_iri() && triple.object.value.empty())) {
    state->fail(0, 0, "an IRI or prefixed name that cannot be expanded (undeclared prefix?)");
    return SERD_ERR_BAD_CURIE;
  }
  ++state->result.triples;
  (*state->handler)(std::move(triple));
  return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* error) {
  char message[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(message, sizeof message, error->fmt, args);
  va_end(args);
  std::string text = message;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  static_cast<ReadState*>(handle)->fail(error->line, error->col, text);
  return SERD_SUCCESS;
}

// A byte source over memory, for serd_reader_read_source.
struct MemorySource {
  std::string_view bytes;
  std::size_t position = 0;
};

std::size_t read_memory(void* buffer, std::size_t size, std::size_t count, void* stream) {
  auto* source = static_cast<MemorySource*>(stream);
  const std::size_t wanted = size * count;
  const std::size_t n = std::min(wanted, source->bytes.size() - source->position);
  std::memcpy(buffer, source->bytes.data() + source->position, n);
  source->position += n;
  return size == 0 ? 0 : n / size;
}

int memory_error(void* /*stream*/) { return 0; }

std::size_t read_file(void* buffer, std::size_t size, std::size_t count, void* stream) {
  return std::fread(buffer, size, count, static_cast<std::FILE*>(stream));
}

int file_error(void* stream) { return std::ferror(static_cast<std::FILE*>(stream)); }

// A gzip-compressed export (graph.nt.gz, graph.ttl.gz), decompressed as Serd reads it.
std::size_t read_gzip(void* buffer, std::size_t size, std::size_t count, void* stream) {
  if (size == 0) return 0;
  const int n = gzread(static_cast<gzFile>(stream), buffer, static_cast<unsigned>(size * count));
  return n <= 0 ? 0 : static_cast<std::size_t>(n) / size;
}

int gzip_error(void* stream) {
  int code = Z_OK;
  gzerror(static_cast<gzFile>(stream), &code);
  return code != Z_OK && code != Z_BUF_ERROR ? 1 : 0;
}

TripleReadResult read_source(SerdSource source, SerdStreamErrorFunc error, void* stream,
                             const std::string& name, RdfSyntax syntax,
                             const TripleHandler& handler) {
  ReadState state;
  state.handler = &handler;
  state.name = name;
  std::unique_ptr<SerdEnv, decltype(&serd_env_free)> env(serd_env_new(nullptr), serd_env_free);
  state.env = env.get();
  std::unique_ptr<SerdReader, decltype(&serd_reader_free)> reader(
      serd_reader_new(syntax == RdfSyntax::ntriples ? SERD_NTRIPLES : SERD_TURTLE, &state, nullptr,
                      on_base, on_prefix, on_statement, nullptr),
      serd_reader_free);
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), on_error, &state);
  const SerdStatus status =
      serd_reader_read_source(reader.get(), source, error, stream,
                              reinterpret_cast<const uint8_t*>(name.c_str()), 4096 * 16);
  if (status > SERD_FAILURE && state.result.ok)
    state.fail(0, 0,
               std::string("not readable as RDF: ") +
                   reinterpret_cast<const char*>(serd_strerror(status)));
  return std::move(state.result);
}

}  // namespace

bool is_gzip_file(const std::filesystem::path& file) { return file.extension() == ".gz"; }

RdfSyntax syntax_of(const std::filesystem::path& file) {
  const std::filesystem::path name = is_gzip_file(file) ? file.stem() : file;
  return name.extension() == ".nt" ? RdfSyntax::ntriples : RdfSyntax::turtle;
}

TripleReadResult read_triples(std::string_view bytes, const std::string& name, RdfSyntax syntax,
                              const TripleHandler& handler) {
  MemorySource source{bytes};
  return read_source(read_memory, memory_error, &source, name, syntax, handler);
}

// The result of a file that could not be opened, with the OS's reason (errno).
static TripleReadResult cannot_open(const std::string& name) {
  TripleReadResult result;
  result.ok = false;
  result.diagnostics.push_back({name, 0, 0, Diagnostic::Severity::error,
                                std::string("cannot open: ") + std::strerror(errno)});
  return result;
}

TripleReadResult read_triples_file(const std::filesystem::path& file,
                                   const TripleHandler& handler) {
  const std::string name = file.string();
  if (is_gzip_file(file)) {
    std::unique_ptr<gzFile_s, decltype(&gzclose)> stream(gzopen(name.c_str(), "rb"), gzclose);
    if (!stream) return cannot_open(name);
    TripleReadResult result =
        read_source(read_gzip, gzip_error, stream.get(), name, syntax_of(file), handler);
    int code = Z_OK;
    const char* message = gzerror(stream.get(), &code);
    if (result.ok && code != Z_OK && code != Z_BUF_ERROR) {
      result.ok = false;
      result.diagnostics.push_back({name, 0, 0, Diagnostic::Severity::error,
                                    std::string("not readable as gzip: ") + message});
    }
    return result;
  }
  std::unique_ptr<std::FILE, decltype(&std::fclose)> stream(std::fopen(name.c_str(), "rb"),
                                                            std::fclose);
  if (!stream) return cannot_open(name);
  return read_source(read_file, file_error, stream.get(), name, syntax_of(file), handler);
}

}  // namespace diplograph::rdf
