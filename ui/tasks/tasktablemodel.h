// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QAbstractTableModel>

namespace statelens::ui {

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
    const QList<Task>& tasks() const { return m_tasks; }
    /// Milliseconds from start (or creation) to completion (or last update); -1 if unknown.
    static qint64 durationMs(const Task& task);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<Task> m_tasks;
};

} // namespace statelens::ui
