// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceutil.h"

#include <QSet>

namespace statelens {

/// Makes the short texts that repeat over many tasks (status, tool) share one string each, so that
/// 100k tasks hold a handful of status strings: counting, filtering and sorting by status then stay in
/// cache, and memory shrinks. Not thread-safe: one pool per thread.
class TextPool
{
public:
    QString take(QString text);

private:
    QSet<QString> m_texts;
};

/// Reads a task object (the documents' Task shape) at `node` of `doc`; `pool`, if given, shares the
/// status and tool strings.
Task readTask(const DocumentPtr& doc, quint32 node, const QString& file, TextPool* pool = nullptr);

/// Reads the task of a task file whose parsed content is `doc` (its root object) for the summary: the
/// task's whole object is not kept but read again from `file` when it is asked for (ValueRef::deferred).
Task readTaskFile(const json::Document& doc, const QString& file, TextPool* pool = nullptr);

/// Reads every task file in `dir` (task_<id>.json and <uuid>.json alike); unreadable files become
/// problems. Each task keeps its summary; its whole object is read when it is opened (readTaskFile).
/// Stops early (returning what it has) when the context is cancelled.
QList<Task> readTaskFolder(const QString& dir, Snapshot& snapshot, const LoadContext& context);

struct TaskMetrics
{
    int total = 0;
    int completed = 0;
    int failed = 0;
    qint64 averageCompletionMs = 0; ///< rounded mean of completed_at − created_at over completed tasks
};

/// The metrics the documents list, recomputed from tasks as the coding-agent server computes them.
TaskMetrics computeMetrics(const QList<Task>& tasks);

} // namespace statelens
