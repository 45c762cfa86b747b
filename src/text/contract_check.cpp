#include "text/contract_check.h"

namespace diplograph {

ContractViolation::ContractViolation(const char* condition, SourceLocation where)
    : std::logic_error(std::string("contract violated: ") + condition + " (" + where.file_name() +
                       ":" + std::to_string(where.line()) + " in " + where.function_name() + ")"),
      where_(where) {}

}  // namespace diplograph
