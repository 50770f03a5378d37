# SPDX-License-Identifier: GPL-3.0-or-later
if(TARGET statelens_ui)
    qt_add_executable(bench_gui_open ${CMAKE_CURRENT_LIST_DIR}/gui_open.cpp ${CMAKE_CURRENT_LIST_DIR}/statemaker.h ${CMAKE_CURRENT_LIST_DIR}/statemaker.cpp)
    target_link_libraries(bench_gui_open PRIVATE statelens_ui Qt6::Widgets)
endif()
