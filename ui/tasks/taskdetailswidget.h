// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QWidget>

class QComboBox;
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
    /// The id of the task shown (empty: none).
    QString taskId() const { return m_taskId; }
    /// The task's whole object has been read and is shown.
    bool isObjectShown() const { return m_objectShown; }
    /// True when the task shown lives in a task file of its own (`<id>.json`), which an edit rewrites. A
    /// task that is a view of something else (a LangGraph thread in its checkpoint database) is shown only.
    bool isTaskEditable() const { return m_ownFile; }

    /// The statuses offered by the status combo (the task's own is added if missing).
    void setStatusChoices(const QStringList& statuses);
    /// Shows `status` in the status combo (the pending one, when the task has a pending edit) without
    /// emitting statusChosen().
    void showStatus(const QString& status);
    /// Whether the status can be changed (the state is writable); it can only once the object is loaded.
    void setStatusEditable(bool editable);
    QComboBox* statusEdit() const { return m_statusEdit; }

Q_SIGNALS:
    /// The selected task's whole object is shown.
    void loaded();
    /// The user picked `status` for the task `taskId`.
    void statusChosen(const QString& taskId, const QString& status);

private:
    void showObject(const json::JsonValue& value);

    void updateStatusEnabled();

    QLabel* m_title;
    QComboBox* m_statusEdit;
    QLabel* m_facts;
    QLabel* m_error;
    QTabWidget* m_tabs;
    QTreeView* m_timeline;
    TaskLogModel* m_logModel;
    QPlainTextEdit* m_result;
    QPlainTextEdit* m_json;
    QString m_taskId;
    QStringList m_statusChoices;
    bool m_statusEditable = false;
    bool m_objectShown = false;
    bool m_ownFile = false;
    quint64 m_generation = 0; ///< bumped per setTask(), so that a late read of an earlier task is dropped
};

} // namespace statelens::ui
