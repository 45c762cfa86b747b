#pragma once
#include <filesystem>
#include <functional>
#include <ostream>

namespace diplograph {

// Writes a file so that readers only ever see the old complete file or the new complete
// one: the content goes to a temporary file beside `path`, is flushed and synced, then
// renamed over `path`. On any failure the temporary file is removed and the old file is
// left untouched; the error is thrown as std::system_error / std::runtime_error.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

}  // namespace diplograph
