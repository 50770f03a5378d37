# SPDX-License-Identifier: GPL-3.0-or-later
# The man pages of statelens and statelens-cli, made by help2man from the programs' own --help and
# --version (plus the sections in docs/man/*.h2m), so that they cannot drift from the help. Include this
# file from the top-level CMakeLists.txt after the programs' targets exist.
# Needs help2man (Debian package help2man); without it the pages are not made, and the package check
# (installer/statelens-setup package-check) fails on lintian's no-manual-page.
include(GNUInstallDirs)
find_program(STATELENS_HELP2MAN help2man)
find_program(STATELENS_GZIP gzip)
if(NOT STATELENS_HELP2MAN OR NOT STATELENS_GZIP)
    message(WARNING "help2man or gzip not found: the man pages of statelens and statelens-cli are not built")
    return()
endif()

set(_sl_man_dir "${CMAKE_BINARY_DIR}/man")
set(_sl_man_pages)
foreach(program statelens statelens-cli)
    set(_sl_include "${PROJECT_SOURCE_DIR}/docs/man/${program}.h2m")
    set(_sl_page "${_sl_man_dir}/${program}.1")
    if(program STREQUAL statelens)
        set(_sl_what "inspect and edit the state that tools persist to disk")
        set(_sl_help_option --help)
    else()
        set(_sl_what "inspect and edit the state that tools persist to disk, from a terminal")
        # The overview and the options of every command.
        set(_sl_help_option --help-all)
    endif()
    # No display and the C locale: the page is the English help, whatever the machine building it has.
    add_custom_command(OUTPUT "${_sl_page}.gz"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${_sl_man_dir}"
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                --unset=LANGUAGE LC_ALL=C.UTF-8
                "${STATELENS_HELP2MAN}" --no-info --section=1 --help-option=${_sl_help_option} "--name=${_sl_what}"
                --manual=${PROJECT_NAME} --source=${PROJECT_NAME} --version-string=${PROJECT_VERSION}
                --include=${_sl_include} --output=${_sl_page} $<TARGET_FILE:${program}>
        COMMAND "${STATELENS_GZIP}" -9nf "${_sl_page}"
        DEPENDS ${program} "${_sl_include}"
        COMMENT "Generating the man page of ${program}"
        VERBATIM)
    list(APPEND _sl_man_pages "${_sl_page}.gz")
    install(FILES "${_sl_page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()
add_custom_target(statelens_man_pages ALL DEPENDS ${_sl_man_pages})
