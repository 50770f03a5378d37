// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskfilterproxy.h"

#include "tasks/tasktablemodel.h"

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

} // namespace statelens::ui
