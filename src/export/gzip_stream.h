#pragma once
#include <functional>
#include <ostream>

namespace diplograph {

// Runs `write` on a stream whose bytes reach `out` gzip-compressed (zlib, RFC 1952), then
// ends the gzip member. The header carries no file name and no time, so the same content
// always gives the same bytes (exports stay byte-identical across runs).
// Throws std::runtime_error when zlib fails; a failed `out` is left failed for the caller,
// which reports the operating system's reason (write_open_file).
void write_gzip(std::ostream& out, const std::function<void(std::ostream&)>& write);

}  // namespace diplograph
