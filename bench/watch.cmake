# SPDX-License-Identifier: GPL-3.0-or-later
# Included from bench/CMakeLists.txt: StateWatcher latency against an external writer process
# (numbers in docs/WATCHING.md). Uses the tests' writer_files helper when tests are built.
qt_add_executable(bench_watch_latency ${CMAKE_CURRENT_LIST_DIR}/watch_latency.cpp ${CMAKE_CURRENT_LIST_DIR}/benchclock.h)
target_link_libraries(bench_watch_latency PRIVATE statelens_core)
if(TARGET writer_files)
    add_dependencies(bench_watch_latency writer_files)
    target_compile_definitions(bench_watch_latency PRIVATE STATELENS_WRITER_FILES="$<TARGET_FILE:writer_files>")
endif()
