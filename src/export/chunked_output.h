#pragma once
#include <cstddef>
#include <ostream>
#include <string>

namespace diplograph {

// Text an export writer appends to a buffer that goes to the stream in large writes: one
// stream write (and write(2)) per chunk instead of one per record or per element. The
// writer appends to buffer() and calls piece_done() after each record; finish() writes the
// rest. The stream reports failures as usual.
//
// A chunk is 128 KiB (kChunkBytes), small enough to be still in the core's cache when the
// kernel copies it out (coreutils settled on the same size for cat and cp): with chunks of
// 1 MiB, writing a 109 MB facts.jsonl took 0.43-0.74 s of kernel time, with 128 KiB
// 0.24-0.39 s (20 MB corpus, alternating runs).
inline constexpr std::size_t kChunkBytes = std::size_t{1} << 17;

class ChunkedOutput {
 public:
  explicit ChunkedOutput(std::ostream& out, std::size_t chunk_bytes = kChunkBytes)
      : out_(out), chunk_bytes_(chunk_bytes) {}
  ChunkedOutput(const ChunkedOutput&) = delete;
  ChunkedOutput& operator=(const ChunkedOutput&) = delete;

  std::string& buffer() { return buffer_; }
  std::ostream& stream() { return out_; }
  // Writes the buffer out once it holds a chunk.
  void piece_done() {
    if (buffer_.size() >= chunk_bytes_) flush();
  }
  void finish() { flush(); }

 private:
  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }
  std::ostream& out_;
  std::size_t chunk_bytes_;
  std::string buffer_;
};

}  // namespace diplograph
