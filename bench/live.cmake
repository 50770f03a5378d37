# SPDX-License-Identifier: GPL-3.0-or-later
# Included from bench/CMakeLists.txt: latency from an external write to LiveState's delta and to the task
# model's dataChanged (numbers in docs/LIVE.md). Uses the tests' writer_files helper when tests are built.
qt_add_executable(bench_live_latency ${CMAKE_CURRENT_LIST_DIR}/live_latency.cpp ${CMAKE_CURRENT_LIST_DIR}/benchclock.h)
target_link_libraries(bench_live_latency PRIVATE statelens_ui)
if(TARGET writer_files)
    add_dependencies(bench_live_latency writer_files)
    target_compile_definitions(bench_live_latency PRIVATE STATELENS_WRITER_FILES="$<TARGET_FILE:writer_files>")
endif()
