#include "cli/data_directory.h"

#include "lexicon/lexicon.h"

namespace diplograph::cli {

std::filesystem::path default_lexicon_for_this_binary() {
  std::error_code error;
  const std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    // install(DIRECTORY ontology/ DESTINATION share/diplograph) in the top CMakeLists.txt.
    const auto installed = binary.parent_path().parent_path() / "share" / "diplograph" / "lexicon";
    if (std::filesystem::is_directory(installed, error)) return installed;
  }
  return default_lexicon_root();
}

}  // namespace diplograph::cli
