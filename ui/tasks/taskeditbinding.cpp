// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskeditbinding.h"

#include "editor/valueeditorpanel.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"
#include "sources/taskstatus.h"
#include "tasks/taskdetailswidget.h"
#include "tasks/taskspage.h"

#include <QEvent>

namespace statelens::ui {

TaskEditBinding::TaskEditBinding(EditController* edits, TasksPage* page, ValueEditorPanel* editor, QObject* parent)
    : QObject(parent), m_edits(edits), m_page(page), m_editor(editor)
{
    StateSession* session = edits->session();
    TaskDetailsWidget* details = page->details();
    connect(details, &TaskDetailsWidget::loaded, this, &TaskEditBinding::onLoaded);
    connect(details, &TaskDetailsWidget::statusChosen, this, [this](const QString& id, const QString& status) {
        if (!setStatus(id, status))
            updateStatus(); // nothing changed: the combo shows the task's status again
    });
    connect(session->pending(), &PendingChanges::changed, this, [this](const QString& ns, const QString& key) {
        if (ns == EditController::taskNamespace() && key == m_page->details()->taskId())
            updateStatus();
    });
    connect(session->pending(), &PendingChanges::cleared, this, [this, session] {
        if (m_page->details()->taskId().isEmpty())
            return;
        // After a save the task is read back (reloaded() follows and the page shows it again); after
        // Revert the object in hand is the saved one: the details show it again, and so the editor.
        if (showsTask())
            m_editor->clear();
        if (!session->isSaving())
            m_page->refreshDetails();
    });
    connect(session, &StateSession::loaded, this, [this, session] {
        m_page->details()->setStatusChoices(taskStatusChoices(session->snapshot()));
    });
    connect(session, &StateSession::liveUpdated, this, [this, session] {
        m_page->details()->setStatusChoices(taskStatusChoices(session->snapshot()));
    });
    m_page->installEventFilter(this);
    connect(session, &StateSession::reloaded, this, [this, session] {
        m_page->details()->setStatusChoices(taskStatusChoices(session->snapshot()));
        // A save read the task back: show its saved object again.
        if (!m_page->details()->taskId().isEmpty() && !showsTask())
            m_page->refreshDetails();
    });
}

bool TaskEditBinding::eventFilter(QObject* watched, QEvent* event)
{
    // The tasks come into view: the value panel follows the selected task (or lets go of a key).
    if (watched == m_page && event->type() == QEvent::Show) {
        const QString id = m_page->details()->taskId();
        if (id.isEmpty())
            m_editor->clear();
        else if (m_page->details()->isObjectShown() && m_page->details()->isTaskEditable())
            m_editor->showKey(EditController::taskNamespace(), id);
    }
    return QObject::eventFilter(watched, event);
}

bool TaskEditBinding::showsTask() const
{
    return m_editor->currentNamespace() == EditController::taskNamespace() && !m_editor->currentKey().isEmpty();
}

void TaskEditBinding::onLoaded()
{
    TaskDetailsWidget* details = m_page->details();
    StateSession* session = m_edits->session();
    details->setStatusEditable(session->hasState() && !session->isReadOnly());
    updateStatus();
    // Only while the tasks are what the window shows: a late read must not take the panel from a key.
    if (!m_page->isVisible() || details->taskId().isEmpty())
        return;
    if (details->isObjectShown() && details->isTaskEditable())
        m_editor->showKey(EditController::taskNamespace(), details->taskId());
    else
        m_editor->clear(); // the file went away or no longer parses: nothing to edit
}

void TaskEditBinding::updateStatus()
{
    TaskDetailsWidget* details = m_page->details();
    const QString id = details->taskId();
    if (id.isEmpty())
        return;
    const std::optional<json::JsonValue> value = m_edits->currentValue(EditController::taskNamespace(), id);
    const json::JsonValue* status = value ? value->member(QStringLiteral("status")) : nullptr;
    if (status && status->isString())
        details->showStatus(status->toString());
}

bool TaskEditBinding::setStatus(const QString& id, const QString& status)
{
    std::optional<json::JsonValue> value = m_edits->currentValue(EditController::taskNamespace(), id);
    if (!value || !value->isObject())
        return false;
    value->insert(QStringLiteral("status"), json::JsonValue::fromString(status));
    return m_edits->setValues(EditController::taskNamespace(), { { id, *value } },
                              tr("Set status of task %1 to %2").arg(id, status));
}

} // namespace statelens::ui
