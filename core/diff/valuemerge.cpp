// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuemerge.h"

#include "json/jsonequivalence.h"

namespace statelens::diff {

namespace {

using Value = std::optional<json::JsonValue>;

const json::JsonValue* memberOf(const Value& v, const QString& key)
{
    return v ? v->member(key) : nullptr;
}

Value optionalOf(const json::JsonValue* v)
{
    return v ? Value(*v) : std::nullopt;
}

Value merge(const Value& base, const Value& theirs, const Value& mine, const json::Pointer& at,
            QList<FieldConflict>& conflicts)
{
    if (json::equivalent(theirs, base) || json::equivalent(theirs, mine))
        return mine;
    if (json::equivalent(mine, base))
        return theirs;
    const bool objects = base && theirs && mine && base->isObject() && theirs->isObject() && mine->isObject();
    if (!objects) {
        conflicts.append({ at, base, theirs, mine });
        return theirs;
    }
    // Member by member: theirs keeps its order, members only I added come after.
    QStringList keys;
    for (const Value* side : { &theirs, &mine, &base })
        for (const json::JsonMember& m : (*side)->members())
            if (!keys.contains(m.key))
                keys << m.key;
    json::JsonValue out = json::JsonValue::object();
    for (const QString& key : std::as_const(keys)) {
        const Value v = merge(optionalOf(memberOf(base, key)), optionalOf(memberOf(theirs, key)),
                              optionalOf(memberOf(mine, key)), at.child(key), conflicts);
        if (v)
            out.insert(key, *v);
    }
    return out;
}

/// Sets (or with nullopt removes) the value at `p` inside `root`, whose objects on the way exist.
void place(Value& root, const json::Pointer& p, const Value& v)
{
    if (p.isRoot()) {
        root = v;
        return;
    }
    json::JsonValue* parent = root ? &*root : nullptr;
    const QStringList& tokens = p.tokens();
    for (qsizetype i = 0; parent && i + 1 < tokens.size(); ++i)
        parent = parent->member(tokens[i]);
    if (!parent || !parent->isObject())
        return;
    if (v)
        parent->insert(tokens.last(), *v);
    else
        parent->remove(tokens.last());
}

} // namespace

ValueMerge mergeValues(const Value& base, const Value& theirs, const Value& mine)
{
    ValueMerge m;
    m.merged = merge(base, theirs, mine, {}, m.conflicts);
    return m;
}

Value ValueMerge::resolved(const QList<bool>& keepMine) const
{
    Value out = merged;
    for (qsizetype i = 0; i < conflicts.size(); ++i)
        if (i < keepMine.size() && keepMine[i])
            place(out, conflicts[i].pointer, conflicts[i].mine);
    return out;
}

} // namespace statelens::diff
