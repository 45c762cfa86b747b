#pragma once
#include <cstring>
#include <string>
#include <string_view>

namespace diplograph {

// Appends `pieces` (anything a std::string_view is made from) to `out`, growing it once.
// The writers put a few short pieces around every value (quotes, separators, a key); one
// append each checked the capacity anew and cost more than copying the bytes. A template,
// so that the sizes of literal pieces are known where it is called.
template <class... Pieces>
void append_pieces(std::string& out, const Pieces&... pieces) {
  const std::string_view views[] = {std::string_view(pieces)...};
  std::size_t size = 0;
  for (const std::string_view piece : views) size += piece.size();
  std::size_t at = out.size();
  out.resize(at + size);
  for (const std::string_view piece : views) {
    if (!piece.empty()) std::memcpy(out.data() + at, piece.data(), piece.size());
    at += piece.size();
  }
}

}  // namespace diplograph
