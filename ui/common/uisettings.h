// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
} // namespace UiSettings

} // namespace statelens::ui
