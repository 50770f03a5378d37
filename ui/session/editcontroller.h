// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace statelens {
class ValueRef;
}

namespace statelens::ui {

class StateSession;

/// What a key looks like with the pending edits applied.
enum class KeyState { Unchanged, Modified, Added, Removed, Missing };

/// Turns user intentions (set a value, add or delete a key or namespace, import) into undoable commands
/// on the session's undo stack, and answers what a key's value is once the pending edits are applied.
class EditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditController)

public:
    explicit EditController(StateSession* session, QObject* parent = nullptr);

    StateSession* session() const { return m_session; }
    /// The namespace under which tasks are edited: "@tasks", the key being the task's id.
    static QString taskNamespace() { return QStringLiteral("@tasks"); }

    /// The value with pending edits applied; nullopt when the key does not exist (or is removed).
    std::optional<json::JsonValue> currentValue(const QString& ns, const QString& key) const;
    KeyState keyState(const QString& ns, const QString& key) const;
    bool namespaceExists(const QString& ns) const;

    /// Each returns false (and does nothing) when the state is read-only or nothing would change.
    bool setValue(const QString& ns, const QString& key, const json::JsonValue& value);
    bool removeKey(const QString& ns, const QString& key);
    bool removeNamespace(const QString& ns);
    /// Sets several keys of one namespace in a single undo step.
    bool setValues(const QString& ns, const QList<std::pair<QString, json::JsonValue>>& values, const QString& text);

private:
    std::optional<ValueRef> savedRef(const QString& ns, const QString& key) const;
    std::optional<json::JsonValue> savedValue(const QString& ns, const QString& key) const;

    StateSession* m_session;
};

} // namespace statelens::ui
