// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"
#include "session/pendingedit.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace statelens::ui {

/// The edits made since the last save, at most one per key, in the order they were first made. Only
/// EditCommand changes them (so that every change can be undone); views read them to show the state as
/// it will be after saving.
class PendingChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChanges)

public:
    explicit PendingChanges(QObject* parent = nullptr);

    const QList<PendingEdit>& edits() const { return m_edits; }
    int count() const { return int(m_edits.size()); }
    bool isEmpty() const { return m_edits.isEmpty(); }
    const PendingEdit* find(const QString& ns, const QString& key) const;
    bool isNamespaceRemoved(const QString& ns) const;
    /// Keys of `ns` that only exist as pending additions.
    QStringList addedKeys(const QString& ns) const;
    /// Namespaces that only exist through pending additions, given the namespaces that exist on disk.
    QStringList addedNamespaces(const QStringList& existing) const;
    /// What the navigator marks: namespaces the pending edits add to `shown`, and those they remove.
    struct NamespaceMarks
    {
        QStringList added;
        QStringList removed;
    };
    NamespaceMarks namespaceMarks(const Snapshot& shown) const;
    /// The edits as changes to write; a task edit becomes one change per member it changes.
    QList<Change> changes() const;

    /// Replaces (or with nullopt drops) the edit of ns/key. Emits changed().
    void set(const QString& ns, const QString& key, const std::optional<PendingEdit>& edit);
    void clear();

Q_SIGNALS:
    void changed(const QString& ns, const QString& key);
    void cleared();

private:
    static QString id(const QString& ns, const QString& key) { return ns + QChar(0) + key; }
    void reindex();

    QList<PendingEdit> m_edits;
    QHash<QString, int> m_index;
};

} // namespace statelens::ui
