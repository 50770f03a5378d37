// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasktablemodel.h"

#include "common/formatting.h"
#include "common/levelcolors.h"

#include <QGuiApplication>

namespace statelens::ui {

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void TaskTableModel::setTasks(const QList<Task>& tasks)
{
    beginResetModel();
    m_tasks = tasks;
    endResetModel();
}

qint64 TaskTableModel::durationMs(const Task& t)
{
    const QDateTime from = t.startedAt.isValid() ? t.startedAt : t.createdAt;
    const QDateTime to = t.completedAt.isValid() ? t.completedAt : t.updatedAt;
    if (!from.isValid() || !to.isValid())
        return -1;
    return from.msecsTo(to);
}

int TaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case DescriptionColumn: return tr("Description");
    case StatusColumn: return tr("Status");
    case ToolColumn: return tr("Tool");
    case CreatedColumn: return tr("Created");
    case UpdatedColumn: return tr("Updated");
    case DurationColumn: return tr("Duration");
    }
    return {};
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task& t = m_tasks[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return t.id;
        case DescriptionColumn: return t.description;
        case StatusColumn: return t.status;
        case ToolColumn: return t.tool;
        case CreatedColumn: return formatDateTime(t.createdAt);
        case UpdatedColumn: return formatDateTime(t.updatedAt);
        case DurationColumn: {
            const qint64 ms = durationMs(t);
            return ms < 0 ? QString() : formatDuration(ms);
        }
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case CreatedColumn: return t.createdAt;
        case UpdatedColumn: return t.updatedAt;
        case DurationColumn: return durationMs(t);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            const QColor c = levelColor(t.status, QGuiApplication::palette());
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn || !t.error.isEmpty())
            return t.error.isEmpty() ? t.description : tr("%1\nError: %2").arg(t.description, t.error);
        return {};
    case StatusRole: return t.status;
    case TaskIndexRole: return index.row();
    case SearchTextRole: return QStringList { t.id, t.description, t.tool, t.error }.join(QChar(u'\n'));
    }
    return {};
}

} // namespace statelens::ui
