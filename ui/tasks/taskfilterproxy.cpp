// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskfilterproxy.h"

#include "tasks/tasktablemodel.h"

#include "model/snapshot.h"

namespace statelens::ui {

TaskFilterProxy::TaskFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TaskFilterProxy::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void TaskFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && idx.data(TaskTableModel::StatusRole).toString() != m_status)
        return false;
    if (!m_text.isEmpty()
        && !idx.data(TaskTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool TaskFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const TaskTableModel*>(sourceModel());
    if (!model || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const Task& a = model->tasks()[left.row()];
    const Task& b = model->tasks()[right.row()];
    switch (left.column()) {
    case TaskTableModel::IdColumn: return a.id < b.id;
    case TaskTableModel::DescriptionColumn: return a.description.compare(b.description, Qt::CaseInsensitive) < 0;
    case TaskTableModel::StatusColumn: return a.status < b.status;
    case TaskTableModel::ToolColumn: return a.tool < b.tool;
    case TaskTableModel::CreatedColumn: return a.createdAt < b.createdAt;
    case TaskTableModel::UpdatedColumn: return a.updatedAt < b.updatedAt;
    case TaskTableModel::DurationColumn: return TaskTableModel::durationMs(a) < TaskTableModel::durationMs(b);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace statelens::ui
