// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationeffects.h"

#include <QHash>

namespace statelens::migrate {

namespace {
struct Leaf
{
    json::Pointer at;
    json::JsonValue value;
};

void collectLeaves(const json::Pointer& at, const json::JsonValue& v, QList<Leaf>& out)
{
    if (v.isObject() && v.size() > 0) {
        for (const json::JsonMember& m : v.members())
            collectLeaves(at.child(m.key), m.value, out);
    } else if (v.isArray() && v.size() > 0) {
        for (int i = 0; i < int(v.items().size()); ++i)
            collectLeaves(at.child(i), v.items()[size_t(i)], out);
    } else {
        out.append({ at, v });
    }
}

/// The member name a leaf is known by: the last object key on its path (array indices skipped).
QString nameOf(const json::Pointer& p)
{
    const QStringList& t = p.tokens();
    for (auto it = t.crbegin(); it != t.crend(); ++it) {
        bool index = false;
        it->toInt(&index);
        if (!index)
            return *it;
    }
    return {};
}

bool commonValue(const json::JsonValue& v)
{
    if (v.isNull() || v.isBool() || v.isContainer())
        return true;
    if (v.isNumber())
        return v.toDouble() == 0 || v.toDouble() == 1;
    return v.isString() && v.toString().size() < 2;
}

/// 3: same name, 2: one name contains the other, 1: only the value matches, 0: no match.
int closeness(const Leaf& removed, const Leaf& added)
{
    if (removed.value != added.value)
        return 0;
    const QString a = nameOf(removed.at), b = nameOf(added.at);
    if (!a.isEmpty() && a == b)
        return 3;
    if (!a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a)))
        return 2;
    return commonValue(removed.value) ? 0 : 1;
}
} // namespace

QList<ValueFate> valueFates(const QList<diff::ValueChange>& changes)
{
    QList<Leaf> removed, added;
    for (const diff::ValueChange& c : changes) {
        if (c.kind == diff::ChangeKind::Removed || c.kind == diff::ChangeKind::TypeChanged)
            collectLeaves(c.pointer, c.before, removed);
        if (c.kind == diff::ChangeKind::Added || c.kind == diff::ChangeKind::TypeChanged)
            collectLeaves(c.pointer, c.after, added);
    }
    // A leaf found at the same place with the same value (inside a replaced container) stayed: no fate.
    QList<bool> used(added.size(), false);
    QList<ValueFate> out;
    for (const Leaf& r : std::as_const(removed)) {
        int best = -1, bestScore = 0;
        for (int i = 0; i < int(added.size()); ++i) {
            if (used[i])
                continue;
            const int score = added[i].at == r.at && added[i].value == r.value ? 4 : closeness(r, added[i]);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best >= 0 && added[best].at == r.at) {
            used[best] = true;
            continue;
        }
        ValueFate f;
        f.from = r.at;
        f.value = r.value;
        if (best >= 0) {
            used[best] = true;
            f.kind = ValueFate::Kind::Moved;
            f.to = added[best].at;
        }
        out.append(f);
    }
    return out;
}

diff::DiffResult asEntryDiff(const QString& group, const QList<diff::ValueChange>& changes,
    const json::JsonValue& before, const json::JsonValue& after)
{
    diff::DiffResult d;
    QHash<QString, int> entryOf;
    for (const diff::ValueChange& c : changes) {
        const QStringList& t = c.pointer.tokens();
        const QString key = t.isEmpty() ? QStringLiteral(".") : t.first();
        int& at = entryOf[key];
        if (t.size() <= 1) {
            diff::EntryDiff e;
            e.ns = group;
            e.key = key;
            e.kind = c.kind;
            e.before = c.before;
            e.after = c.after;
            d.entries.append(e);
            at = int(d.entries.size());
            continue;
        }
        if (at == 0) {
            diff::EntryDiff e;
            e.ns = group;
            e.key = key;
            e.kind = diff::ChangeKind::Changed;
            if (const json::JsonValue* v = before.isObject() ? before.member(key) : nullptr)
                e.before = *v;
            if (const json::JsonValue* v = after.isObject() ? after.member(key) : nullptr)
                e.after = *v;
            d.entries.append(e);
            at = int(d.entries.size());
        }
        diff::ValueChange detail = c;
        detail.pointer = json::Pointer(t.mid(1));
        d.entries[at - 1].details.append(detail);
    }
    for (const diff::EntryDiff& e : std::as_const(d.entries)) {
        if (e.kind == diff::ChangeKind::Added)
            ++d.added;
        else if (e.kind == diff::ChangeKind::Removed)
            ++d.removed;
        else
            ++d.changed;
    }
    return d;
}

} // namespace statelens::migrate
