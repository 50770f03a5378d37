// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhitmodel.h"

#include "common/valuehints.h"

namespace statelens::ui {

SearchHitModel::SearchHitModel(QObject* parent)
    : SimpleTableModel({ tr("Namespace"), tr("Key"), tr("In"), tr("Match") }, parent)
{
}

void SearchHitModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QVariant SearchHitModel::cell(int row, int column, int role) const
{
    const SearchHit& h = m_hits[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NamespaceColumn: return h.ns;
        case KeyColumn: return h.key;
        case WhereColumn: return h.inKey ? tr("key") : tr("value");
        case SnippetColumn: return !h.inKey && looksSecret(h.key) ? maskedText() : h.snippet;
        }
        return {};
    case Qt::ToolTipRole: return QStringLiteral("%1 / %2").arg(h.ns, h.key);
    case NamespaceRole: return h.ns;
    case KeyRole: return h.key;
    }
    return {};
}

} // namespace statelens::ui
