// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasktablemodel.h"

#include "util/executor.h"
#include "common/formatting.h"
#include "common/levelcolors.h"
#include "live/changemarks.h"
#include "sources/partialreload.h"

#include <QFutureWatcher>
#include <QGuiApplication>

#include <algorithm>
#include <vector>

namespace statelens::ui {

struct TaskTableModel::Sorted
{
    QList<Task> tasks;
    TaskOrder keys;
    QList<int> order;
};

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent), m_marks(new ChangeMarks(this))
{
    connect(m_marks, &ChangeMarks::expired, this, &TaskTableModel::repaint);
}

TaskTableModel::~TaskTableModel() = default;

void TaskTableModel::setTasks(const QList<Task>& tasks)
{
    if (tasks.size() > m_syncLimit && m_sortColumn >= 0) {
        startSort(tasks, true);
        return;
    }
    ++m_jobs; // a sort in flight is for older tasks
    m_running = 0;
    beginResetModel();
    releaseInBackground(std::exchange(m_tasks, tasks));
    m_keys = TaskOrder(m_tasks, m_sortColumn, m_sortOrder);
    m_order = m_keys.sorted(m_tasks);
    m_keys.dropTextKeys();
    rebuildRowIndex();
    m_marks->clear();
    endResetModel();
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_running)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_running && m_replacing) {
        startSort(m_waiting, true);
        return;
    }
    if (m_tasks.size() > m_syncLimit) {
        startSort(m_tasks, false);
        return;
    }
    ++m_jobs;
    m_running = 0;
    TaskOrder keys(m_tasks, column, order);
    QList<int> rows = keys.sorted(m_tasks);
    keys.dropTextKeys();
    m_keys = std::move(keys);
    relayout(std::move(rows));
}

void TaskTableModel::startSort(const QList<Task>& tasks, bool replace)
{
    const quint64 job = ++m_jobs;
    m_running = job;
    m_replacing = replace;
    m_waiting = replace ? tasks : QList<Task>();
    auto* watcher = new QFutureWatcher<std::shared_ptr<Sorted>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        finishSort(job, watcher->result());
    });
    watcher->setFuture(runInBackground([tasks, column = m_sortColumn, order = m_sortOrder] {
        auto result = std::make_shared<Sorted>();
        result->tasks = tasks;
        result->keys = TaskOrder(tasks, column, order);
        result->order = result->keys.sorted(tasks);
        result->keys.dropTextKeys();
        return result;
    }));
}

void TaskTableModel::finishSort(quint64 job, const std::shared_ptr<Sorted>& result)
{
    if (job != m_running)
        return; // a later setTasks(), sort() or change made it stale
    m_running = 0;
    const bool replace = m_replacing;
    m_waiting = {};
    if (replace) {
        beginResetModel();
        releaseInBackground(std::exchange(m_tasks, result->tasks));
        m_keys = std::move(result->keys);
        m_order = std::move(result->order);
        rebuildRowIndex();
        m_marks->clear();
        endResetModel();
    } else {
        m_keys = std::move(result->keys);
        relayout(std::move(result->order));
    }
    Q_EMIT sorted();
}

void TaskTableModel::relayout(QList<int> order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> taskOf;
    taskOf.reserve(from.size());
    for (const QModelIndex& i : from)
        taskOf << m_order.value(i.row(), -1);
    m_order = std::move(order);
    rebuildRowIndex();
    QModelIndexList to;
    to.reserve(from.size());
    for (int i = 0; i < from.size(); ++i)
        to << (taskOf[i] >= 0 ? index(m_rowOf[taskOf[i]], from[i].column()) : QModelIndex());
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TaskTableModel::rebuildRowIndex()
{
    m_rowOf.fill(-1, m_tasks.size());
    for (int row = 0; row < m_order.size(); ++row)
        if (m_order[row] >= 0)
            m_rowOf[m_order[row]] = row;
}

int TaskTableModel::rowOfFile(const QString& file) const
{
    const int i = reload::findTask(m_tasks, file); // the list is sorted by file
    return i >= 0 && i < m_rowOf.size() ? m_rowOf[i] : -1;
}

void TaskTableModel::applyDelta(const QList<Task>& tasks, const ListDelta& delta)
{
    const qsizetype oldSize = m_tasks.size();
    if (delta.reset || (m_running && m_replacing) || oldSize - delta.removed.size() + delta.added.size() != tasks.size()
        || delta.removed.size() + delta.added.size() > 256) {
        setTasks(tasks);
        return;
    }
    // Where each old task is in the new list: the survivors keep their relative order.
    QList<int> newIndexOf(oldSize, -1);
    {
        qsizetype r = 0, a = 0;
        int next = 0;
        for (int old = 0; old < oldSize; ++old) {
            if (r < delta.removed.size() && delta.removed[r] == old) {
                ++r;
                continue;
            }
            while (a < delta.added.size() && delta.added[a] == next) {
                ++a;
                ++next;
            }
            newIndexOf[old] = next++;
        }
    }
    releaseInBackground(std::exchange(m_tasks, tasks)); // shared with the snapshot: nothing is copied
    m_keys.remap(m_tasks, newIndexOf, delta.added + delta.changed);
    for (int& i : m_order)
        i = newIndexOf[i];
    rebuildRowIndex();

    // Removed: the rows that now point nowhere, in runs from the bottom.
    for (int row = int(m_order.size()) - 1; row >= 0;) {
        if (m_order[row] >= 0) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && m_order[first - 1] < 0)
            --first;
        beginRemoveRows({}, first, row);
        m_order.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildRowIndex();

    // Changed: each goes where its new key puts it among the rows already in order (a move, so that a
    // selection stays on it). Changed rows not placed yet are left out of the search.
    std::vector<char> unsettled(m_tasks.size(), 0);
    for (int i : delta.changed)
        unsettled[i] = 1;
    QList<int> settled;
    for (int i : delta.changed) {
        unsettled[i] = 0;
        const int row = m_rowOf.value(i, -1);
        if (row < 0)
            continue;
        settled.clear();
        settled.reserve(m_order.size());
        for (int j : std::as_const(m_order))
            if (j != i && !unsettled[j])
                settled << j;
        const auto next = std::partition_point(settled.cbegin(), settled.cend(),
                                               [&](int j) { return m_keys.before(m_tasks, j, i); });
        const int destination = next == settled.cend() ? int(m_order.size()) : m_rowOf[*next]; // before the move
        if (destination == row || destination == row + 1)
            continue;
        beginMoveRows({}, row, row, {}, destination);
        m_order.removeAt(row);
        m_order.insert(destination > row ? destination - 1 : destination, i);
        endMoveRows();
        rebuildRowIndex();
    }

    // Added: each where the order puts it.
    for (int i : delta.added) {
        const int row = int(std::partition_point(m_order.cbegin(), m_order.cend(),
                                                 [&](int j) { return m_keys.before(m_tasks, j, i); })
                            - m_order.cbegin());
        beginInsertRows({}, row, row);
        m_order.insert(row, i);
        endInsertRows();
    }
    rebuildRowIndex();

    for (int i : delta.added)
        m_marks->mark(m_tasks.at(i).file);
    for (int i : delta.changed) {
        m_marks->mark(m_tasks.at(i).file);
        const int row = m_rowOf[i];
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (m_running) // a sort of the previous list: sort this one instead
        startSort(m_tasks, false);
}

void TaskTableModel::repaint(const QStringList& files)
{
    for (const QString& file : files)
        if (const int row = rowOfFile(file); row >= 0)
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
    return parent.isValid() ? 0 : int(m_order.size());
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
    const int i = m_order[index.row()];
    if (i < 0)
        return {}; // a row being removed
    const Task& t = m_tasks[i];
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
    }
    return {};
}

} // namespace statelens::ui
