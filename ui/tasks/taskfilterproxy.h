// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace statelens::ui {

class TaskTableModel;

/// Keeps the tasks with one status (or all) whose id, description, tool or error contains a text. It
/// does not sort: sort() is passed on to the TaskTableModel below, which keeps its rows in order. Its
/// source must be a TaskTableModel (any other passes every row).
class TaskFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxy)

public:
    explicit TaskFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Empty: every status.
    void setStatus(const QString& status);
    void setText(const QString& text);
    const QString& status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    TaskTableModel* m_tasks = nullptr; ///< the source model
    QString m_status;
    QString m_text;
};

} // namespace statelens::ui
