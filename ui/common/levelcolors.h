// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QFrame;
class QLabel;

namespace statelens::ui {

/// Text colour for a log level or a status ("error", "failed", "warn", "debug", "completed" ...), chosen
/// to be readable on the palette's base colour; invalid for levels shown in the normal text colour.
QColor levelColor(const QString& level, const QPalette& palette);
/// True when the palette is dark (light text on a dark base).
bool isDark(const QPalette& palette);
/// The colour for text that is there but not in effect (removed keys, unusable backups).
QColor mutedColor(const QPalette& palette);

/// Makes `frame` a banner above the centre: a panel tinted with the colour of `level` ("warning",
/// "error"), and `label` wrapping, selectable text (the conflict, overwrite and damage banners).
void styleAsBanner(QFrame* frame, QLabel* label, const QString& level);

} // namespace statelens::ui
