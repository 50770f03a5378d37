// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace statelens::ui {

/// Keeps the tasks with one status (or all) whose id, description, tool or error contains a text.
class TaskFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxy)

public:
    explicit TaskFilterProxy(QObject* parent = nullptr);

    /// Empty: every status.
    void setStatus(const QString& status);
    void setText(const QString& text);
    const QString& status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    /// Compares the tasks' fields directly: sorting 100k rows through QVariants stalls the window.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_status;
    QString m_text;
};

} // namespace statelens::ui
