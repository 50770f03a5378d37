// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhitmodel.h"

#include "common/valuehints.h"

#include <algorithm>

namespace statelens::ui {

namespace {
/// Internal id of a hit row: its group's row + 1 (0 marks a group row).
quintptr groupId(int groupRow)
{
    return quintptr(groupRow) + 1;
}

QString fieldName(const QString& field)
{
    if (field == QLatin1String("key"))
        return SearchHitModel::tr("key");
    if (field == QLatin1String("value"))
        return SearchHitModel::tr("value");
    if (field == QLatin1String("description"))
        return SearchHitModel::tr("description");
    if (field == QLatin1String("status"))
        return SearchHitModel::tr("status");
    if (field == QLatin1String("error"))
        return SearchHitModel::tr("error");
    if (field == QLatin1String("result"))
        return SearchHitModel::tr("result");
    if (field == QLatin1String("log"))
        return SearchHitModel::tr("log message");
    if (field == QLatin1String("message"))
        return SearchHitModel::tr("record");
    if (field == QLatin1String("report"))
        return SearchHitModel::tr("report");
    return field;
}
} // namespace

SearchHitModel::SearchHitModel(QObject* parent) : QAbstractItemModel(parent) { }

QString SearchHitModel::kindName(search::HitKind kind)
{
    switch (kind) {
    case search::HitKind::Key: return tr("Keys");
    case search::HitKind::Task: return tr("Tasks");
    case search::HitKind::Log: return tr("Logs");
    case search::HitKind::Report: return tr("Reports");
    case search::HitKind::Backup: return tr("Backups");
    }
    return {};
}

void SearchHitModel::setHits(const QList<search::Hit>& hits)
{
    beginResetModel();
    m_groups.clear();
    for (const search::Hit& h : hits) {
        auto it = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group& g) { return g.kind == h.kind; });
        if (it == m_groups.end())
            it = m_groups.insert(std::upper_bound(m_groups.begin(), m_groups.end(), h.kind,
                                                  [](search::HitKind k, const Group& g) { return k < g.kind; }),
                                 Group { h.kind, {} });
        it->hits << h;
    }
    endResetModel();
}

const search::Hit* SearchHitModel::hitAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group& g = m_groups[int(index.internalId() - 1)];
    return &g.hits[index.row()];
}

QModelIndex SearchHitModel::groupIndex(search::HitKind kind) const
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].kind == kind)
            return createIndex(i, 0, quintptr(0));
    return {};
}

QModelIndex SearchHitModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, groupId(parent.row()));
}

QModelIndex SearchHitModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchHitModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].hits.size());
}

int SearchHitModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SearchHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Found in");
    case WhereColumn: return tr("In");
    case SnippetColumn: return tr("Match");
    }
    return {};
}

QVariant SearchHitModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (const search::Hit* h = hitAt(index))
        return hitData(*h, index.column(), role);
    const Group& g = m_groups[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? tr("%1 (%2)").arg(kindName(g.kind)).arg(g.hits.size()) : QVariant();
    case KindRole: return int(g.kind);
    case IsGroupRole: return true;
    }
    return {};
}

QVariant SearchHitModel::hitData(const search::Hit& h, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            switch (h.kind) {
            case search::HitKind::Key: return QStringLiteral("%1 / %2").arg(h.ns, h.key);
            case search::HitKind::Task: return h.title.isEmpty() ? h.key : h.title;
            case search::HitKind::Log: return tr("%1, line %2").arg(h.key).arg(h.line);
            case search::HitKind::Report: return h.key;
            case search::HitKind::Backup:
                return h.ns == QLatin1String("@tasks") ? tr("%1: task %2").arg(h.location, h.title.isEmpty() ? h.key : h.title)
                                                       : tr("%1: %2 / %3").arg(h.location, h.ns, h.key);
            }
            return {};
        case WhereColumn: return fieldName(h.field);
        case SnippetColumn:
            return h.field == QLatin1String("value") && looksSecret(h.key) ? maskedText() : h.snippet;
        }
        return {};
    case Qt::ToolTipRole:
        switch (h.kind) {
        case search::HitKind::Task: return tr("Task %1").arg(h.key);
        case search::HitKind::Log: return QStringLiteral("%1:%2").arg(h.location).arg(h.line);
        case search::HitKind::Report: return h.location;
        default: return QStringLiteral("%1 / %2").arg(h.ns, h.key);
        }
    case NamespaceRole: return h.ns;
    case KeyRole: return h.key;
    case KindRole: return int(h.kind);
    case IsGroupRole: return false;
    }
    return {};
}

} // namespace statelens::ui
