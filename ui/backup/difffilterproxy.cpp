// SPDX-License-Identifier: GPL-3.0-or-later
#include "difffilterproxy.h"

#include "backup/diffmodel.h"

namespace statelens::ui {

DiffFilterProxy::DiffFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void DiffFilterProxy::setNamespace(const QString& group)
{
    m_group = group;
    invalidateFilter();
}

void DiffFilterProxy::setSearch(const QString& text)
{
    m_search = text;
    invalidateFilter();
}

bool DiffFilterProxy::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (!m_group.isEmpty() && i.data(DiffModel::GroupRole).toString() != m_group)
        return false;
    if (m_search.isEmpty())
        return true;
    // Entries and value changes match on any column; a namespace shows when one of its rows does (recursive).
    if (!parent.isValid())
        return false;
    for (int c = 0; c < DiffModel::ColumnCount; ++c)
        if (sourceModel()->index(row, c, parent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return i.data(DiffModel::AddressRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace statelens::ui
