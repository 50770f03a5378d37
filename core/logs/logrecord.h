// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace statelens {

/// One line of a log, split into what the log viewer and `statelens-cli logs` show.
struct LogRecord
{
    QString time;
    QString level;   ///< as written ("info", "ERROR", "success" for audit entries), may be empty
    QString message;
    QString details; ///< the other fields of a JSON line, compact
    QString source;  ///< the file's name
    int line = 0;    ///< 1-based line in the file
};

/// Splits a text log into records (`source` names the file in each); recognises a leading "[time]" or ISO time and a level word.
QList<LogRecord> parseTextLog(const QByteArray& content, const QString& source);
/// Splits a JSON Lines log; lines that are not JSON are kept as text with level "invalid".
QList<LogRecord> parseJsonLinesLog(const QByteArray& content, const QString& source);
/// The records of `content`, a log in `format`.
QList<LogRecord> parseLog(const QByteArray& content, LogFile::Format format, const QString& source);

} // namespace statelens
