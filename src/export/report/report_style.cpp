#include "export/report/report_style.h"

namespace diplograph::report {

std::string_view node_shape(ActorType type) {
  switch (type) {
    case ActorType::State:
      return "ellipse";
    case ActorType::Person:
      return "round-rectangle";
    case ActorType::Organization:
      return "hexagon";
    case ActorType::Delegation:
      return "diamond";
  }
  return "ellipse";
}

}  // namespace diplograph::report
