// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffmodel.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace statelens::ui {

namespace {
QString preview(const json::JsonValue& v, bool present)
{
    if (!present)
        return {};
    QString s = QString::fromUtf8(v.toCompactJson());
    return s.size() > 120 ? s.left(119) + u'…' : s;
}

QColor kindColor(diff::ChangeKind k)
{
    switch (k) {
    case diff::ChangeKind::Added: return QColor(0x2e, 0x7d, 0x32);
    case diff::ChangeKind::Removed: return QColor(0xc6, 0x28, 0x28);
    case diff::ChangeKind::TypeChanged: return QColor(0x8e, 0x24, 0xaa);
    case diff::ChangeKind::Changed: return QColor(0xef, 0x6c, 0x00);
    }
    return {};
}
} // namespace

DiffModel::DiffModel(QObject* parent) : QAbstractItemModel(parent), m_beforeName(tr("Now")), m_afterName(tr("In the backup")) { }

void DiffModel::setSideNames(const QString& before, const QString& after)
{
    m_beforeName = before;
    m_afterName = after;
    Q_EMIT headerDataChanged(Qt::Horizontal, BeforeColumn, AfterColumn);
}

DiffModel::~DiffModel() = default;

void DiffModel::setDiff(const diff::DiffResult& d)
{
    beginResetModel();
    m_diff = d;
    m_groups.clear();
    QHash<QString, Node*> byName;
    for (int i = 0; i < int(m_diff.entries.size()); ++i) {
        const diff::EntryDiff& e = m_diff.entries[i];
        Node*& g = byName[e.ns];
        if (!g) {
            auto node = std::make_unique<Node>();
            node->group = e.ns;
            node->row = int(m_groups.size());
            g = node.get();
            m_groups.push_back(std::move(node));
        }
        auto en = std::make_unique<Node>();
        en->kind = Node::Kind::Entry;
        en->parent = g;
        en->row = int(g->children.size());
        en->entry = i;
        for (int j = 0; j < int(e.details.size()); ++j) {
            auto dn = std::make_unique<Node>();
            dn->kind = Node::Kind::Detail;
            dn->parent = en.get();
            dn->row = j;
            dn->entry = i;
            dn->detail = j;
            en->children.push_back(std::move(dn));
        }
        g->children.push_back(std::move(en));
    }
    endResetModel();
}

void DiffModel::setCheckable(bool checkable)
{
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

QStringList DiffModel::groups() const
{
    QStringList out;
    for (const auto& g : m_groups)
        out.append(g->group);
    return out;
}

QStringList DiffModel::checkedAddresses() const
{
    QStringList out;
    for (const auto& g : m_groups) {
        const Qt::CheckState s = groupState(*g);
        if (s == Qt::Checked && !g->group.startsWith(u'@')) {
            out.append(json::Pointer::escape(g->group));
            continue;
        }
        for (const auto& e : g->children)
            if (e->checked)
                out.append(m_diff.entries[e->entry].address());
    }
    return out;
}

void DiffModel::setAllChecked(bool checked)
{
    for (const auto& g : m_groups)
        for (const auto& e : g->children)
            e->checked = checked;
    if (!m_groups.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0), { Qt::CheckStateRole });
    for (const auto& g : m_groups)
        if (!g->children.empty())
            Q_EMIT dataChanged(indexOf(g->children.front().get(), 0), indexOf(g->children.back().get(), 0), { Qt::CheckStateRole });
}

void DiffModel::setCheckedAddresses(const QStringList& addresses)
{
    for (const auto& g : m_groups)
        for (const auto& e : g->children)
            e->checked = addresses.contains(m_diff.entries[e->entry].address());
    if (!m_groups.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0), { Qt::CheckStateRole });
    for (const auto& g : m_groups)
        if (!g->children.empty())
            Q_EMIT dataChanged(indexOf(g->children.front().get(), 0), indexOf(g->children.back().get(), 0), { Qt::CheckStateRole });
}

Qt::CheckState DiffModel::groupState(const Node& group) const
{
    int on = 0;
    for (const auto& e : group.children)
        on += e->checked;
    return on == 0 ? Qt::Unchecked : on == int(group.children.size()) ? Qt::Checked : Qt::PartiallyChecked;
}

DiffModel::Node* DiffModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

QModelIndex DiffModel::indexOf(Node* node, int column) const
{
    return createIndex(node->row, column, node);
}

QModelIndex DiffModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Node* p = nodeOf(parent);
    const auto& list = p ? p->children : m_groups;
    if (row >= int(list.size()))
        return {};
    return createIndex(row, column, list[size_t(row)].get());
}

QModelIndex DiffModel::parent(const QModelIndex& child) const
{
    const Node* n = nodeOf(child);
    if (!n || !n->parent)
        return {};
    return indexOf(n->parent, 0);
}

int DiffModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node* p = nodeOf(parent);
    return int(p ? p->children.size() : m_groups.size());
}

int DiffModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DiffModel::data(const QModelIndex& index, int role) const
{
    const Node* n = nodeOf(index);
    if (!n)
        return {};
    const int col = index.column();
    if (n->kind == Node::Kind::Group) {
        if (role == Qt::DisplayRole && col == NameColumn)
            return n->group == QLatin1String("@tasks") ? tr("Tasks") : n->group == QLatin1String("@reports") ? tr("Reports") : n->group;
        if (role == Qt::DisplayRole && col == ChangeColumn)
            return tr("%n change(s)", nullptr, int(n->children.size()));
        if (role == Qt::CheckStateRole && col == NameColumn && m_checkable)
            return groupState(*n);
        if (role == GroupRole)
            return n->group;
        return {};
    }
    const diff::EntryDiff& e = m_diff.entries[n->entry];
    if (role == GroupRole)
        return e.ns;
    if (role == AddressRole)
        return e.address();
    if (n->kind == Node::Kind::Entry) {
        switch (role) {
        case Qt::DisplayRole:
            switch (col) {
            case NameColumn: return e.key;
            case ChangeColumn: return diff::changeKindName(e.kind);
            case BeforeColumn: return preview(e.before, e.kind != diff::ChangeKind::Added);
            case AfterColumn: return preview(e.after, e.kind != diff::ChangeKind::Removed);
            }
            return {};
        case Qt::ForegroundRole:
            return col == ChangeColumn ? QBrush(kindColor(e.kind)) : QVariant();
        case Qt::CheckStateRole:
            return col == NameColumn && m_checkable ? (n->checked ? Qt::Checked : Qt::Unchecked) : QVariant();
        case Qt::ToolTipRole:
            return e.address();
        }
        return {};
    }
    const diff::ValueChange& c = e.details[n->detail];
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case NameColumn: return c.pointer.isRoot() ? QStringLiteral("/") : c.pointer.toString();
        case ChangeColumn: return diff::changeKindName(c.kind);
        case BeforeColumn: return preview(c.before, c.kind != diff::ChangeKind::Added);
        case AfterColumn: return preview(c.after, c.kind != diff::ChangeKind::Removed);
        }
        return {};
    case Qt::ForegroundRole:
        return col == ChangeColumn ? QBrush(kindColor(c.kind)) : QVariant();
    }
    return {};
}

bool DiffModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    Node* n = nodeOf(index);
    if (!n || role != Qt::CheckStateRole || !m_checkable || index.column() != NameColumn || n->kind == Node::Kind::Detail)
        return false;
    const bool on = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    if (n->kind == Node::Kind::Group) {
        for (const auto& e : n->children)
            e->checked = on;
        if (!n->children.empty())
            Q_EMIT dataChanged(indexOf(n->children.front().get(), 0), indexOf(n->children.back().get(), 0), { Qt::CheckStateRole });
        Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
        return true;
    }
    n->checked = on;
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    const QModelIndex g = indexOf(n->parent, 0);
    Q_EMIT dataChanged(g, g, { Qt::CheckStateRole });
    return true;
}

Qt::ItemFlags DiffModel::flags(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->kind == Node::Kind::Detail || (n->kind == Node::Kind::Entry && n->children.empty()))
        f |= Qt::ItemNeverHasChildren;
    if (m_checkable && index.column() == NameColumn && n->kind != Node::Kind::Detail)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Entry");
    case ChangeColumn: return tr("Change");
    case BeforeColumn: return m_beforeName;
    case AfterColumn: return m_afterName;
    }
    return {};
}

} // namespace statelens::ui
