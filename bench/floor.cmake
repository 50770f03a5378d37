# SPDX-License-Identifier: GPL-3.0-or-later
# The simdjson read+parse floor for bench/compare. simdjson is used here only, never by core/.
find_package(simdjson QUIET)
if(simdjson_FOUND)
    add_executable(bench_floor_parse ${CMAKE_CURRENT_LIST_DIR}/floor_parse.cpp)
    target_link_libraries(bench_floor_parse PRIVATE simdjson::simdjson)
else()
    message(STATUS "simdjson not found (Debian: libsimdjson-dev): bench_floor_parse is not built, bench/compare needs it")
endif()
