# SPDX-License-Identifier: GPL-3.0-or-later
qt_add_executable(bench_json ${CMAKE_CURRENT_LIST_DIR}/json_parse.cpp ${CMAKE_CURRENT_LIST_DIR}/statemaker.h ${CMAKE_CURRENT_LIST_DIR}/statemaker.cpp)
target_link_libraries(bench_json PRIVATE statelens_core)
