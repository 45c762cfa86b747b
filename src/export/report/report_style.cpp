#include "export/report/report_style.h"

namespace diplograph::report {

std::string_view node_shape(ActorType type) { return terms_of(type).report_shape; }

}  // namespace diplograph::report
