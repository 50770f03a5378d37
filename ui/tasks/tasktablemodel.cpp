// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasktablemodel.h"

#include "common/formatting.h"
#include "common/levelcolors.h"
#include "live/changemarks.h"
#include "sources/partialreload.h"

#include <QGuiApplication>

namespace statelens::ui {

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent), m_marks(new ChangeMarks(this))
{
    connect(m_marks, &ChangeMarks::expired, this, &TaskTableModel::repaint);
}

void TaskTableModel::setTasks(const QList<Task>& tasks)
{
    beginResetModel();
    m_tasks = tasks;
    m_marks->clear();
    endResetModel();
}

void TaskTableModel::applyDelta(const QList<Task>& tasks, const ListDelta& delta)
{
    if (delta.reset || m_tasks.size() - delta.removed.size() + delta.added.size() != tasks.size()) {
        setTasks(tasks);
        return;
    }
    for (auto it = delta.removed.crbegin(); it != delta.removed.crend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_tasks.removeAt(*it);
        endRemoveRows();
    }
    for (int row : delta.added) {
        beginInsertRows({}, row, row);
        m_tasks.insert(row, tasks[row]);
        endInsertRows();
    }
    m_tasks = tasks; // the same rows now; share the snapshot's list
    for (int row : delta.added)
        m_marks->mark(m_tasks.at(row).file);
    for (int row : delta.changed) {
        m_marks->mark(m_tasks.at(row).file);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void TaskTableModel::repaint(const QStringList& files)
{
    for (const QString& file : files) // the list is sorted by file: a binary search each
        if (const int row = reload::findTask(m_tasks, file); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), { Qt::BackgroundRole });
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
    case Qt::ToolTipRole: {
        QString tip;
        if (index.column() == DescriptionColumn || !t.error.isEmpty())
            tip = t.error.isEmpty() ? t.description : tr("%1\nError: %2").arg(t.description, t.error);
        const QString age = m_marks->ageText(t.file);
        if (!age.isEmpty())
            tip = tip.isEmpty() ? age : tip + u'\n' + age;
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::BackgroundRole:
        return m_marks->background(t.file);
    case StatusRole: return t.status;
    case TaskIndexRole: return index.row();
    case SearchTextRole: return QStringList { t.id, t.description, t.tool, t.error }.join(QChar(u'\n'));
    }
    return {};
}

} // namespace statelens::ui
