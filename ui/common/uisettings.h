// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/backupgenerations.h"
#include "theme/theme.h"

#include <QStringList>

namespace statelens::ui {

/// The application's own preferences (QSettings), in one place.
namespace UiSettings {
/// The separator that groups keys into a tree (":" unless changed; empty: no grouping).
QString keySeparator();
void setKeySeparator(const QString& separator);
QStringList recentPaths();
/// Moves `path` to the front of the recent list (at most 10 entries).
void addRecentPath(const QString& path);
void clearRecentPaths();
/// How many of StateLens's own backup generations saves keep per file, and for how many days.
backups::Retention generationRetention();
void setGenerationRetention(const backups::Retention& retention);
/// The theme chosen in Preferences (System unless changed).
Theme theme();
void setTheme(Theme theme);
} // namespace UiSettings

} // namespace statelens::ui
