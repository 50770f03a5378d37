// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QList>

namespace statelens::ui {

/// The order of the task table for one column: compares tasks by the column's value (times and
/// durations as numbers, the description without regard to case), ties by their place in the list, so
/// that an order is always total and the same every time. Keys are computed once per task, so sorting
/// 100,000 tasks makes no QDateTime conversion per comparison. Plain data: it can be built and used on
/// a worker thread with a copy of the list.
class TaskOrder
{
public:
    TaskOrder() = default;
    /// Keys for `tasks`; later calls are given the same list (or the one remap() moved to).
    TaskOrder(const QList<Task>& tasks, int column, Qt::SortOrder order);

    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }

    /// True when tasks[a] comes before tasks[b].
    bool before(const QList<Task>& tasks, int a, int b) const;
    /// Every index of `tasks`, in this order.
    QList<int> sorted(const QList<Task>& tasks) const;

    /// Moves the keys to `tasks`, a newer list: `newIndexOf` gives, for each index of the old list, its
    /// index in the new one (-1: removed); `fresh` are the indices of new and changed tasks.
    void remap(const QList<Task>& tasks, const QList<int>& newIndexOf, const QList<int>& fresh);

    /// Frees the case-folded descriptions (comparisons then fold as they go): they speed up a whole sort,
    /// not the few comparisons of a live insertion, and 100k strings are better freed on the worker.
    void dropTextKeys() { m_folded = {}; }

    /// A number that sorts like a time column (CreatedColumn, UpdatedColumn, DurationColumn of
    /// TaskTableModel); 0 for the other columns.
    static qint64 timeKey(const Task& task, int column);

private:
    void computeKey(const QList<Task>& tasks, int index);

    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<qint64> m_times; ///< time columns
    QList<QString> m_folded; ///< description, case-folded; empty when dropped
};

} // namespace statelens::ui
