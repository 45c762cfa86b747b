// Writes the RDF exports of the hand-built fixture graph (test_graphs.h) into a directory:
// the dataset the SHACL and SPARQL fixture tests read.
#include <exception>
#include <filesystem>
#include <iostream>

#include "export/rdf/rdf_exports.h"
#include "test_graphs.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: rdf_fixture_writer DIRECTORY\n";
    return 2;
  }
  try {
    std::filesystem::create_directories(argv[1]);
    diplograph::write_rdf_exports(diplograph::testing::fixture_graph(), diplograph::IriScheme{},
                                  argv[1]);
  } catch (const std::exception& error) {
    std::cerr << "error: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
