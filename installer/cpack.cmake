# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules for the data files, and the Debian package. Include this file once from the top-level
# CMakeLists.txt, anywhere after project():
#     include(installer/cpack.cmake)
# The programs install themselves (install(TARGETS) in app/statelens, app/cli and app/demowriter).
# Then build the package with:
#     cmake --build build --target package        (writes build/statelens_<version>_<arch>.deb)
#
# What is installed (prefix /usr in the package):
#   bin/statelens                                 the window (app/statelens)
#   bin/statelens-cli                             the command-line tool (app/cli)
#   libexec/statelens/statelens-demo-writer       the demo writer, not on PATH (app/demowriter)
#   share/applications/io.github.statelens.StateLens.desktop
#   share/metainfo/io.github.statelens.StateLens.metainfo.xml
#   share/icons/hicolor/{scalable,NxN}/apps/io.github.statelens.StateLens.{svg,png}
#   share/statelens/demo/coding-agent-state/      the demo state
#   share/doc/statelens/                          README.md and docs/*.md, copyright, changelog.Debian.gz
#   share/lintian/overrides/statelens             installer/debian/statelens.lintian-overrides
#   share/man/man1/statelens{,-cli}.1.gz          made by help2man (installer/manpages.cmake)
#   share/bash-completion/completions/statelens-cli, share/zsh/vendor-completions/_statelens-cli,
#   share/fish/vendor_completions.d/statelens-cli.fish          from installer/completions/
#
# The package is made from the build that exists (no second compile), so CPack rather than
# dpkg-buildpackage; installer/statelens-setup package-check builds it and runs lintian on it.
include(GNUInstallDirs)

get_filename_component(STATELENS_SOURCE_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(_sl_res "${STATELENS_SOURCE_ROOT}/resources")
set(_sl_id io.github.statelens.StateLens)

install(FILES "${_sl_res}/${_sl_id}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_sl_res}/${_sl_id}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${_sl_res}/statelens.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${_sl_id}.svg")
foreach(size 16 32 48 64 128 256)
    install(FILES "${_sl_res}/icons/statelens-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" RENAME "${_sl_id}.png")
endforeach()
install(DIRECTORY "${_sl_res}/demo/coding-agent-state" DESTINATION "${CMAKE_INSTALL_DATADIR}/statelens/demo")
set(_sl_completions "${STATELENS_SOURCE_ROOT}/installer/completions")
install(FILES "${_sl_completions}/statelens-cli.bash"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME statelens-cli)
install(FILES "${_sl_completions}/_statelens-cli" DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")
install(FILES "${_sl_completions}/statelens-cli.fish" DESTINATION "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")
file(GLOB _sl_docs CONFIGURE_DEPENDS "${STATELENS_SOURCE_ROOT}/README.md" "${STATELENS_SOURCE_ROOT}/docs/*.md")
if(_sl_docs)
    install(FILES ${_sl_docs} DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/statelens")
endif()

# The package. Its Debian revision is the one of the newest entry in installer/debian/changelog.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(_sl_debian "${STATELENS_SOURCE_ROOT}/installer/debian")
file(STRINGS "${_sl_debian}/changelog" _sl_changelog_head LIMIT_COUNT 1)
set(_sl_deb_version "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
if(NOT _sl_changelog_head MATCHES "^statelens \\(${_sl_deb_version}\\) ")
    message(FATAL_ERROR "installer/debian/changelog does not start with an entry for ${_sl_deb_version}: "
                        "add one when the version changes")
endif()
install(FILES "${_sl_debian}/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/statelens")
install(FILES "${_sl_debian}/statelens.lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
        RENAME statelens)
set(_sl_changelog_gz "${CMAKE_BINARY_DIR}/debian/changelog.Debian.gz")
add_custom_command(OUTPUT "${_sl_changelog_gz}"
    COMMAND ${CMAKE_COMMAND} -E copy "${_sl_debian}/changelog" "${CMAKE_BINARY_DIR}/debian/changelog.Debian"
    COMMAND gzip -9nf "${CMAKE_BINARY_DIR}/debian/changelog.Debian"
    DEPENDS "${_sl_debian}/changelog"
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(statelens_debian_changelog ALL DEPENDS "${_sl_changelog_gz}")
install(FILES "${_sl_changelog_gz}" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/statelens")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME statelens)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The StateLens developers")
# The Maintainer field (name and address); the address is in the reserved example.org domain until the
# project has its own. (A new cache name: build folders kept an address-less CPACK_PACKAGE_CONTACT.)
set(STATELENS_MAINTAINER "StateLens developers <statelens@example.org>" CACHE STRING "Maintainer field of the .deb")
if(NOT STATELENS_MAINTAINER MATCHES "^[^<>]+ <[^<>@ ]+@[^<>@ ]+>$")
    message(FATAL_ERROR "STATELENS_MAINTAINER must be \"Name <address>\", not \"${STATELENS_MAINTAINER}\"")
endif()
set(CPACK_PACKAGE_CONTACT "${STATELENS_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wants the extended description in lines of at most 80 columns: the line breaks are kept.
set(CPACK_PACKAGE_DESCRIPTION
    "StateLens opens the folders and files where agents, bots and long-lived
services keep their state (JSON files, SQLite key-value stores, MessagePack
backups compressed with zstd or lz4), shows them as one tree, and edits them
safely: only the changed bytes are rewritten, a backup is made first, and a
file that changed on disk meanwhile is never overwritten.
statelens-cli does the same from a terminal.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: name them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
find_program(STATELENS_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(STATELENS_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    # Without dpkg-dev, name the libraries by hand (Debian 12 package names).
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS
           ", libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6charts6 (>= 6.4), "
           "libqt6sql6 (>= 6.4), "
           "libqt6concurrent6 (>= 6.4), libzstd1, liblz4-1, libstdc++6, libc6")
endif()
include(CPack)
