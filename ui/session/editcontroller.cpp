// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcontroller.h"

#include "session/editcommand.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"

namespace statelens::ui {

EditController::EditController(StateSession* session, QObject* parent) : QObject(parent), m_session(session) { }

std::optional<ValueRef> EditController::savedRef(const QString& ns, const QString& key) const
{
    const Snapshot& s = m_session->snapshot();
    if (ns == taskNamespace()) {
        // A task is edited as its whole object, kept in a file of its own ("@tasks/<id>", as the CLI's
        // addresses name it). Its object is read by the task details (off the UI thread) before it is edited.
        for (const Task& t : s.tasks)
            if (t.id == key)
                return t.value;
        return std::nullopt;
    }
    if (const std::optional<Entry> e = s.findEntry(ns, key))
        return e->value;
    return std::nullopt;
}

std::optional<json::JsonValue> EditController::savedValue(const QString& ns, const QString& key) const
{
    if (const std::optional<ValueRef> v = savedRef(ns, key))
        return v->toValue();
    return std::nullopt;
}

std::optional<json::JsonValue> EditController::currentValue(const QString& ns, const QString& key) const
{
    const PendingChanges* pending = m_session->pending();
    if (const PendingEdit* e = pending->find(ns, key))
        return e->remove ? std::nullopt : std::optional(e->value);
    if (pending->isNamespaceRemoved(ns))
        return std::nullopt;
    return savedValue(ns, key);
}

KeyState EditController::keyState(const QString& ns, const QString& key) const
{
    const PendingChanges* pending = m_session->pending();
    if (const PendingEdit* e = pending->find(ns, key))
        return e->remove ? KeyState::Removed : (e->before ? KeyState::Modified : KeyState::Added);
    const bool exists = savedRef(ns, key).has_value();
    if (!exists)
        return KeyState::Missing;
    return pending->isNamespaceRemoved(ns) ? KeyState::Removed : KeyState::Unchanged;
}

bool EditController::namespaceExists(const QString& ns) const
{
    const PendingChanges* pending = m_session->pending();
    if (m_session->snapshot().findNamespace(ns))
        return !pending->isNamespaceRemoved(ns);
    return !pending->addedKeys(ns).isEmpty();
}

bool EditController::setValue(const QString& ns, const QString& key, const json::JsonValue& value)
{
    return setValues(ns, { { key, value } }, tr("Edit %1").arg(key));
}

bool EditController::setValues(const QString& ns, const QList<std::pair<QString, json::JsonValue>>& values,
                               const QString& text)
{
    if (!m_session->hasState() || m_session->isReadOnly())
        return false;
    QList<EditCommand::Step> steps;
    PendingChanges* pending = m_session->pending();
    // Setting a key of a namespace that is marked removed brings the namespace back.
    if (const PendingEdit* nsEdit = pending->find(ns, QString()); nsEdit && nsEdit->remove)
        steps << EditCommand::Step { ns, QString(), *nsEdit, std::nullopt };
    for (const auto& [key, value] : values) {
        if (key.isEmpty())
            continue;
        std::optional<PendingEdit> before;
        if (const PendingEdit* e = pending->find(ns, key))
            before = *e;
        std::optional<PendingEdit> after;
        const std::optional<json::JsonValue> saved = savedValue(ns, key);
        if (!saved || *saved != value)
            after = PendingEdit { ns, key, false, value, saved };
        if (before.has_value() == after.has_value() && (!before || (before->remove == after->remove && before->value == after->value)))
            continue;
        steps << EditCommand::Step { ns, key, before, after };
    }
    if (steps.isEmpty())
        return false;
    m_session->undoStack()->push(new EditCommand(pending, steps, text));
    return true;
}

bool EditController::removeKey(const QString& ns, const QString& key)
{
    if (!m_session->hasState() || m_session->isReadOnly())
        return false;
    PendingChanges* pending = m_session->pending();
    std::optional<PendingEdit> before;
    if (const PendingEdit* e = pending->find(ns, key))
        before = *e;
    const std::optional<json::JsonValue> saved = savedValue(ns, key);
    std::optional<PendingEdit> after;
    if (saved)
        after = PendingEdit { ns, key, true, {}, saved };
    if (!before && !after)
        return false;
    if (before && after && before->remove)
        return false;
    m_session->undoStack()->push(
        new EditCommand(pending, { EditCommand::Step { ns, key, before, after } }, tr("Delete %1").arg(key)));
    return true;
}

bool EditController::removeNamespace(const QString& ns)
{
    if (!m_session->hasState() || m_session->isReadOnly() || !namespaceExists(ns))
        return false;
    PendingChanges* pending = m_session->pending();
    QList<EditCommand::Step> steps;
    // Edits of its keys are dropped; the namespace removal covers them.
    for (const PendingEdit& e : pending->edits())
        if (e.ns == ns && !e.isNamespace())
            steps << EditCommand::Step { ns, e.key, e, std::nullopt };
    if (m_session->snapshot().findNamespace(ns)) {
        PendingEdit removal { ns, QString(), true, {}, std::nullopt };
        std::optional<PendingEdit> before;
        if (const PendingEdit* e = pending->find(ns, QString()))
            before = *e;
        steps << EditCommand::Step { ns, QString(), before, removal };
    }
    if (steps.isEmpty())
        return false;
    m_session->undoStack()->push(new EditCommand(pending, steps, tr("Delete namespace %1").arg(ns)));
    return true;
}

} // namespace statelens::ui
