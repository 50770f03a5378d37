// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceutil.h"

namespace statelens {

/// Reads a task object (the documents' Task shape) at `node` of `doc`.
Task readTask(const DocumentPtr& doc, quint32 node, const QString& file);

/// Reads every task file in `dir` (task_<id>.json and <uuid>.json alike); unreadable files become
/// problems. Stops early (returning what it has) when the context is cancelled.
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
