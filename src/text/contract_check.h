#pragma once
#include <source_location>
#include <stdexcept>
#include <string>

namespace diplograph {

// A broken invariant: a bug in diplograph, never bad input. Carries where the check is.
// The pipeline reports it as an internal error (not as a skipped bad document).
class ContractViolation : public std::logic_error {
 public:
  ContractViolation(const char* condition, std::source_location where);
  const std::source_location& where() const { return where_; }

 private:
  std::source_location where_;
};

// Throws ContractViolation naming `condition` and the caller's file, line and function
// when `holds` is false. Use through DIPLOGRAPH_CONTRACT_CHECK.
inline void contract_check(bool holds, const char* condition,
                           std::source_location where = std::source_location::current()) {
  if (!holds) throw ContractViolation(condition, where);
}

}  // namespace diplograph

// Checks an invariant a header states ("Requires: ..."); see ContractViolation.
#define DIPLOGRAPH_CONTRACT_CHECK(condition) \
  ::diplograph::contract_check(static_cast<bool>(condition), #condition)
