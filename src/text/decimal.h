#pragma once
#include <charconv>
#include <cstddef>
#include <string>

namespace diplograph {

// Appends the decimal digits of `value` to `out`, without a string of their own: exports
// write millions of counts and offsets.
inline void append_decimal(std::string& out, std::size_t value) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

}  // namespace diplograph
