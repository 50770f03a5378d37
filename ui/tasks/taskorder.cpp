// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskorder.h"

#include "tasks/tasktablemodel.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace statelens::ui {

namespace {
bool isTimeColumn(int column)
{
    return column == TaskTableModel::CreatedColumn || column == TaskTableModel::UpdatedColumn
        || column == TaskTableModel::DurationColumn;
}
} // namespace

TaskOrder::TaskOrder(const QList<Task>& tasks, int column, Qt::SortOrder order) : m_column(column), m_order(order)
{
    if (isTimeColumn(column))
        m_times.resize(tasks.size());
    else if (column == TaskTableModel::DescriptionColumn)
        m_folded.resize(tasks.size());
    for (int i = 0; i < tasks.size(); ++i)
        computeKey(tasks, i);
}

qint64 TaskOrder::timeKey(const Task& t, int column)
{
    auto ms = [](const QDateTime& d) { return d.isValid() ? d.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(); };
    switch (column) {
    case TaskTableModel::CreatedColumn: return ms(t.createdAt);
    case TaskTableModel::UpdatedColumn: return ms(t.updatedAt);
    case TaskTableModel::DurationColumn: return TaskTableModel::durationMs(t);
    default: return 0;
    }
}

void TaskOrder::computeKey(const QList<Task>& tasks, int index)
{
    if (isTimeColumn(m_column))
        m_times[index] = timeKey(tasks[index], m_column);
    else if (m_column == TaskTableModel::DescriptionColumn && !m_folded.isEmpty())
        m_folded[index] = tasks[index].description.toCaseFolded();
}

bool TaskOrder::before(const QList<Task>& tasks, int a, int b) const
{
    int c = 0;
    if (isTimeColumn(m_column)) {
        c = m_times[a] < m_times[b] ? -1 : m_times[a] > m_times[b] ? 1 : 0;
    } else {
        const Task& x = tasks[a];
        const Task& y = tasks[b];
        switch (m_column) {
        case TaskTableModel::IdColumn: c = x.id.compare(y.id); break;
        case TaskTableModel::DescriptionColumn:
            c = m_folded.isEmpty() ? x.description.compare(y.description, Qt::CaseInsensitive)
                                   : m_folded[a].compare(m_folded[b]);
            break;
        case TaskTableModel::StatusColumn: c = x.status.compare(y.status); break;
        case TaskTableModel::ToolColumn: c = x.tool.compare(y.tool); break;
        default: break;
        }
    }
    if (c == 0)
        return a < b;
    return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
}

QList<int> TaskOrder::sorted(const QList<Task>& tasks) const
{
    QList<int> rows(tasks.size());
    std::iota(rows.begin(), rows.end(), 0);
    if (m_column >= 0)
        std::sort(rows.begin(), rows.end(), [&](int a, int b) { return before(tasks, a, b); });
    return rows;
}

void TaskOrder::remap(const QList<Task>& tasks, const QList<int>& newIndexOf, const QList<int>& fresh)
{
    auto move = [&](auto& keys) {
        using Keys = std::decay_t<decltype(keys)>;
        Keys next(tasks.size());
        for (int old = 0; old < newIndexOf.size() && old < keys.size(); ++old)
            if (const int i = newIndexOf[old]; i >= 0)
                next[i] = std::move(keys[old]);
        keys = std::move(next);
    };
    if (isTimeColumn(m_column))
        move(m_times);
    else if (m_column == TaskTableModel::DescriptionColumn && !m_folded.isEmpty())
        move(m_folded);
    for (int i : fresh)
        computeKey(tasks, i);
}

} // namespace statelens::ui
