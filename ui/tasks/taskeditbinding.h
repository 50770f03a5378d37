// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace statelens::ui {

class EditController;
class TasksPage;
class ValueEditorPanel;

/// Makes tasks editable: the selected task's object goes to the value panel (once the details have read
/// it off the UI thread), and the status combo of the details becomes a pending, undoable change of the
/// task's "status" (EditController, "@tasks/<id>"), so that review, undo and save treat tasks as keys.
class TaskEditBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskEditBinding)

public:
    TaskEditBinding(EditController* edits, TasksPage* page, ValueEditorPanel* editor, QObject* parent = nullptr);

    /// Sets the status of task `id` as a pending change; false if the state is read-only, the task's
    /// object is not readable or nothing would change.
    bool setStatus(const QString& id, const QString& status);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onLoaded();
    void updateStatus();
    bool showsTask() const;

    EditController* m_edits;
    TasksPage* m_page;
    ValueEditorPanel* m_editor;
};

} // namespace statelens::ui
