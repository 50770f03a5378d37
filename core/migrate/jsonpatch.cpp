// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpatch.h"

#include "json/jsonequivalence.h"

#include <QCoreApplication>

namespace statelens::migrate {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::migrate::JsonPatch", s);
}

/// An array index token: "0", "12" (no leading zeros, no sign); -1 otherwise.
qsizetype indexOf(const QString& token)
{
    if (token.isEmpty() || (token.size() > 1 && token.front() == u'0'))
        return -1;
    bool ok = false;
    const qsizetype i = token.toLongLong(&ok);
    return ok && i >= 0 && !token.startsWith(u'+') ? i : -1;
}

json::Pointer join(const json::Pointer& base, const json::Pointer& p)
{
    return json::Pointer(base.tokens() + p.tokens());
}

QString brief(const json::JsonValue& v)
{
    QString s = QString::fromUtf8(v.toCompactJson());
    return s.size() > 80 ? s.left(77) + QStringLiteral("...") : s;
}

struct Failure
{
    const PatchOperation& op;
    Error operator()(const QString& message) const
    {
        Error e = Error::validation(
            QStringLiteral("%1 %2: %3").arg(PatchOperation::opName(op.op), op.path.toString(), message));
        e.line = op.line;
        e.column = op.column;
        return e;
    }
};

/// Inserts `value` at `p` (RFC 6902 "add"): objects set the member in place, arrays insert before an index
/// or append at "-".
Result<void> add(json::JsonValue& root, const json::Pointer& p, json::JsonValue value, const Failure& fail)
{
    if (p.isRoot()) {
        root = std::move(value);
        return {};
    }
    json::JsonValue* parent = JsonPatch::find(root, p.parent());
    if (!parent)
        return fail(QCoreApplication::translate("statelens::migrate", "the parent %1 does not exist")
                        .arg(p.parent().toString()));
    if (parent->isObject()) {
        parent->insert(p.last(), std::move(value));
        return {};
    }
    if (!parent->isArray())
        return fail(QCoreApplication::translate(
            "statelens::migrate", "the parent %1 is neither an object nor an array")
                        .arg(p.parent().toString()));
    auto& items = parent->items();
    const qsizetype i = p.last() == QLatin1String("-") ? qsizetype(items.size()) : indexOf(p.last());
    if (i < 0 || i > qsizetype(items.size()))
        return fail(QCoreApplication::translate(
            "statelens::migrate", "index %1 is out of range (the array has %2 elements)")
                        .arg(p.last())
                        .arg(items.size()));
    items.insert(items.begin() + i, std::move(value));
    return {};
}

Result<json::JsonValue> take(json::JsonValue& root, const json::Pointer& p, const Failure& fail)
{
    if (p.isRoot())
        return fail(QCoreApplication::translate("statelens::migrate", "the whole value cannot be removed"));
    json::JsonValue* parent = JsonPatch::find(root, p.parent());
    if (!parent || !JsonPatch::find(*parent, json::Pointer({ p.last() })))
        return fail(QCoreApplication::translate("statelens::migrate", "%1 does not exist").arg(p.toString()));
    if (parent->isObject()) {
        json::JsonValue v = *parent->member(p.last());
        parent->remove(p.last());
        return v;
    }
    auto& items = parent->items();
    const qsizetype i = indexOf(p.last());
    json::JsonValue v = std::move(items[size_t(i)]);
    items.erase(items.begin() + i);
    return v;
}
} // namespace

QString Scope::describe() const
{
    switch (kind) {
    case Kind::State:
        return QCoreApplication::translate("statelens::migrate::Scope", "the whole state");
    case Kind::Namespace:
        return QCoreApplication::translate("statelens::migrate::Scope", "namespace %1").arg(ns);
    case Kind::Key:
        return QCoreApplication::translate("statelens::migrate::Scope", "key %1/%2").arg(ns, key);
    case Kind::Tasks:
        return QCoreApplication::translate("statelens::migrate::Scope", "every task");
    }
    return {};
}

QString PatchOperation::opName(Op op)
{
    switch (op) {
    case Op::Add:
        return QStringLiteral("add");
    case Op::Remove:
        return QStringLiteral("remove");
    case Op::Replace:
        return QStringLiteral("replace");
    case Op::Move:
        return QStringLiteral("move");
    case Op::Copy:
        return QStringLiteral("copy");
    case Op::Test:
        return QStringLiteral("test");
    case Op::Rename:
        return QStringLiteral("rename");
    case Op::Default:
        return QStringLiteral("default");
    }
    return {};
}

const json::JsonValue* JsonPatch::find(const json::JsonValue& root, const json::Pointer& p)
{
    const json::JsonValue* v = &root;
    for (const QString& t : p.tokens()) {
        if (v->isObject()) {
            v = v->member(t);
        } else if (v->isArray()) {
            const qsizetype i = indexOf(t);
            v = i >= 0 && i < qsizetype(v->items().size()) ? &v->items()[size_t(i)] : nullptr;
        } else {
            v = nullptr;
        }
        if (!v)
            return nullptr;
    }
    return v;
}

json::JsonValue* JsonPatch::find(json::JsonValue& root, const json::Pointer& p)
{
    return const_cast<json::JsonValue*>(find(static_cast<const json::JsonValue&>(root), p));
}

bool JsonPatch::equal(const json::JsonValue& a, const json::JsonValue& b)
{
    return json::equivalent(a, b);
}

Result<void> JsonPatch::apply(json::JsonValue& target, const PatchOperation& op, const json::Pointer& base)
{
    const Failure fail { op };
    const json::Pointer path = join(base, op.path);
    switch (op.op) {
    case PatchOperation::Op::Add:
        return add(target, path, op.value, fail);
    case PatchOperation::Op::Remove:
        if (auto v = take(target, path, fail); !v)
            return v.error();
        return {};
    case PatchOperation::Op::Replace: {
        json::JsonValue* v = find(target, path);
        if (!v)
            return fail(tr("%1 does not exist").arg(path.toString()));
        *v = op.value;
        return {};
    }
    case PatchOperation::Op::Move: {
        const json::Pointer from = join(base, op.from);
        if (path.startsWith(from) && !(path == from))
            return fail(tr("cannot move %1 into itself").arg(from.toString()));
        auto v = take(target, from, fail);
        if (!v)
            return v.error();
        return add(target, path, std::move(v.value()), fail);
    }
    case PatchOperation::Op::Copy: {
        const json::JsonValue* v = find(target, join(base, op.from));
        if (!v)
            return fail(tr("%1 does not exist").arg(join(base, op.from).toString()));
        return add(target, path, json::JsonValue(*v), fail);
    }
    case PatchOperation::Op::Test: {
        const json::JsonValue* v = find(target, path);
        if (!v)
            return fail(tr("test failed: %1 does not exist").arg(path.toString()));
        if (!equal(*v, op.value))
            return fail(tr("test failed: expected %1, found %2").arg(brief(op.value), brief(*v)));
        return {};
    }
    case PatchOperation::Op::Rename: {
        if (path.isRoot())
            return fail(tr("the whole value has no key to rename"));
        json::JsonValue* parent = find(target, path.parent());
        if (!parent || !parent->isObject() || !parent->member(path.last()))
            return {}; // a convenience: absent keys are left alone
        if (path.last() == op.newKey)
            return {};
        if (parent->member(op.newKey))
            return fail(tr("cannot rename to \"%1\": that key exists already").arg(op.newKey));
        for (json::JsonMember& m : parent->members())
            if (m.key == path.last())
                m.key = op.newKey; // keeps the member's place
        return {};
    }
    case PatchOperation::Op::Default: {
        if (find(target, path))
            return {};
        // Create missing parent objects, then set.
        json::Pointer at;
        for (qsizetype i = 0; i + 1 < path.tokens().size(); ++i) {
            at = at.child(path.tokens()[i]);
            if (!find(target, at)) {
                if (auto r = add(target, at, json::JsonValue::object(), fail); !r)
                    return r;
            }
        }
        return add(target, path, op.value, fail);
    }
    }
    return {};
}

} // namespace statelens::migrate
