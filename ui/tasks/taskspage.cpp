// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskspage.h"

#include "common/wordelidedelegate.h"
#include "tasks/taskdetailswidget.h"
#include "tasks/taskfilterproxy.h"
#include "tasks/tasktablemodel.h"
#include "util/executor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace statelens::ui {

TasksPage::TasksPage(QWidget* parent)
    : QWidget(parent),
      m_model(new TaskTableModel(this)),
      m_proxy(new TaskFilterProxy(this)),
      m_status(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_table(new QTableView(m_splitter)),
      m_details(new TaskDetailsWidget(m_splitter))
{
    m_proxy->setSourceModel(m_model);
    m_status->setObjectName(QStringLiteral("taskStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_search->setObjectName(QStringLiteral("taskSearch"));
    m_count->setObjectName(QStringLiteral("taskCount"));
    m_search->setPlaceholderText(tr("Search tasks (id, description, tool, error)"));
    m_search->setClearButtonEnabled(true);

    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaskTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setItemDelegateForColumn(TaskTableModel::DescriptionColumn, new WordElideDelegate(m_table)); // whole words
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TaskTableModel::DescriptionColumn, QHeaderView::Stretch);

    m_splitter->setObjectName(QStringLiteral("tasksSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto* bar = new QHBoxLayout;
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_status->currentData().toString());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TasksPage::showCurrent);
    // A large list arrives later (sorted on a worker): the count follows the rows.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TasksPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectId.isEmpty())
            selectTask(m_selectId);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TasksPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TasksPage::updateCount);
}

void TasksPage::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale) {
        m_stale = false;
        fill(std::exchange(m_waiting, {}));
    }
}

void TasksPage::setTasks(const QList<Task>& tasks)
{
    if (m_active) {
        fill(tasks);
        return;
    }
    // Hidden: filling and sorting 100k rows waits until the page is shown; the old rows go now.
    releaseInBackground(std::exchange(m_waiting, tasks));
    if (!m_stale) {
        m_stale = true;
        m_details->setTask(nullptr);
        m_model->setTasks({});
    }
}

void TasksPage::fill(const QList<Task>& tasks)
{
    const QString keep = m_status->currentData().toString();
    m_model->setTasks(tasks);
    const QStringList statuses = countByStatus(tasks).keys();
    const QSignalBlocker block(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& s : statuses)
        m_status->addItem(s, s);
    m_status->setCurrentIndex(qMax(0, m_status->findData(keep)));
    m_proxy->setStatus(m_status->currentData().toString());
    // Sizing from the first rows only: measuring 100k rows would stall the window.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    for (int c : { TaskTableModel::StatusColumn, TaskTableModel::ToolColumn, TaskTableModel::CreatedColumn,
                   TaskTableModel::UpdatedColumn, TaskTableModel::DurationColumn })
        m_table->resizeColumnToContents(c);
    m_table->setColumnWidth(TaskTableModel::IdColumn, fontMetrics().averageCharWidth() * 14);
    updateCount();
    showCurrent();
}

void TasksPage::applyTasks(const QList<Task>& tasks, const ListDelta& delta)
{
    if (m_stale) {
        m_waiting = tasks;
        return;
    }
    if (delta.isEmpty())
        return;
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const QString currentFile = current.isValid() ? m_model->taskAt(current.row()).file : QString();
    m_model->applyDelta(tasks, delta);
    const QSignalBlocker block(m_status);
    for (int row : delta.added + delta.changed) {
        const QString& status = tasks[row].status;
        if (m_status->findData(status) >= 0)
            continue;
        int at = 1;
        while (at < m_status->count() && m_status->itemData(at).toString() < status)
            ++at;
        m_status->insertItem(at, status, status);
    }
    updateCount();
    for (int row : delta.changed)
        if (tasks[row].file == currentFile) {
            showCurrent();
            break;
        }
}

void TasksPage::setStatusFilter(const QString& status)
{
    const int i = m_status->findData(status);
    m_status->setCurrentIndex(i < 0 ? 0 : i);
}

void TasksPage::selectTask(const QString& id)
{
    m_selectId.clear();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, 0);
        if (idx.data().toString() == id) {
            m_table->setCurrentIndex(idx);
            m_table->scrollTo(idx);
            return;
        }
    }
    m_selectId = id; // the rows may still be on their way (a large list is sorted on a worker)
}

void TasksPage::updateCount()
{
    m_count->setText(tr("%1 of %2 tasks").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void TasksPage::showCurrent()
{
    const QModelIndex idx = m_proxy->mapToSource(m_table->currentIndex());
    m_details->setTask(idx.isValid() ? &m_model->taskAt(idx.row()) : nullptr);
}

} // namespace statelens::ui
