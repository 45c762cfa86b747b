#pragma once
#include <algorithm>
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
//
// The table comes with what lets a scan pass over 16 bytes at a time: the bytes of a text
// are mostly printable ASCII without a class, and every table here gives a class to all
// bytes outside one range and to a few inside it (a quote, a backslash, angle brackets).
struct ByteClassTable {
  // At most this many classed bytes inside the range; a table with more is scanned byte by
  // byte (each one costs a comparison per block).
  static constexpr std::size_t kMaxClassedInRange = 12;
  std::array<std::uint8_t, 256> classes{};
  std::uint8_t range_first = 0;  // the first and last byte without a class: every byte
  std::uint8_t range_last = 0;   // outside [range_first, range_last] has one
  std::array<std::uint8_t, kMaxClassedInRange> classed_in_range{};
  std::uint8_t classed_in_range_count = 0;
  bool scans_blocks = false;  // false: no byte without a class, or too many inside the range
  constexpr std::uint8_t operator[](std::size_t byte) const { return classes[byte]; }
};

// The table giving each byte value the flags `classify(byte)` returns.
template <class Classify>
constexpr ByteClassTable make_byte_class_table(Classify classify) {
  ByteClassTable table{};
  for (unsigned byte = 0; byte < 256; ++byte) table.classes[byte] = classify(byte);
  unsigned first = 256, last = 0;
  for (unsigned byte = 0; byte < 256; ++byte) {
    if (table.classes[byte] != 0) continue;
    if (first == 256) first = byte;
    last = byte;
  }
  if (first == 256) return table;
  table.range_first = static_cast<std::uint8_t>(first);
  table.range_last = static_cast<std::uint8_t>(last);
  for (unsigned byte = first; byte <= last; ++byte) {
    if (table.classes[byte] == 0) continue;
    if (table.classed_in_range_count == ByteClassTable::kMaxClassedInRange) return table;
    table.classed_in_range[table.classed_in_range_count++] = static_cast<std::uint8_t>(byte);
  }
  table.scans_blocks = true;
  return table;
}

namespace byte_class_detail {

constexpr std::size_t kBlock = 16;

// False when none of the 16 bytes at `bytes` has a class in `table` (which must scan
// blocks); true when some may. GCC's and Clang's vector types: one instruction a test on
// any target with 16-byte vectors (SSE2, which every x86-64 has; NEON), emulated elsewhere.
inline bool block_may_have_class(const char* bytes, const ByteClassTable& table) {
  using Bytes = std::uint8_t __attribute__((vector_size(kBlock)));
  Bytes block;
  std::memcpy(&block, bytes, kBlock);
  const auto width = static_cast<std::uint8_t>(table.range_last - table.range_first);
  // Unsigned: a byte below range_first wraps around above the width.
  auto flagged = static_cast<Bytes>(static_cast<Bytes>(block - table.range_first) > width);
  for (std::uint8_t k = 0; k < table.classed_in_range_count; ++k)
    flagged |= static_cast<Bytes>(block == table.classed_in_range[k]);
  std::uint64_t halves[2];
  std::memcpy(halves, &flagged, sizeof halves);
  return (halves[0] | halves[1]) != 0;
}

// The union of the classes of the bytes of `text`, one by one.
inline std::uint8_t classes_of_each_byte(std::string_view text, const ByteClassTable& table) {
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

}  // namespace byte_class_detail

// The union of the classes of the bytes of `text`.
inline std::uint8_t byte_classes(std::string_view text, const ByteClassTable& table) {
  using namespace byte_class_detail;
  if (!table.scans_blocks) return classes_of_each_byte(text, table);
  std::uint8_t classes = 0;
  std::size_t i = 0;
  // Blocks with no classed byte add nothing; the others are looked up byte by byte.
  for (; i + kBlock <= text.size(); i += kBlock)
    if (block_may_have_class(text.data() + i, table))
      classes |= classes_of_each_byte(text.substr(i, kBlock), table);
  return static_cast<std::uint8_t>(classes | classes_of_each_byte(text.substr(i), table));
}

// The offset of the first byte at or after `from` with a class in `mask`, or text.size().
inline std::size_t find_byte_of_class(std::string_view text, const ByteClassTable& table,
                                      std::uint8_t mask, std::size_t from = 0) {
  using namespace byte_class_detail;
  const std::size_t size = text.size();
  while (from < size) {
    if (table.scans_blocks && from + kBlock <= size &&
        !block_may_have_class(text.data() + from, table)) {
      from += kBlock;
      continue;
    }
    const std::size_t stop = std::min(size, from + kBlock);
    for (; from < stop; ++from)
      if ((table[static_cast<unsigned char>(text[from])] & mask) != 0) return from;
  }
  return from;
}

}  // namespace diplograph
