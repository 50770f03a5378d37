// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/source.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace statelens::langgraph {

/// One row of SqliteSaver's `checkpoints` table, undecoded.
struct CheckpointRow
{
    QString thread;
    QString ns; ///< checkpoint_ns: "" for the graph, "<node>:<task id>" (joined by '|') for subgraphs
    QString id;
    QString parentId; ///< empty: the first checkpoint of its chain
    QString type;     ///< how both blobs are serialised ("json", "msgpack", …)
    QByteArray checkpoint;
    QByteArray metadata;
};

/// One row of the `writes` table: a write of a task, pending until the next checkpoint takes it in.
struct WriteRow
{
    QString thread;
    QString ns;
    QString checkpointId;
    QString taskId;
    qint64 idx = 0;
    QString channel;
    QString type;
    QByteArray value;
};

/// Everything a checkpoint database holds, as read in one read transaction.
struct DatabaseRows
{
    QList<CheckpointRow> checkpoints; ///< by thread, namespace and checkpoint id (oldest first)
    QList<WriteRow> writes;           ///< by thread, namespace, checkpoint id, task id and idx
    QString note;                     ///< set when only an immutable open worked
    bool readOnly = false;            ///< true when only an immutable open worked
};

/// True if `path` is a SQLite file with SqliteSaver's `checkpoints` and `writes` tables (opened
/// read-only; nothing is written).
bool hasCheckpointTables(const QString& path);

/// Reads both tables of `path` without writing to it (read-only open; an immutable open when that fails,
/// noted in DatabaseRows::note). Errors name the file and give SQLite's message.
Result<DatabaseRows> readDatabase(const QString& path, const LoadContext& context = {});

/// Reads the one checkpoint row (`thread`, `ns`, `id`); NotFound when it is not there.
Result<CheckpointRow> readCheckpoint(const QString& path, const QString& thread, const QString& ns, const QString& id);

} // namespace statelens::langgraph
