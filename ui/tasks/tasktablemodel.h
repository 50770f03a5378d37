// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/livedelta.h"
#include "model/snapshot.h"

#include <QAbstractTableModel>

namespace statelens::ui {

class ChangeMarks;

/// All tasks of a state as a table. Cells are computed when shown; SortRole gives raw values (times as
/// QDateTime, durations in ms) so that the proxy sorts them correctly.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column { IdColumn, DescriptionColumn, StatusColumn, ToolColumn, CreatedColumn, UpdatedColumn,
                  DurationColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StatusRole, TaskIndexRole, SearchTextRole };

    explicit TaskTableModel(QObject* parent = nullptr);

    void setTasks(const QList<Task>& tasks);
    /// Moves to `tasks` (a newer version of the list) in place: the rows `delta` names are removed, inserted
    /// or changed, so that views keep their selection and scroll position. Changed and new rows are
    /// highlighted for a moment and say when they changed in their tooltip.
    void applyDelta(const QList<Task>& tasks, const ListDelta& delta);
    ChangeMarks* marks() const { return m_marks; }
    const QList<Task>& tasks() const { return m_tasks; }
    /// Milliseconds from start (or creation) to completion (or last update); -1 if unknown.
    static qint64 durationMs(const Task& task);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void repaint(const QStringList& files);

    QList<Task> m_tasks;
    ChangeMarks* m_marks;
};

} // namespace statelens::ui
