#include "export/gzip_stream.h"

#include <zlib.h>

#include <array>
#include <stdexcept>
#include <streambuf>
#include <string>

namespace diplograph {
namespace {

// Level 6, gzip's own default: graph.nt shrinks about 12 times (docs/exports.md).
constexpr int kLevel = Z_DEFAULT_COMPRESSION;
// windowBits 15 plus 16: a gzip wrapper rather than a zlib one.
constexpr int kGzipWindow = 15 + 16;

// A stream buffer that deflates what is written to it into `out`, a buffer at a time.
class GzipBuffer : public std::streambuf {
 public:
  explicit GzipBuffer(std::ostream& out) : out_(out) {
    if (deflateInit2(&zlib_, kLevel, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      throw std::runtime_error("gzip: zlib could not start");
    setp(input_.data(), input_.data() + input_.size());
  }
  ~GzipBuffer() override { deflateEnd(&zlib_); }
  GzipBuffer(const GzipBuffer&) = delete;
  GzipBuffer& operator=(const GzipBuffer&) = delete;

  // Compresses what is left and writes the gzip trailer.
  void finish() {
    deflate_pending(Z_FINISH);
    setp(nullptr, nullptr);
  }

 protected:
  int_type overflow(int_type ch) override {
    deflate_pending(Z_NO_FLUSH);
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return out_.good() ? traits_type::not_eof(ch) : traits_type::eof();
  }

  std::streamsize xsputn(const char* bytes, std::streamsize count) override {
    // Large writes go to zlib directly instead of through the input buffer.
    if (count < static_cast<std::streamsize>(input_.size()))
      return std::streambuf::xsputn(bytes, count);
    deflate_pending(Z_NO_FLUSH);
    deflate_bytes(bytes, static_cast<std::size_t>(count), Z_NO_FLUSH);
    return out_.good() ? count : 0;
  }

 private:
  void deflate_pending(int flush) {
    deflate_bytes(pbase(), static_cast<std::size_t>(pptr() - pbase()), flush);
    setp(input_.data(), input_.data() + input_.size());
  }

  void deflate_bytes(const char* bytes, std::size_t count, int flush) {
    // zlib counts input in uInt: a write larger than that goes in pieces.
    constexpr std::size_t kMaxPiece = 1u << 30;
    while (count > kMaxPiece) {
      deflate_bytes(bytes, kMaxPiece, Z_NO_FLUSH);
      bytes += kMaxPiece;
      count -= kMaxPiece;
    }
    zlib_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes));
    zlib_.avail_in = static_cast<uInt>(count);
    int status = Z_OK;
    do {
      zlib_.next_out = reinterpret_cast<Bytef*>(output_.data());
      zlib_.avail_out = static_cast<uInt>(output_.size());
      status = deflate(&zlib_, flush);
      if (status == Z_STREAM_ERROR) throw std::runtime_error("gzip: zlib failed to compress");
      out_.write(output_.data(), static_cast<std::streamsize>(output_.size() - zlib_.avail_out));
    } while (zlib_.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
  }

  std::ostream& out_;
  z_stream zlib_{};
  std::array<char, 1 << 16> input_{};
  std::array<char, 1 << 16> output_{};
};

}  // namespace

void write_gzip(std::ostream& out, const std::function<void(std::ostream&)>& write) {
  GzipBuffer buffer(out);
  std::ostream compressed(&buffer);
  write(compressed);
  if (!compressed.good()) {
    out.setstate(std::ios::badbit);
    return;
  }
  buffer.finish();
}

}  // namespace diplograph
