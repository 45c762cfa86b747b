#include "text/diagnostic.h"

#include "text/field_text.h"

namespace diplograph {

std::string Diagnostic::to_string() const {
  // Names and messages quote outside text (file names, ids): a line break in one must not
  // forge a second diagnostic line.
  std::string out = printable(file);
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += severity == Severity::error ? ": error: " : ": warning: ";
  out += printable(message);
  return out;
}

InputError::InputError(Diagnostic diagnostic)
    : diagnostic_(std::move(diagnostic)), text_(diagnostic_.to_string()) {}

}  // namespace diplograph
