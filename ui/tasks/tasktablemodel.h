// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/livedelta.h"
#include "model/snapshot.h"
#include "tasks/taskorder.h"

#include <QAbstractTableModel>

namespace statelens::ui {

class ChangeMarks;

/// All tasks of a state as a table, in the order of its sort column. The model sorts itself (views on
/// it, or on a proxy that forwards sort(), show rows in this order): keys are computed once per task,
/// and a list larger than syncSortLimit() is sorted on a worker thread while the window shows the
/// previous order, so that sorting 100,000 tasks never stalls it. Cells are computed when shown.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column { IdColumn, DescriptionColumn, StatusColumn, ToolColumn, CreatedColumn, UpdatedColumn,
                  DurationColumn, ColumnCount };
    explicit TaskTableModel(QObject* parent = nullptr);
    ~TaskTableModel() override;

    /// Shows `tasks` (a snapshot's list, kept in its order by tasks()). A large list is sorted on a
    /// worker first; the previous rows stay until it is done.
    void setTasks(const QList<Task>& tasks);
    /// Moves to `tasks` (a newer version of the list) in place: the rows `delta` names are removed, inserted
    /// (where the sort order puts them) or changed (and moved when their sort key moved), so that views
    /// keep their selection and scroll position. Changed and new rows are highlighted for a moment and say
    /// when they changed in their tooltip.
    void applyDelta(const QList<Task>& tasks, const ListDelta& delta);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// True while a sort runs on a worker thread; sorted() says when it is applied.
    bool isSorting() const { return m_running != 0; }
    /// Lists of up to this many tasks are sorted at once, on the calling thread.
    void setSyncSortLimit(int rows) { m_syncLimit = rows; }
    int syncSortLimit() const { return m_syncLimit; }

    ChangeMarks* marks() const { return m_marks; }
    /// The tasks in the snapshot's order (not the rows' order).
    const QList<Task>& tasks() const { return m_tasks; }
    /// The task shown in `row`.
    const Task& taskAt(int row) const { return m_tasks[m_order[row]]; }
    /// The row that shows the task of `file`, or -1.
    int rowOfFile(const QString& file) const;
    /// Milliseconds from start (or creation) to completion (or last update); -1 if unknown.
    static qint64 durationMs(const Task& task);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    /// A sort that ran on a worker thread was applied.
    void sorted();

private:
    struct Sorted;
    /// Sorts `tasks` by the current column on a worker; `replace` makes them the model's tasks then.
    void startSort(const QList<Task>& tasks, bool replace);
    void finishSort(quint64 job, const std::shared_ptr<Sorted>& result);
    /// New rows order for the same tasks, keeping persistent indexes on their tasks.
    void relayout(QList<int> order);
    void rebuildRowIndex();
    void repaint(const QStringList& files);

    QList<Task> m_tasks;
    QList<int> m_order; ///< row -> index in m_tasks (-1 only while rows are being removed)
    QList<int> m_rowOf; ///< index in m_tasks -> row
    TaskOrder m_keys;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_syncLimit = 20000;
    quint64 m_jobs = 0; ///< last job started
    quint64 m_running = 0; ///< the job whose result is awaited, 0 for none
    bool m_replacing = false; ///< that job brings new tasks (setTasks), not only a new order
    QList<Task> m_waiting; ///< the tasks a replacing job brings
    ChangeMarks* m_marks;
};

} // namespace statelens::ui
