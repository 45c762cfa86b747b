#pragma once
// DateInterval moved to export/ with the export view that computes it once per event.
#include "export/date_interval.h"

namespace diplograph::property_graph {
using diplograph::date_interval;
using diplograph::DateInterval;
}  // namespace diplograph::property_graph
