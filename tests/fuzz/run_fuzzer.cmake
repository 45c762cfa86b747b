# Runs one libFuzzer target for a bounded time and fails on any finding (crash, sanitizer
# report, broken invariant, timeout, memory limit). The corpus it grows is a fresh folder
# under the build tree, so the seed folders named after `--` are only ever read.
#   cmake -DFUZZER=<exe> -DWORK=<dir> -DSECONDS=<n> [-DDICT=<file>] -P run_fuzzer.cmake -- <seed dir>...
set(seeds "")
set(after_dashes FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(after_dashes)
    list(APPEND seeds "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(after_dashes TRUE)
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/crashes")
# -timeout: one input taking seconds is a hang worth reporting; libFuzzer's default is 20 min.
set(options -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
            "-artifact_prefix=${WORK}/crashes/")
if(DICT)
  list(APPEND options "-dict=${DICT}")
endif()
execute_process(COMMAND "${FUZZER}" ${options} "${WORK}/corpus" ${seeds} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(GLOB kept "${WORK}/crashes/*")
  message(FATAL_ERROR "${FUZZER} failed (${result}); reproduce with: ${FUZZER} ${kept}")
endif()
