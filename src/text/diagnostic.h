#pragma once
#include <string>

namespace diplograph {

// One problem found in outside input (a document, a lexicon file, an export read back):
// where it is and what is wrong. Library code returns these; only the CLI prints them,
// compiler-style: `file:line:column: severity: message`.
struct Diagnostic {
  enum class Severity { warning, error };
  std::string file;
  std::size_t line = 0;    // 1-based; 0 when the problem is not tied to a line
  std::size_t column = 0;  // 1-based byte column; 0 when unknown
  Severity severity = Severity::error;
  std::string message;

  std::string to_string() const;
};

// Thrown for outside input that cannot be used at all (a lexicon file with a bad line,
// a document that is not text). Carries the diagnostic that names the place.
class InputError : public std::exception {
 public:
  explicit InputError(Diagnostic diagnostic);
  const Diagnostic& diagnostic() const { return diagnostic_; }
  const char* what() const noexcept override { return text_.c_str(); }

 private:
  Diagnostic diagnostic_;
  std::string text_;
};

}  // namespace diplograph
