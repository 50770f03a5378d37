// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>

class QFontMetrics;

namespace statelens::ui {

/// "12.3 KB", in the user's locale.
QString formatSize(qint64 bytes);
/// Local date and time with seconds (with milliseconds when `milliseconds`), or "—" when invalid.
QString formatDateTime(const QDateTime& time, bool milliseconds = false);
/// The times of `times` that share their second with another one (as msecs since the epoch, rounded down
/// to the second): those need milliseconds to be told apart.
QSet<qint64> collidingSeconds(const QList<QDateTime>& times);
/// "1 h 2 min", "3.4 s", "120 ms".
QString formatDuration(qint64 milliseconds);
/// Width of a column of JSON type names (JsonValue::typeName, in the current language) with a margin.
int typeColumnWidth(const QFontMetrics& metrics);

} // namespace statelens::ui
