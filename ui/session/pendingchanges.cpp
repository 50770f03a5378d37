// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingchanges.h"

#include <QSet>

namespace statelens::ui {

PendingChanges::PendingChanges(QObject* parent) : QObject(parent) { }

const PendingEdit* PendingChanges::find(const QString& ns, const QString& key) const
{
    const auto it = m_index.constFind(id(ns, key));
    return it == m_index.cend() ? nullptr : &m_edits[*it];
}

bool PendingChanges::isNamespaceRemoved(const QString& ns) const
{
    const PendingEdit* e = find(ns, QString());
    return e && e->remove;
}

QStringList PendingChanges::addedKeys(const QString& ns) const
{
    QStringList keys;
    for (const PendingEdit& e : m_edits)
        if (e.ns == ns && !e.isNamespace() && e.isAddition())
            keys << e.key;
    return keys;
}

PendingChanges::NamespaceMarks PendingChanges::namespaceMarks(const Snapshot& shown) const
{
    NamespaceMarks marks;
    QStringList existing;
    for (const Namespace& n : shown.namespaces) {
        existing << n.name;
        if (isNamespaceRemoved(n.name))
            marks.removed << n.name;
    }
    marks.added = addedNamespaces(existing);
    return marks;
}

QStringList PendingChanges::addedNamespaces(const QStringList& existing) const
{
    const QSet<QString> known(existing.cbegin(), existing.cend());
    QStringList out;
    for (const PendingEdit& e : m_edits)
        if (!known.contains(e.ns) && !out.contains(e.ns) && e.isAddition())
            out << e.ns;
    return out;
}

namespace {
/// A task or report ("@tasks/<id>") is a whole document in a file of its own. When both sides are objects,
/// it is written member by member: the members the edit did not change keep their bytes, and another
/// writer's change to a different member is no conflict (the same rule as for the keys of a state file).
void appendChanges(QList<Change>& out, const PendingEdit& e)
{
    if (!e.ns.startsWith(u'@') || e.remove || !e.before || !e.before->isObject() || !e.value.isObject()) {
        out << e.toChange();
        return;
    }
    auto member = [&](const QString& name, Change::Op op, const json::JsonValue& value) {
        Change c = e.toChange();
        c.op = op;
        c.address.pointer = json::Pointer({ name });
        c.value = value;
        out << c;
    };
    for (const json::JsonMember& m : e.value.members()) {
        const json::JsonValue* old = e.before->member(m.key);
        if (!old || *old != m.value)
            member(m.key, Change::Op::Set, m.value);
    }
    for (const json::JsonMember& m : e.before->members())
        if (!e.value.member(m.key))
            member(m.key, Change::Op::Remove, {});
}
} // namespace

QList<Change> PendingChanges::changes() const
{
    QList<Change> out;
    out.reserve(m_edits.size());
    for (const PendingEdit& e : m_edits)
        appendChanges(out, e);
    return out;
}

void PendingChanges::set(const QString& ns, const QString& key, const std::optional<PendingEdit>& edit)
{
    const QString k = id(ns, key);
    const auto it = m_index.constFind(k);
    if (edit) {
        if (it != m_index.cend())
            m_edits[*it] = *edit;
        else {
            m_index.insert(k, int(m_edits.size()));
            m_edits << *edit;
        }
    } else if (it != m_index.cend()) {
        m_edits.removeAt(*it);
        reindex();
    } else {
        return;
    }
    Q_EMIT changed(ns, key);
}

void PendingChanges::clear()
{
    m_edits.clear();
    m_index.clear();
    Q_EMIT cleared();
}

void PendingChanges::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_edits.size(); ++i)
        m_index.insert(id(m_edits[i].ns, m_edits[i].key), i);
}

} // namespace statelens::ui
