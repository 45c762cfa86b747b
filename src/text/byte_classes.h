#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace diplograph {

// A sorting of the 256 byte values into classes, one bit flag per class: which bytes a
// writer must escape, which are not ASCII, and so on. Exports decide with it, in one pass
// without a branch per byte, that a text needs no escaping (the common case) and copy it
// whole; their exact byte-by-byte paths then run only for the rest. A scan that compares
// each byte with a list of characters, or calls memchr once per character of a set, costs
// several times more.
using ByteClassTable = std::array<std::uint8_t, 256>;

// The table giving each byte value the flags `classify(byte)` returns.
template <class Classify>
constexpr ByteClassTable make_byte_class_table(Classify classify) {
  ByteClassTable table{};
  for (unsigned byte = 0; byte < 256; ++byte) table[byte] = classify(byte);
  return table;
}

// The union of the classes of the bytes of `text`.
inline std::uint8_t byte_classes(std::string_view text, const ByteClassTable& table) {
  // Eight bytes a step from one load, each looked up on its own: the loop's bookkeeping
  // was most of its cost per byte. (A plain loop over the bytes is "vectorised" by GCC into
  // emulated gathers that cost twice as much.)
  const char* bytes = text.data();
  const std::size_t size = text.size();
  std::uint8_t classes = 0;
  std::size_t i = 0;
  for (; i + sizeof(std::uint64_t) <= size; i += sizeof(std::uint64_t)) {
    std::uint64_t word;
    std::memcpy(&word, bytes + i, sizeof word);
    for (unsigned shift = 0; shift < 64; shift += 8) classes |= table[(word >> shift) & 0xFF];
  }
  for (; i < size; ++i) classes |= table[static_cast<unsigned char>(bytes[i])];
  return classes;
}

// The offset of the first byte at or after `from` with a class in `mask`, or text.size().
inline std::size_t find_byte_of_class(std::string_view text, const ByteClassTable& table,
                                      std::uint8_t mask, std::size_t from = 0) {
  while (from < text.size() && (table[static_cast<unsigned char>(text[from])] & mask) == 0) ++from;
  return from;
}

}  // namespace diplograph
