// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace statelens {

/// What the demo writer needs to know about one task file.
struct TaskInfo
{
    QString id;
    QString status;
    QString description;
};

/// Counts derived from tasks/, as the coding agent stores them in state.json's "metrics".
struct TaskMetrics
{
    int total = 0;
    int completed = 0;
    int failed = 0;
    qint64 averageCompletionMs = 0; ///< round(mean(completed_at - created_at)) over completed tasks
};

/// The outcome of one status change, for the program's output and the session log.
struct TaskTransition
{
    QString id;
    QString description;
    QString from;
    QString to;
};

/// The tasks/ folder of a coding-agent state, written the way the agent writes it: one JSON file per task,
/// rewritten in place (truncate, then write, like Node's fs.writeFile), 2-space indentation.
class TaskStore
{
public:
    explicit TaskStore(QString tasksDir);

    /// Reads every tasks/*.json. Files that cannot be read or parsed are left out and named in `problems`.
    QList<TaskInfo> list(QStringList* problems = nullptr) const;
    /// Metrics over the readable task files.
    TaskMetrics metrics() const;

    /// Writes a new pending task with a fresh UUID v4 id.
    Result<TaskInfo> create(const QString& description, const QString& tool);
    /// Moves a task one step on (pending -> in_progress -> completed, failed or waiting; waiting ->
    /// in_progress), appending log entries and setting started_at, completed_at, result or error. The file's
    /// formatting is kept: only the changed bytes are replaced.
    Result<TaskTransition> advance(const QString& id, QRandomGenerator& random);

    /// Deletes the task's file (a plain unlink, as the agent's clean-up does).
    Result<void> remove(const QString& id);

    /// True for statuses a task never leaves.
    static bool isFinal(const QString& status);

private:
    QString filePath(const QString& id) const;
    Result<void> writeInPlace(const QString& path, const QByteArray& content) const;

    QString m_dir;
};

/// ISO-8601 UTC with milliseconds and Z ("2026-11-21T08:33:50.012Z").
QString isoTimestamp(const QDateTime& time);

} // namespace statelens
