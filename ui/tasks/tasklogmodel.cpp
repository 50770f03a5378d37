// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasklogmodel.h"

#include "common/levelcolors.h"

#include <QGuiApplication>

namespace statelens::ui {

namespace {
QString text(const json::JsonValue* v)
{
    if (!v || v->isNull())
        return {};
    return v->isString() ? v->toString() : QString::fromUtf8(v->toCompactJson());
}
} // namespace

TaskLogModel::TaskLogModel(QObject* parent) : QAbstractItemModel(parent) { }

void TaskLogModel::setTask(const json::JsonValue& task)
{
    beginResetModel();
    m_entries.clear();
    if (const json::JsonValue* logs = task.member(QStringLiteral("logs")); logs && logs->isArray()) {
        for (const json::JsonValue& l : logs->items()) {
            Entry e;
            e.time = text(l.member(QStringLiteral("timestamp")));
            e.level = text(l.member(QStringLiteral("level")));
            e.type = text(l.member(QStringLiteral("type")));
            e.message = text(l.member(QStringLiteral("message")));
            if (const QString prefix = text(l.member(QStringLiteral("prefix"))); !prefix.isEmpty())
                e.message = QStringLiteral("[%1] %2").arg(prefix, e.message);
            if (const json::JsonValue* meta = l.member(QStringLiteral("metadata")); meta && meta->isObject())
                for (const json::JsonMember& m : meta->members())
                    e.metadata << std::pair(m.key, text(&m.value));
            m_entries << e;
        }
    }
    endResetModel();
}

QModelIndex TaskLogModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || row >= m_entries[parent.row()].metadata.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TaskLogModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TaskLogModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_entries[parent.row()].metadata.size());
}

int TaskLogModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags TaskLogModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant TaskLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case TypeColumn: return tr("Type");
    case MessageColumn: return tr("Message");
    }
    return {};
}

QVariant TaskLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const auto& [key, value] = m_entries[int(index.internalId() - 1)].metadata[index.row()];
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (index.column() == TimeColumn)
                return key;
            if (index.column() == MessageColumn)
                return value;
        }
        return {};
    }
    const Entry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return e.time;
        case LevelColumn: return e.level;
        case TypeColumn: return e.type;
        case MessageColumn: return e.message;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? e.message : QVariant();
    case Qt::ForegroundRole: {
        const QColor c = levelColor(e.level, QGuiApplication::palette());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    }
    return {};
}

} // namespace statelens::ui
