#pragma once
#include <stdexcept>
#include <string>

namespace diplograph {

// Where a contract check stands in the source. Filled in by the macro from __FILE__,
// __LINE__ and __func__ rather than std::source_location, which clang 14 (the fuzz job's
// compiler on Debian 12) cannot build with libstdc++ 12.
struct SourceLocation {
  const char* file;
  unsigned line_number;
  const char* function;
  const char* file_name() const { return file; }
  unsigned line() const { return line_number; }
  const char* function_name() const { return function; }
};

// A broken invariant: a bug in diplograph, never bad input. Carries where the check is.
// The pipeline reports it as an internal error (not as a skipped bad document).
class ContractViolation : public std::logic_error {
 public:
  ContractViolation(const char* condition, SourceLocation where);
  const SourceLocation& where() const { return where_; }

 private:
  SourceLocation where_;
};

// Throws ContractViolation naming `condition` and where the check is when `holds` is
// false. Use through DIPLOGRAPH_CONTRACT_CHECK.
inline void contract_check(bool holds, const char* condition, SourceLocation where) {
  if (!holds) throw ContractViolation(condition, where);
}

}  // namespace diplograph

// The place in the source where this macro is written.
#define DIPLOGRAPH_HERE                                                           \
  ::diplograph::SourceLocation {                                                  \
    __FILE__, static_cast<unsigned>(__LINE__), static_cast<const char*>(__func__) \
  }

// Checks an invariant a header states ("Requires: ..."); see ContractViolation.
#define DIPLOGRAPH_CONTRACT_CHECK(condition) \
  ::diplograph::contract_check(static_cast<bool>(condition), #condition, DIPLOGRAPH_HERE)
