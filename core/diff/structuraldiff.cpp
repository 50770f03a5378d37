// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuraldiff.h"

#include "io/statelayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace statelens::diff {

namespace {

struct Walker
{
    int max;
    QList<ValueChange> out;

    bool full() const { return out.size() >= max; }
    void add(const json::Pointer& p, ChangeKind kind, const json::JsonValue& before, const json::JsonValue& after)
    {
        if (!full())
            out.append({ p, kind, before, after });
    }

    void walk(const json::Pointer& p, const json::JsonValue& a, const json::JsonValue& b)
    {
        if (full())
            return;
        if (a.type() != b.type()) {
            add(p, ChangeKind::TypeChanged, a, b);
            return;
        }
        if (a.isObject()) {
            // Members in `a`'s order (removed and changed), then what only `b` has (added), in b's order.
            QSet<QString> inA;
            for (const json::JsonMember& m : a.members()) {
                inA.insert(m.key);
                if (a.member(m.key) != &m.value)
                    continue; // a duplicate key: the last one wins
                if (const json::JsonValue* other = b.member(m.key))
                    walk(p.child(m.key), m.value, *other);
                else
                    add(p.child(m.key), ChangeKind::Removed, m.value, {});
                if (full())
                    return;
            }
            QSet<QString> added;
            for (const json::JsonMember& m : b.members())
                if (!inA.contains(m.key) && !added.contains(m.key)) {
                    added.insert(m.key);
                    add(p.child(m.key), ChangeKind::Added, {}, *b.member(m.key));
                }
            return;
        }
        if (a.isArray()) {
            const auto& ia = a.items();
            const auto& ib = b.items();
            const size_t common = std::min(ia.size(), ib.size());
            for (size_t i = 0; i < common && !full(); ++i)
                walk(p.child(int(i)), ia[i], ib[i]);
            for (size_t i = common; i < ia.size(); ++i)
                add(p.child(int(i)), ChangeKind::Removed, ia[i], {});
            for (size_t i = common; i < ib.size(); ++i)
                add(p.child(int(i)), ChangeKind::Added, {}, ib[i]);
            return;
        }
        if (a != b)
            add(p, ChangeKind::Changed, a, b);
    }
};

/// Equal bytes are equal without decoding; otherwise the values are compared member by member, so that a
/// backup written with other indentation or key order does not show as changed.
/// Two task files read for their summary compare by fingerprint, without being read again.
bool sameBytes(const ValueRef& a, const ValueRef& b)
{
    if (a.isDeferred() && b.isDeferred())
        return a.sameBytes(b);
    return a.isValid() && b.isValid() && a.sameBytes(b);
}

void compareEntry(DiffResult& r, EntryDiff::Scope scope, const QString& ns, const QString& key, const ValueRef* before,
                  const ValueRef* after)
{
    EntryDiff d;
    d.scope = scope;
    d.ns = ns;
    d.key = key;
    if (!before) {
        d.kind = ChangeKind::Added;
        d.after = after->toValue();
        ++r.added;
    } else if (!after) {
        d.kind = ChangeKind::Removed;
        d.before = before->toValue();
        ++r.removed;
    } else {
        if (sameBytes(*before, *after))
            return;
        d.before = before->toValue();
        d.after = after->toValue();
        if (d.before.type() != d.after.type()) {
            d.kind = ChangeKind::TypeChanged;
        } else {
            d.kind = ChangeKind::Changed;
            d.details = diffValues(d.before, d.after);
            if (d.details.isEmpty())
                return;
            if (!d.before.isContainer())
                d.details.clear();
        }
        ++r.changed;
    }
    r.entries.append(std::move(d));
}

template<typename Item, typename ValueOf>
void compareById(DiffResult& r, EntryDiff::Scope scope, const QString& ns, const QList<Item>& before,
                 const QList<Item>& after, ValueOf valueOf)
{
    QHash<QString, const Item*> afterById;
    for (const Item& i : after)
        afterById.insert(i.id, &i);
    QSet<QString> seen;
    for (const Item& i : before) {
        if (seen.contains(i.id))
            continue;
        seen.insert(i.id);
        const Item* other = afterById.value(i.id);
        compareEntry(r, scope, ns, i.id, &valueOf(i), other ? &valueOf(*other) : nullptr);
    }
    for (const Item& i : after)
        if (!seen.contains(i.id)) {
            seen.insert(i.id);
            compareEntry(r, scope, ns, i.id, nullptr, &valueOf(i));
        }
}

} // namespace

QList<ValueChange> diffValues(const json::JsonValue& before, const json::JsonValue& after, int maxChanges)
{
    Walker w { std::max(maxChanges, 1), {} };
    w.walk(json::Pointer(), before, after);
    return w.out;
}

DiffResult diffSnapshots(const Snapshot& before, const Snapshot& after)
{
    DiffResult r;
    QHash<QString, const Namespace*> afterNs;
    for (const Namespace& ns : after.namespaces)
        afterNs.insert(ns.name, &ns);
    auto entriesOf = [](const Namespace* ns) {
        QHash<QString, ValueRef> out;
        if (ns)
            for (qsizetype i = 0; i < ns->entries.size(); ++i)
                out.insert(ns->entries.keyAt(i), ns->entries.valueAt(i)); // a duplicate key: the last one wins, as in JSON
        return out;
    };
    QSet<QString> seenNs;
    auto compareNamespace = [&](const Namespace* a, const Namespace* b) {
        const QString name = a ? a->name : b->name;
        const auto ea = entriesOf(a);
        const auto eb = entriesOf(b);
        QSet<QString> seen;
        if (a)
            for (qsizetype i = 0; i < a->entries.size(); ++i) {
                const QString key = a->entries.keyAt(i);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                const auto other = eb.constFind(key);
                compareEntry(r, EntryDiff::Scope::Key, name, key, &*ea.constFind(key), other != eb.cend() ? &*other : nullptr);
            }
        if (b)
            for (qsizetype i = 0; i < b->entries.size(); ++i) {
                const QString key = b->entries.keyAt(i);
                if (!seen.contains(key)) {
                    seen.insert(key);
                    compareEntry(r, EntryDiff::Scope::Key, name, key, nullptr, &*eb.constFind(key));
                }
            }
    };
    for (const Namespace& ns : before.namespaces) {
        if (seenNs.contains(ns.name))
            continue;
        seenNs.insert(ns.name);
        compareNamespace(&ns, afterNs.value(ns.name));
    }
    for (const Namespace& ns : after.namespaces)
        if (!seenNs.contains(ns.name)) {
            seenNs.insert(ns.name);
            compareNamespace(nullptr, &ns);
        }
    compareById(r, EntryDiff::Scope::Task, layout::tasksNamespace(), before.tasks, after.tasks,
                [](const Task& t) -> const ValueRef& { return t.value; });
    compareById(r, EntryDiff::Scope::Report, layout::reportsNamespace(), before.reports, after.reports,
                [](const Report& t) -> const ValueRef& { return t.value; });
    return r;
}

QString changeKindId(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return QStringLiteral("added");
    case ChangeKind::Removed: return QStringLiteral("removed");
    case ChangeKind::Changed: return QStringLiteral("changed");
    case ChangeKind::TypeChanged: return QStringLiteral("type-changed");
    }
    return {};
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return QCoreApplication::translate("statelens::diff", "added");
    case ChangeKind::Removed: return QCoreApplication::translate("statelens::diff", "removed");
    case ChangeKind::Changed: return QCoreApplication::translate("statelens::diff", "changed");
    case ChangeKind::TypeChanged: return QCoreApplication::translate("statelens::diff", "type changed");
    }
    return {};
}

QString EntryDiff::address() const
{
    return json::Pointer::escape(ns) + u'/' + json::Pointer::escape(key);
}

} // namespace statelens::diff
