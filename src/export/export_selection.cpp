#include "export/export_selection.h"

#include <stdexcept>

namespace diplograph {
namespace {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

}  // namespace

ExportSelection ExportSelection::all() {
  ExportSelection selection;
  selection.chosen_.set();
  return selection;
}

ExportSelection ExportSelection::parse(std::string_view list) {
  ExportSelection selection;
  std::size_t from = 0;
  while (true) {
    const std::size_t comma = list.find(',', from);
    const std::string_view name =
        trimmed(list.substr(from, comma == std::string_view::npos ? list.npos : comma - from));
    if (name.empty())
      throw std::invalid_argument("an empty export name in \"" + std::string(list) +
                                  "\"; choose from " + export_kind_names());
    if (name == "all") {
      selection.chosen_.set();
    } else {
      bool known = false;
      for (const ExportKindName& kind : kExportKinds)
        if (kind.name == name) {
          selection.add(kind.kind);
          known = true;
        }
      if (!known)
        throw std::invalid_argument("unknown export \"" + std::string(name) + "\"; choose from " +
                                    export_kind_names());
    }
    if (comma == std::string_view::npos) break;
    from = comma + 1;
  }
  return selection;
}

std::string export_kind_names() {
  std::string out;
  for (const ExportKindName& kind : kExportKinds) {
    if (!out.empty()) out += ", ";
    out += kind.name;
  }
  return out + " or all";
}

}  // namespace diplograph
