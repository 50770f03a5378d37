// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskfilterproxy.h"

#include "tasks/tasktablemodel.h"

#include "model/snapshot.h"

namespace statelens::ui {

TaskFilterProxy::TaskFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) { }

void TaskFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_tasks = qobject_cast<TaskTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TaskFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The task model sorts itself (off the UI thread when large); this proxy keeps its order.
    if (m_tasks)
        m_tasks->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
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

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_tasks || (m_status.isEmpty() && m_text.isEmpty()))
        return true;
    const Task& t = m_tasks->taskAt(sourceRow);
    if (!m_status.isEmpty() && t.status != m_status)
        return false;
    return m_text.isEmpty() || t.id.contains(m_text, Qt::CaseInsensitive)
        || t.description.contains(m_text, Qt::CaseInsensitive) || t.tool.contains(m_text, Qt::CaseInsensitive)
        || t.error.contains(m_text, Qt::CaseInsensitive);
}

} // namespace statelens::ui
