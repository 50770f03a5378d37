// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <utility>

class QDockWidget;
class QMainWindow;

namespace statelens::ui {

/// Fits `window` on its screen (from 1280×800 down to 800×500 logical pixels, a 1600×1000 screen at
/// scale 2): when the layout needs more room than the screen's available geometry, the docks of each
/// pair in `stackable` are tabbed (the first in front); then the window, its frame included, is made no
/// larger than the available geometry and moved inside it. Nothing is fixed in pixels: the sizes are
/// the widgets' own minimum size hints. Returns true when the whole window fits.
bool fitToScreen(QMainWindow* window, const QList<std::pair<QDockWidget*, QDockWidget*>>& stackable);

} // namespace statelens::ui
