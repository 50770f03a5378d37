// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;

namespace statelens::ui {

class TaskLogModel;

/// One task: its facts, its error, its log timeline (metadata expandable), its result and the raw object.
class TaskDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailsWidget)

public:
    explicit TaskDetailsWidget(QWidget* parent = nullptr);

    /// Shows the task's summary at once; its timeline, result and object follow when the task file has
    /// been read (off the UI thread: loaded() is emitted then).
    void setTask(const Task* task);
    TaskLogModel* logModel() const { return m_logModel; }

Q_SIGNALS:
    /// The selected task's whole object is shown.
    void loaded();

private:
    void showObject(const json::JsonValue& value);

    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_error;
    QTabWidget* m_tabs;
    QTreeView* m_timeline;
    TaskLogModel* m_logModel;
    QPlainTextEdit* m_result;
    QPlainTextEdit* m_json;
    quint64 m_generation = 0; ///< bumped per setTask(), so that a late read of an earlier task is dropped
};

} // namespace statelens::ui
