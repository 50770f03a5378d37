// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"

#include <QAbstractItemModel>
#include <QList>

namespace statelens::ui {

/// A task's log entries as a timeline (time, level, type, message); each entry's metadata members are its
/// children, so they can be expanded.
class TaskLogModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLogModel)

public:
    enum Column { TimeColumn, LevelColumn, TypeColumn, MessageColumn, ColumnCount };

    explicit TaskLogModel(QObject* parent = nullptr);

    /// Reads the "logs" array of a task object.
    void setTask(const json::JsonValue& task);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Entry
    {
        QString time, level, type, message;
        QList<std::pair<QString, QString>> metadata;
    };
    QList<Entry> m_entries;
};

} // namespace statelens::ui
