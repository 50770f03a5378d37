// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigatormodel.h"

#include "common/levelcolors.h"

#include <QApplication>
#include <QFont>
#include <QMap>
#include <QStyle>

namespace statelens::ui {

namespace {
constexpr quintptr SectionShift = 32;
constexpr quintptr ChildMask = 0xffffffffu;

QStringList statusOrder()
{
    return { QStringLiteral("pending"), QStringLiteral("in_progress"), QStringLiteral("waiting"),
             QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled") };
}
} // namespace

NavigatorModel::NavigatorModel(QObject* parent) : QAbstractItemModel(parent) { }

QString NavigatorModel::sectionTitle(Section s)
{
    switch (s) {
    case Section::Namespaces: return tr("Namespaces");
    case Section::Tasks: return tr("Tasks");
    case Section::Sessions: return tr("Sessions");
    case Section::Logs: return tr("Logs");
    case Section::Reports: return tr("Reports");
    case Section::Backups: return tr("Backups");
    case Section::Problems: return tr("Problems");
    case Section::Batch: return tr("Batch");
    }
    return {};
}

void NavigatorModel::clear()
{
    beginResetModel();
    m_sections.clear();
    endResetModel();
}

void NavigatorModel::setSnapshot(const Snapshot& snap, const QStringList& added, const QStringList& removed)
{
    beginResetModel();
    m_sections.clear();
    auto add = [this](Section s, int count) -> SectionData& {
        m_sections.append(SectionData { s, sectionTitle(s), count, {}, 0 });
        return m_sections.last();
    };

    if (snap.batch) {
        SectionData& b = add(Section::Batch, int(snap.batch->features.size()));
        b.title = tr("Batch %1").arg(snap.batch->id);
    }

    SectionData& ns = add(Section::Namespaces, 0);
    for (int i = 0; i < snap.namespaces.size(); ++i) {
        const Namespace& n = snap.namespaces[i];
        Item item { n.name, n.name.isEmpty() ? tr("(default)") : n.name, int(n.entries.size()), i };
        if (removed.contains(n.name))
            item.state = ItemState::Removed;
        ns.items << item;
    }
    for (const QString& name : added)
        ns.items << Item { name, name, -1, -1, ItemState::Added };
    ns.count = int(ns.items.size());

    SectionData& tasks = add(Section::Tasks, int(snap.tasks.size()));
    QMap<QString, int> byStatus = countByStatus(snap.tasks);
    for (const QString& s : statusOrder())
        if (byStatus.contains(s))
            tasks.items << Item { s, s, byStatus.take(s) };
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        tasks.items << Item { it.key(), it.key().isEmpty() ? tr("(no status)") : it.key(), it.value() };

    QMap<QString, int> sessions;
    for (const LogFile& l : snap.logs)
        if (!l.sessionId.isEmpty())
            ++sessions[l.sessionId];
    SectionData& sess = add(Section::Sessions, int(sessions.size()));
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it)
        sess.items << Item { it.key(), it.key(), it.value() };

    SectionData& logs = add(Section::Logs, int(snap.logs.size()));
    for (int i = 0; i < snap.logs.size(); ++i)
        logs.items << Item { snap.logs[i].path, snap.logs[i].name, -1, i };

    SectionData& reports = add(Section::Reports, int(snap.reports.size()));
    for (int i = 0; i < snap.reports.size(); ++i)
        reports.items << Item { snap.reports[i].id, snap.reports[i].id, -1, i };

    add(Section::Backups, int(snap.backups.size()));
    add(Section::Problems, int(snap.problems.size()));

    for (SectionData& s : m_sections)
        s.shown = int(qMin<qsizetype>(s.items.size(), BatchSize));
    endResetModel();
}

QModelIndex NavigatorModel::sectionIndex(Section section) const
{
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections[i].section == section)
            return createIndex(i, 0, quintptr(i + 1) << SectionShift);
    return {};
}

QModelIndex NavigatorModel::findItem(Section section, const QString& name)
{
    const QModelIndex parent = sectionIndex(section);
    if (!parent.isValid())
        return {};
    SectionData& s = m_sections[parent.row()];
    for (int i = 0; i < s.items.size(); ++i) {
        if (s.items[i].name != name)
            continue;
        while (s.shown <= i)
            fetchMore(parent);
        return index(i, 0, parent);
    }
    return {};
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, 0, quintptr(row + 1) << SectionShift) : QModelIndex();
    if ((parent.internalId() & ChildMask) != 0)
        return {};
    if (row >= m_sections[parent.row()].shown)
        return {};
    return createIndex(row, 0, (quintptr(parent.row() + 1) << SectionShift) | quintptr(row + 1));
}

QModelIndex NavigatorModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || (child.internalId() & ChildMask) == 0)
        return {};
    const int section = int(child.internalId() >> SectionShift) - 1;
    return createIndex(section, 0, quintptr(section + 1) << SectionShift);
}

int NavigatorModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || (parent.internalId() & ChildMask) != 0)
        return 0;
    return m_sections[parent.row()].shown;
}

int NavigatorModel::columnCount(const QModelIndex&) const
{
    return 1;
}

bool NavigatorModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_sections.isEmpty();
    if (parent.column() != 0 || (parent.internalId() & ChildMask) != 0)
        return false;
    return !m_sections[parent.row()].items.isEmpty();
}

bool NavigatorModel::canFetchMore(const QModelIndex& parent) const
{
    if (m_fetching || !parent.isValid() || (parent.internalId() & ChildMask) != 0)
        return false;
    const SectionData& s = m_sections[parent.row()];
    return s.shown < s.items.size();
}

void NavigatorModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    SectionData& s = m_sections[parent.row()];
    const int more = int(qMin<qsizetype>(BatchSize, s.items.size() - s.shown));
    m_fetching = true;
    beginInsertRows(parent, s.shown, s.shown + more - 1);
    s.shown += more;
    endInsertRows();
    m_fetching = false;
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if ((index.internalId() & ChildMask) != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant NavigatorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int sectionRow = int(index.internalId() >> SectionShift) - 1;
    const SectionData& s = m_sections[sectionRow];
    const bool isSection = (index.internalId() & ChildMask) == 0;
    if (isSection) {
        switch (role) {
        case Qt::DisplayRole: return QStringLiteral("%1 (%2)").arg(s.title).arg(s.count);
        case Qt::ForegroundRole:
            return s.count == 0 ? QVariant(mutedColor(QApplication::palette())) : QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::DecorationRole: {
            const QStyle* st = QApplication::style();
            switch (s.section) {
            case Section::Problems:
                return st->standardIcon(s.count ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton);
            case Section::Backups: return st->standardIcon(QStyle::SP_DriveHDIcon);
            case Section::Logs:
            case Section::Sessions:
            case Section::Reports: return st->standardIcon(QStyle::SP_FileDialogDetailedView);
            default: return st->standardIcon(QStyle::SP_DirIcon);
            }
        }
        case SectionRole: return int(s.section);
        case CountRole: return s.count;
        case IsSectionRole: return true;
        case ItemIndexRole: return -1;
        case NameRole: return QString();
        }
        return {};
    }
    const Item& item = s.items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return item.count >= 0 ? QStringLiteral("%1 (%2)").arg(item.label).arg(item.count) : item.label;
    case Qt::ToolTipRole:
        if (item.state == ItemState::Added)
            return tr("%1 (added, not saved)").arg(item.name);
        if (item.state == ItemState::Removed)
            return tr("%1 (deleted, not saved)").arg(item.name);
        return item.name;
    case Qt::FontRole: {
        if (item.state == ItemState::Normal)
            return {};
        QFont f;
        f.setItalic(item.state == ItemState::Added);
        f.setStrikeOut(item.state == ItemState::Removed);
        return f;
    }
    case Qt::ForegroundRole:
        if (s.section == Section::Tasks) {
            const QColor c = levelColor(item.name, QApplication::palette());
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return item.state == ItemState::Removed ? QVariant(mutedColor(QApplication::palette())) : QVariant();
    case SectionRole: return int(s.section);
    case NameRole: return item.name;
    case ItemIndexRole: return item.index;
    case CountRole: return item.count;
    case IsSectionRole: return false;
    }
    return {};
}

} // namespace statelens::ui
