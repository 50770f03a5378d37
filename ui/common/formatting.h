// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace statelens::ui {

/// "12.3 KB", in the user's locale.
QString formatSize(qint64 bytes);
/// Local date and time with seconds, or "—" when invalid.
QString formatDateTime(const QDateTime& time);
/// "1 h 2 min", "3.4 s", "120 ms".
QString formatDuration(qint64 milliseconds);

} // namespace statelens::ui
