# SPDX-License-Identifier: GPL-3.0-or-later
# Resources compiled into the StateLens window. Include this file from the top-level CMakeLists.txt:
#     include(resources/resources.cmake)
# and call, for the GUI executable:
#     statelens_add_resources(statelens)
# The files are then reachable in Qt under ":/statelens/", for example:
#     QIcon icon;
#     for (int size : {16, 32, 48, 64, 128, 256})
#         icon.addFile(QStringLiteral(":/statelens/icons/statelens-%1.png").arg(size));
# The window icon uses the PNGs: Qt needs its SVG image plugin (not a dependency) to draw statelens.svg.
# The PNGs are rendered from statelens.svg: for n in 16 32 48 64 128 256; do
#     rsvg-convert -w $n -h $n resources/statelens.svg -o resources/icons/statelens-$n.png; done

set(STATELENS_RESOURCES_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(STATELENS_ICON_SIZES 16 32 48 64 128 256)
set(STATELENS_APP_ID io.github.statelens.StateLens)

# Every file in the resource bundle, as absolute paths.
set(STATELENS_RESOURCE_FILES "${STATELENS_RESOURCES_DIR}/statelens.svg")
foreach(size IN LISTS STATELENS_ICON_SIZES)
    list(APPEND STATELENS_RESOURCE_FILES "${STATELENS_RESOURCES_DIR}/icons/statelens-${size}.png")
endforeach()

# Adds the bundle to `target` (best an executable: resources in a static library need extra care to be linked).
function(statelens_add_resources target)
    qt_add_resources(${target} statelens_resources
        PREFIX /statelens
        BASE "${STATELENS_RESOURCES_DIR}"
        FILES ${STATELENS_RESOURCE_FILES})
endfunction()
