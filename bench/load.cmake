# SPDX-License-Identifier: GPL-3.0-or-later
qt_add_executable(bench_load ${CMAKE_CURRENT_LIST_DIR}/load_state.cpp ${CMAKE_CURRENT_LIST_DIR}/statemaker.h ${CMAKE_CURRENT_LIST_DIR}/statemaker.cpp)
target_link_libraries(bench_load PRIVATE statelens_core)
