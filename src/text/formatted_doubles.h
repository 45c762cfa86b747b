#pragma once
#include <array>
#include <bit>
#include <cstdint>
#include <string>

namespace diplograph {

// The texts of the doubles a writer formatted last, so that formatting one again is a look-up:
// the exports write the same few confidences and sizes hundreds of thousands of times, and
// formatting a double costs about a thousand instructions. A value is remembered by its bit
// pattern and a `style` number (the caller's format: decimals, say), in a table of 64 slots
// where a new value replaces the one in its slot, so the texts are exactly `format`'s.
// Not thread-safe: one per thread (thread_local at the call site) or per writer.
class FormattedDoubles {
 public:
  // `format(value)` (a std::string), made the first time the value and style meet.
  template <typename Format>
  const std::string& text(double value, int style, const Format& format) {
    const auto bits = std::bit_cast<std::uint64_t>(value);
    const std::uint64_t key = bits ^ static_cast<std::uint64_t>(style);
    Slot& slot = slots_[(key * 0x9E3779B97F4A7C15ULL) >> (64 - kSlotBits)];
    if (!slot.filled || slot.bits != bits || slot.style != style) {
      slot.text = format(value);
      slot.bits = bits;
      slot.style = style;
      slot.filled = true;
    }
    return slot.text;
  }

 private:
  static constexpr int kSlotBits = 6;
  struct Slot {
    std::uint64_t bits = 0;
    int style = 0;
    bool filled = false;
    std::string text;
  };
  std::array<Slot, std::size_t{1} << kSlotBits> slots_;
};

}  // namespace diplograph
