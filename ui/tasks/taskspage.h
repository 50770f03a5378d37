// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/livedelta.h"
#include "model/snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace statelens::ui {

class TaskDetailsWidget;
class TaskFilterProxy;
class TaskTableModel;

/// The tasks table (filter by status, search, sort by any column) above the selected task's details.
class TasksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPage)

public:
    explicit TasksPage(QWidget* parent = nullptr);

    /// Shows `tasks`; while the page is not active they wait, so that loading a state with 100k tasks
    /// does not fill and sort a table nobody looks at.
    void setTasks(const QList<Task>& tasks);
    /// The page is the one shown (CentreView says so): tasks that wait are filled in now.
    void setActive(bool active);
    bool isStale() const { return m_stale; }
    /// Moves to a newer list in place (selection, filter and scroll position stay); new statuses join the
    /// filter, and the details follow the selected task.
    void applyTasks(const QList<Task>& tasks, const ListDelta& delta);
    TaskTableModel* model() const { return m_model; }
    /// Empty: all statuses.
    void setStatusFilter(const QString& status);
    /// Selects the task `id` (when the rows have not arrived yet, as soon as they do).
    void selectTask(const QString& id);
    /// Shows the selected task's details again (its object is read again if it has to be).
    void refreshDetails() { showCurrent(); }

    QTableView* table() const { return m_table; }
    QComboBox* statusCombo() const { return m_status; }
    QLineEdit* searchEdit() const { return m_search; }
    TaskDetailsWidget* details() const { return m_details; }
    TaskFilterProxy* proxy() const { return m_proxy; }

private:
    void fill(const QList<Task>& tasks);
    void updateCount();
    void showCurrent();

    TaskTableModel* m_model;
    TaskFilterProxy* m_proxy;
    QComboBox* m_status;
    QLineEdit* m_search;
    QLabel* m_count;
    QSplitter* m_splitter;
    QTableView* m_table;
    TaskDetailsWidget* m_details;
    bool m_active = false;
    bool m_stale = false; ///< m_waiting holds the tasks to show
    QList<Task> m_waiting;
    QString m_selectId; ///< a task selectTask() did not find yet
};

} // namespace statelens::ui
