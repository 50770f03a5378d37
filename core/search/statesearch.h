// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "model/snapshot.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace statelens::search {

/// What a search looks at and how it matches.
struct Query
{
    QString text;
    bool regex = false;
    bool caseSensitive = false;
    bool inKeys = true;     ///< key names and values
    bool inTasks = true;    ///< description, status, error, result and log messages
    bool inLogs = true;     ///< every record of every log file
    bool inReports = true;
    bool inBackups = false; ///< the keys and tasks each usable backup holds (reads every backup: on request)
};

/// What kind of thing a hit is in; the order is the order of the groups shown.
enum class HitKind { Key, Task, Log, Report, Backup };

struct Hit
{
    HitKind kind = HitKind::Key;
    /// Key: the namespace. Backup: the namespace (or "@tasks") inside the backup.
    QString ns;
    /// Key: the key. Task and Report: the id. Log: the log's name. Backup: the key (or task id).
    QString key;
    /// Log: the log file (absolute). Backup: the backup's id.
    QString location;
    int line = 0;     ///< Log: the 1-based line of the record
    QString title;    ///< Task (also in a backup): its description
    /// Which part matched, a stable machine word: "key", "value", "description", "status", "error",
    /// "result", "log" (a task's log message), "message", "report".
    QString field;
    QString snippet;  ///< the match with some context, on one line
};

/// A key's value as the pending edits leave it (the window searches what it shows).
struct EditedValue
{
    QString ns;
    QString key;   ///< empty: the whole namespace
    bool removed = false;
    json::JsonValue value;
};

struct Result
{
    QList<Hit> hits; ///< grouped by kind (HitKind order), each group in the state's own order
    bool truncated = false; ///< stopped at the hit limit
    bool cancelled = false;
    QString error;   ///< an invalid regular expression
};

/// Searches `snapshot` (as `edits` leave it) for `query`: keys and values, tasks (their files are read for
/// the result and log messages; a task with an edit is searched as edited), log files, reports and, with
/// Query::inBackups, the backups. Safe on any thread; reads files, so run it on the Executor. Stops when
/// `cancel` is set (Result::cancelled) or after `maxHits` hits. One hit per key, task field or log record.
Result searchState(const Snapshot& snapshot, const QList<EditedValue>& edits, const Query& query,
                   const std::atomic<bool>* cancel = nullptr, int maxHits = 5000);

} // namespace statelens::search
