// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfilterproxy.h"

#include "logs/logrecordmodel.h"

namespace statelens::ui {

LogFilterProxy::LogFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) { }

void LogFilterProxy::setLevel(const QString& level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateFilter();
}

void LogFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_level.isEmpty() && idx.data(LogRecordModel::LevelRole).toString() != m_level)
        return false;
    return m_text.isEmpty()
        || idx.data(LogRecordModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace statelens::ui
