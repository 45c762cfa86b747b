# Build step (cmake -P): assembles the static part of report.html from page/ and the graph
# library installed by .ci/install-deps, and writes it as a C++ source with two string
# constants: the page before the graph data and the page after it. The binary then only
# inserts the escaped data between them, so a report never needs network access or files
# beside the binary.
#
# Inputs (-D): TEMPLATE, STYLE, APP_SCRIPT, LIBRARY_SCRIPT, OUTPUT.
#
# Why here and not at run time: the Content-Security-Policy allows exactly the page's own
# script and style by their SHA-256 hashes, and those are fixed once the sources are.

cmake_minimum_required(VERSION 3.25)

foreach(input TEMPLATE STYLE APP_SCRIPT LIBRARY_SCRIPT OUTPUT)
  if(NOT DEFINED ${input})
    message(FATAL_ERROR "embed_page.cmake: -D${input}=... is required")
  endif()
endforeach()
if(NOT EXISTS "${LIBRARY_SCRIPT}")
  message(FATAL_ERROR "${LIBRARY_SCRIPT} is missing: run .ci/install-deps (it installs the "
                      "graph library of report.html with npm ci --prefix src/export/report)")
endif()

# Base64 of a hex string (what CSP hash sources want; CMake only gives hex digests).
function(hex_to_base64 hex out_var)
  set(alphabet "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
  string(LENGTH "${hex}" hex_length)
  set(result "")
  set(position 0)
  while(position LESS hex_length)
    # Three bytes (six hex digits) at a time; the last group may be shorter.
    math(EXPR remaining "${hex_length} - ${position}")
    if(remaining GREATER 6)
      set(remaining 6)
    endif()
    string(SUBSTRING "${hex}" ${position} ${remaining} group)
    math(EXPR padding_bytes "(6 - ${remaining}) / 2")
    if(padding_bytes EQUAL 1)
      string(APPEND group "00")
    elseif(padding_bytes EQUAL 2)
      string(APPEND group "0000")
    endif()
    math(EXPR value "0x${group}")
    math(EXPR c0 "(${value} >> 18) & 63")
    math(EXPR c1 "(${value} >> 12) & 63")
    math(EXPR c2 "(${value} >> 6) & 63")
    math(EXPR c3 "${value} & 63")
    string(SUBSTRING "${alphabet}" ${c0} 1 s0)
    string(SUBSTRING "${alphabet}" ${c1} 1 s1)
    string(SUBSTRING "${alphabet}" ${c2} 1 s2)
    string(SUBSTRING "${alphabet}" ${c3} 1 s3)
    if(padding_bytes EQUAL 2)
      set(s2 "=")
      set(s3 "=")
    elseif(padding_bytes EQUAL 1)
      set(s3 "=")
    endif()
    string(APPEND result "${s0}${s1}${s2}${s3}")
    math(EXPR position "${position} + 6")
  endwhile()
  set(${out_var} "${result}" PARENT_SCOPE)
endfunction()

function(csp_hash_source content out_var)
  string(SHA256 digest "${content}")
  hex_to_base64("${digest}" encoded)
  set(${out_var} "'sha256-${encoded}'" PARENT_SCOPE)
endfunction()

file(READ "${TEMPLATE}" page)
file(READ "${STYLE}" style)
file(READ "${APP_SCRIPT}" app_script)
file(READ "${LIBRARY_SCRIPT}" library_script)

# Inside <script> and <style> the HTML parser looks only for the closing tag (and, in a
# script, for "<!--" that changes how it scans). Neither may occur in what is embedded.
foreach(part app_script library_script)
  string(TOLOWER "${${part}}" lowered)
  foreach(forbidden "</script" "<!--")
    string(FIND "${lowered}" "${forbidden}" found)
    if(NOT found EQUAL -1)
      message(FATAL_ERROR "embed_page.cmake: ${part} contains '${forbidden}' at ${found}")
    endif()
  endforeach()
endforeach()
string(TOLOWER "${style}" lowered)
string(FIND "${lowered}" "</style" found)
if(NOT found EQUAL -1)
  message(FATAL_ERROR "embed_page.cmake: the style sheet contains '</style'")
endif()

csp_hash_source("${style}" style_hash)
csp_hash_source("${library_script}" library_hash)
csp_hash_source("${app_script}" app_hash)
# Nothing loads from anywhere: no network, no other file. The data element is JSON, which a
# browser never runs, so only the two scripts and the style sheet are allowed, by hash.
set(policy "default-src 'none'; script-src ${library_hash} ${app_hash}; style-src ${style_hash}; img-src data:; base-uri 'none'; form-action 'none'")

# Placeholders are replaced one at a time with string(REPLACE): the embedded text is never
# evaluated by CMake, so a "${" or "@" inside the library stays as it is.
string(REPLACE "@CONTENT_SECURITY_POLICY@" "${policy}" page "${page}")
string(REPLACE "@STYLE@" "${style}" page "${page}")
string(REPLACE "@LIBRARY_SCRIPT@" "${library_script}" page "${page}")
string(REPLACE "@APP_SCRIPT@" "${app_script}" page "${page}")

set(marker "@GRAPH_DATA@")
string(FIND "${page}" "${marker}" marker_at)
if(marker_at EQUAL -1)
  message(FATAL_ERROR "embed_page.cmake: ${TEMPLATE} has no ${marker}")
endif()
string(SUBSTRING "${page}" 0 ${marker_at} before)
string(LENGTH "${marker}" marker_length)
math(EXPR after_at "${marker_at} + ${marker_length}")
string(SUBSTRING "${page}" ${after_at} -1 after)

# Raw string literals keep the text byte for byte; the delimiter must not occur in it.
set(delimiter "diplograph_page")
foreach(half before after)
  string(FIND "${${half}}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "embed_page.cmake: the page contains the raw-string delimiter")
  endif()
endforeach()

set(source "// Generated by src/export/report/embed_page.cmake from src/export/report/page/ and\n")
string(APPEND source "// the cytoscape package; do not edit.\n")
string(APPEND source "#include \"export/report/report_page.h\"\n\n")
string(APPEND source "namespace diplograph::report {\n\n")
string(APPEND source "const std::string_view kPageBeforeData = R\"${delimiter}(")
file(WRITE "${OUTPUT}.tmp" "${source}")
file(APPEND "${OUTPUT}.tmp" "${before}")
file(APPEND "${OUTPUT}.tmp" ")${delimiter}\";\n\nconst std::string_view kPageAfterData = R\"${delimiter}(")
file(APPEND "${OUTPUT}.tmp" "${after}")
file(APPEND "${OUTPUT}.tmp" ")${delimiter}\";\n\n}  // namespace diplograph::report\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
