# End-to-end check of the RDF export over the sample corpus (ctest export_rdf_corpus).
# Inputs: -DDIPLOGRAPH=binary -DNODE=node -DREPO=repository root -DWORK=scratch directory.
# Passes when: two runs give byte-identical graph.ttl and graph.nt; the corpus built in two
# halves gives actor IRIs that line up with the whole run; graph.ttl satisfies
# ontology/shapes.ttl; every docs/queries/*.rq returns tests/export_rdf/expected/corpus/.
set(here "${REPO}/tests/export_rdf")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/half-1" "${WORK}/half-2")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    string(JOIN " " command ${ARGN})
    message(FATAL_ERROR "failed (${status}): ${command}")
  endif()
endfunction()

run("${DIPLOGRAPH}" build "${REPO}/tests/corpus" -o "${WORK}/run-1" --quiet)
run("${DIPLOGRAPH}" build "${REPO}/tests/corpus" -o "${WORK}/run-2" --quiet)
foreach(file graph.ttl graph.nt)
  run("${CMAKE_COMMAND}" -E compare_files "${WORK}/run-1/${file}" "${WORK}/run-2/${file}")
endforeach()

# The two halves: the first documents by name, and the rest.
file(GLOB documents "${REPO}/tests/corpus/*.txt")
list(SORT documents)
list(LENGTH documents count)
math(EXPR middle "${count} / 2")
set(index 0)
foreach(document ${documents})
  if(index LESS middle)
    file(COPY "${document}" DESTINATION "${WORK}/half-1")
  else()
    file(COPY "${document}" DESTINATION "${WORK}/half-2")
  endif()
  math(EXPR index "${index} + 1")
endforeach()
foreach(half half-1 half-2)
  run("${DIPLOGRAPH}" build "${WORK}/${half}" -o "${WORK}/${half}-out" --quiet)
endforeach()
run("${NODE}" "${here}/compare_actor_iris.mjs" "${WORK}/run-1/graph.nt"
    "${WORK}/half-1-out/graph.nt" "${WORK}/half-2-out/graph.nt")

run("${NODE}" "${here}/shacl_validate.mjs" "${REPO}/ontology/shapes.ttl" "${WORK}/run-1/graph.ttl")
run("${NODE}" "${here}/check_ontology.mjs" "${REPO}/ontology/diplomacy.ttl" "${WORK}/run-1/graph.ttl")
run("${NODE}" "${here}/run_queries.mjs" --graph "${WORK}/run-1/graph.ttl"
    --graph "${REPO}/ontology/diplomacy.ttl" --queries "${REPO}/docs/queries"
    --expected "${here}/expected/corpus")
