// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QStringList>

namespace statelens::backup {

/// One line of the restore journal (`<root>/.statelens/restore-journal.jsonl`, docs/FORMAT.md).
struct JournalRecord
{
    QDateTime time;
    QString action;      ///< "restore", "undo" (restoring a safety backup made by a restore), "export"
    QString status;      ///< "ok", or "failed" (nothing was changed)
    QString backupId;
    QString backupKind;
    QString backupPath;
    QStringList scope;   ///< empty: everything; else the NAMESPACE, NAMESPACE/KEY or @tasks/<id> chosen
    int entries = 0;     ///< entries restored
    QStringList files;   ///< files written or removed (relative to the state root), or "database"
    QString safetyId;    ///< the safety backup taken first
    QString target;      ///< for "export": the folder the result went to
    QString error;       ///< for "failed"
};

/// Path of the journal of the state at `root`.
QString journalPath(const QString& root);

/// Appends one record (one JSON line), written atomically like every StateLens write.
Result<void> appendJournal(const QString& root, const JournalRecord& record);

/// Every record, oldest first. A missing journal is empty; a line that does not parse is skipped.
Result<QList<JournalRecord>> readJournal(const QString& root);

} // namespace statelens::backup
