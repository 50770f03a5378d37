// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace statelens::ui {

/// One line of a log, split into what the viewer shows.
struct LogRecord
{
    QString time;
    QString level;   ///< as written ("info", "ERROR", "success" for audit entries), may be empty
    QString message;
    QString details; ///< the other fields of a JSON line, compact
    QString source;  ///< the file's name
    int line = 0;    ///< 1-based line in the file
};

/// Splits a text log into records; recognises a leading "[time]" or ISO time and a level word.
QList<LogRecord> parseTextLog(const QByteArray& content, const QString& source);
/// Splits a JSON Lines log; lines that are not JSON are kept as text with level "invalid".
QList<LogRecord> parseJsonLinesLog(const QByteArray& content, const QString& source);

} // namespace statelens::ui
