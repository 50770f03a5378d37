// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme/theme.h"

#include <QString>

class QApplication;
class QCoreApplication;

namespace statelens::ui {

class MainWindow;

/// What the command line asked for.
struct StartupOptions
{
    QString path;           ///< folder or file to open
    QString screenshot;     ///< hidden: grab the window to this PNG after loading, then quit
    QString select;         ///< hidden: "tasks", "backups", "problems", "batch", "logs" or NAMESPACE/KEY
    bool rawEditor = false; ///< hidden: show the raw JSON tab of the value editor
    bool conversation = false; ///< hidden: show the value as a conversation where it is one
    bool dark = false;      ///< hidden: the Dark theme, whatever Preferences say (for screenshots)
};

/// True when a GUI can start: QT_QPA_PLATFORM is set, or DISPLAY / WAYLAND_DISPLAY is.
bool hasDisplay();
/// The message printed when there is no display.
QString noDisplayMessage();
/// Parses the command line; --help and --version print and exit here, so that they need no display
/// (pass a QCoreApplication when there is none).
StartupOptions parseStartupOptions(const QCoreApplication& app);
/// The theme to start with: Dark for the hidden --dark, else the one chosen in Preferences.
Theme startupTheme(const StartupOptions& options);
/// Opens the path, applies the hidden options once the state has loaded.
void start(MainWindow& window, const StartupOptions& options);

} // namespace statelens::ui
