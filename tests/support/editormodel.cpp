// SPDX-License-Identifier: GPL-3.0-or-later
#include "editormodel.h"

#include "json/jsondocument.h"
#include "json/jsoneditor.h"
#include "json/jsonpointer.h"
#include "json/jsonstyle.h"

#include <QSet>

namespace statelens::testing {

using json::Document;
using json::JsonValue;
using json::Pointer;

int ByteChooser::pick(int n)
{
    unsigned v = 0;
    for (int bytes = n > 256 ? 2 : 1; bytes > 0; --bytes)
        v = (v << 8) | (m_at < m_size ? m_data[m_at++] : 0u);
    return int(v % unsigned(n));
}

bool ModelValue::operator==(const ModelValue& o) const
{
    return kind == o.kind && number == o.number && string == o.string && members == o.members && items == o.items;
}

int ModelValue::indexOf(const QString& key) const
{
    for (qsizetype i = 0; i < members.size(); ++i)
        if (members[i].first == key)
            return int(i);
    return -1;
}

namespace {

using Kind = ModelValue::Kind;

const QStringList keyPool { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                            QStringLiteral("x/y"), QStringLiteral("t~0"), QString(), QStringLiteral("é\"\\") };
const QStringList stringPool { QString(), QStringLiteral("s"), QStringLiteral("quote\" and \\"),
                               QStringLiteral("ü€"), QStringLiteral("line\nbreak"), QStringLiteral("/~1") };

// ---- the model's own text: random spacing and escaping, so the editor meets files it did not write ----

QByteArray quoted(const QString& s, Chooser& c)
{
    const bool escapeNonAscii = c.pick(4) == 0;
    QByteArray out = "\"";
    for (QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u == '"' || u == '\\')
            out += QByteArray("\\") + char(u);
        else if (u == '\n')
            out += "\\n";
        else if (u < 0x20 || (u >= 0x80 && escapeNonAscii))
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        else
            out += QString(ch).toUtf8();
    }
    return out + '"';
}

QByteArray space(Chooser& c)
{
    static const char* const spaces[] = { "", " ", "\n", "\n    ", "\t", "  " };
    return spaces[c.pick(6)];
}

QByteArray write(const ModelValue& v, Chooser& c)
{
    switch (v.kind) {
    case Kind::Null: return "null";
    case Kind::False: return "false";
    case Kind::True: return "true";
    case Kind::Number: return v.number;
    case Kind::String: return quoted(v.string, c);
    case Kind::Object: {
        QByteArray out = "{" + space(c);
        for (qsizetype i = 0; i < v.members.size(); ++i)
            out += (i ? "," + space(c) : QByteArray()) + quoted(v.members[i].first, c) + space(c) + ":" + space(c)
                + write(v.members[i].second, c) + space(c);
        return out + "}";
    }
    case Kind::Array: {
        QByteArray out = "[" + space(c);
        for (qsizetype i = 0; i < v.items.size(); ++i)
            out += (i ? "," + space(c) : QByteArray()) + write(v.items[i], c) + space(c);
        return out + "]";
    }
    }
    return {};
}

// ---- conversions ----

JsonValue toJson(const ModelValue& v)
{
    switch (v.kind) {
    case Kind::Null: return {};
    case Kind::False: return JsonValue::fromBool(false);
    case Kind::True: return JsonValue::fromBool(true);
    case Kind::Number: return JsonValue::fromNumberText(v.number);
    case Kind::String: return JsonValue::fromString(v.string);
    case Kind::Object: {
        JsonValue o = JsonValue::object();
        for (const auto& [k, m] : v.members)
            o.members().push_back({ k, toJson(m) });
        return o;
    }
    case Kind::Array: {
        JsonValue a = JsonValue::array();
        for (const ModelValue& i : v.items)
            a.items().push_back(toJson(i));
        return a;
    }
    }
    return {};
}

// Reads a parsed document into the model; false if an object has a key twice.
bool fromDocument(const Document& d, quint32 n, ModelValue& out)
{
    out = {};
    switch (d.type(n)) {
    case json::NodeType::Null: out.kind = Kind::Null; return true;
    case json::NodeType::False: out.kind = Kind::False; return true;
    case json::NodeType::True: out.kind = Kind::True; return true;
    case json::NodeType::Number: out.kind = Kind::Number; out.number = d.raw(n).toByteArray(); return true;
    case json::NodeType::String:
    case json::NodeType::Key: out.kind = Kind::String; out.string = d.string(n); return true;
    case json::NodeType::Object: {
        out.kind = Kind::Object;
        bool ok = true;
        d.forEachMember(n, [&](quint32 k, quint32 v) {
            ModelValue m;
            const QString key = d.string(k);
            ok = out.indexOf(key) < 0 && fromDocument(d, v, m);
            out.members.append({ key, m });
            return ok;
        });
        return ok;
    }
    case json::NodeType::Array: {
        out.kind = Kind::Array;
        bool ok = true;
        d.forEachElement(n, [&](int, quint32 v) {
            ModelValue m;
            ok = fromDocument(d, v, m);
            out.items.append(m);
            return ok;
        });
        return ok;
    }
    }
    return false;
}

// ---- random values ----

ModelValue scalar(Chooser& c)
{
    ModelValue v;
    switch (c.pick(5)) {
    case 0: v.kind = Kind::Null; break;
    case 1: v.kind = c.pick(2) ? Kind::True : Kind::False; break;
    case 2:
    case 3: v.kind = Kind::Number; v.number = QByteArray::number(c.pick(2001) - 1000); break;
    default: v.kind = Kind::String; v.string = stringPool[c.pick(int(stringPool.size()))]; break;
    }
    return v;
}

ModelValue randomValue(Chooser& c, int depth)
{
    if (depth >= 3 || c.pick(3) == 0)
        return scalar(c);
    ModelValue v;
    const int n = c.pick(4);
    if (c.pick(2)) {
        v.kind = Kind::Object;
        for (int i = 0; i < n; ++i) {
            const QString key = keyPool[c.pick(int(keyPool.size()))];
            if (v.indexOf(key) < 0)
                v.members.append({ key, randomValue(c, depth + 1) });
        }
    } else {
        v.kind = Kind::Array;
        for (int i = 0; i < n; ++i)
            v.items.append(randomValue(c, depth + 1));
    }
    return v;
}

// A value close to `v`: one member or element changed, added or dropped, so the editor's diff gets work.
ModelValue mutated(const ModelValue& v, Chooser& c, int depth)
{
    ModelValue m = v;
    if (m.kind == Kind::Object && !m.members.isEmpty()) {
        const int i = c.pick(int(m.members.size()));
        switch (c.pick(4)) {
        case 0: m.members.removeAt(i); break;
        case 1: m.members[i].second = mutated(m.members[i].second, c, depth + 1); break;
        case 2: {
            const QString key = keyPool[c.pick(int(keyPool.size()))];
            if (m.indexOf(key) < 0)
                m.members.insert(c.pick(int(m.members.size()) + 1), { key, randomValue(c, depth + 1) });
            break;
        }
        default: m.members.move(i, c.pick(int(m.members.size()))); break;
        }
        return m;
    }
    if (m.kind == Kind::Array && !m.items.isEmpty()) {
        const int i = c.pick(int(m.items.size()));
        switch (c.pick(3)) {
        case 0: m.items.removeAt(i); break;
        case 1: m.items[i] = mutated(m.items[i], c, depth + 1); break;
        default: m.items.insert(i, randomValue(c, depth + 1)); break;
        }
        return m;
    }
    return randomValue(c, depth);
}

// ---- paths in the model ----

struct Place
{
    QStringList tokens;
    Kind kind;
};

void collect(const ModelValue& v, QStringList& at, QList<Place>& out)
{
    out.append({ at, v.kind });
    for (const auto& [k, m] : v.members) {
        at.append(k);
        collect(m, at, out);
        at.removeLast();
    }
    for (qsizetype i = 0; i < v.items.size(); ++i) {
        at.append(QString::number(i));
        collect(v.items[i], at, out);
        at.removeLast();
    }
}

ModelValue* find(ModelValue& root, const QStringList& tokens)
{
    ModelValue* v = &root;
    for (const QString& t : tokens) {
        if (v->kind == Kind::Object) {
            const int i = v->indexOf(t);
            if (i < 0)
                return nullptr;
            v = &v->members[i].second;
        } else if (v->kind == Kind::Array) {
            bool ok = false;
            const int i = t.toInt(&ok);
            if (!ok || i < 0 || i >= v->items.size() || QString::number(i) != t)
                return nullptr;
            v = &v->items[i];
        } else {
            return nullptr;
        }
    }
    return v;
}

QString describe(const QStringList& tokens) { return Pointer(tokens).toString(); }

struct Run
{
    Chooser& c;
    json::Editor& editor;
    ModelValue& model;
    QStringList log;
    QSet<QString> touchedTopLevel;
    bool rootTouched = false;
    QString failure;

    void touch(const QStringList& tokens)
    {
        if (tokens.isEmpty())
            rootTouched = true;
        else
            touchedTopLevel.insert(tokens.first());
    }

    // An edit that must fail and leave the text as it was.
    void expectError(const QString& what, const Result<void>& r, const QByteArray& before)
    {
        log.append(what + QStringLiteral(" (must fail)"));
        if (r) {
            failure = QStringLiteral("an invalid edit succeeded: ") + what;
            return;
        }
        if (!before.isNull()) {
            auto after = editor.text();
            if (!after || after.value() != before)
                failure = QStringLiteral("a failed edit changed the text: ") + what;
        }
    }

    void invalid(const QList<Place>& places)
    {
        // Half of the time compare the whole text around the failed edit.
        QByteArray before;
        if (c.pick(2)) {
            auto t = editor.text();
            if (!t) {
                failure = QStringLiteral("text() failed: ") + t.error().message;
                return;
            }
            before = t.value();
        }
        const Place& p = places[c.pick(int(places.size()))];
        QStringList tokens = p.tokens;
        const JsonValue v = toJson(scalar(c));
        const bool container = p.kind == Kind::Object || p.kind == Kind::Array;
        int what = c.pick(6);
        // A kind of failure that does not fit the place chosen becomes the removal of the root.
        if (((what == 0 || what == 4) && p.kind != Kind::Object) || (what == 1 && container)
            || ((what == 2 || what == 3) && p.kind != Kind::Array))
            what = 5;
        switch (what) {
        case 0: // below a missing member
            tokens << QStringLiteral("missing") << QStringLiteral("x");
            return expectError(QStringLiteral("insert %1").arg(describe(tokens)), editor.insert(Pointer(tokens), v), before);
        case 1: // below a scalar
            tokens << QStringLiteral("0");
            return expectError(QStringLiteral("set %1").arg(describe(tokens)), editor.set(Pointer(tokens), v), before);
        case 2: { // past the end of an array
            tokens << QString::number(find(model, p.tokens)->items.size() + 1 + c.pick(3));
            const bool ins = c.pick(2);
            return expectError(QStringLiteral("%1 %2").arg(ins ? "insert" : "set", describe(tokens)),
                               ins ? editor.insert(Pointer(tokens), v) : editor.set(Pointer(tokens), v), before);
        }
        case 3: // an index with a leading zero or a sign
            tokens << (c.pick(2) ? QStringLiteral("00") : QStringLiteral("+0"));
            return expectError(QStringLiteral("insert %1").arg(describe(tokens)), editor.insert(Pointer(tokens), v), before);
        case 4: // remove a missing member
            tokens << QStringLiteral("missing");
            return expectError(QStringLiteral("remove %1").arg(describe(tokens)), editor.remove(Pointer(tokens)), before);
        default:
            return expectError(QStringLiteral("remove the root"), editor.remove(Pointer()), before);
        }
    }

    Result<void> check(const QString& what, const Result<void>& r)
    {
        log.append(what);
        if (!r)
            failure = what + QStringLiteral(" failed: ") + r.error().message;
        return r;
    }

    void step()
    {
        QList<Place> places;
        QStringList at;
        collect(model, at, places);
        const Place& p = places[c.pick(int(places.size()))];
        ModelValue* target = find(model, p.tokens);
        switch (c.pick(9)) {
        case 0:
        case 1: { // replace a value (the root too), often with a near copy
            const ModelValue v = c.pick(3) ? mutated(*target, c, int(p.tokens.size())) : randomValue(c, int(p.tokens.size()));
            if (p.tokens.isEmpty() && v.kind != Kind::Object)
                return; // keep an object at the top, for the byte check
            touch(p.tokens);
            if (check(QStringLiteral("set %1").arg(describe(p.tokens)), editor.set(Pointer(p.tokens), toJson(v))))
                *target = v;
            return;
        }
        case 2: { // add a member
            if (p.kind != Kind::Object)
                return;
            const QString key = keyPool[c.pick(int(keyPool.size()))];
            if (target->indexOf(key) >= 0)
                return;
            const ModelValue v = randomValue(c, int(p.tokens.size()) + 1);
            touch(p.tokens + QStringList { key });
            const bool viaInsert = c.pick(2);
            const Pointer ptr(p.tokens + QStringList { key });
            if (check(QStringLiteral("%1 %2").arg(viaInsert ? "insert" : "set", ptr.toString()),
                      viaInsert ? editor.insert(ptr, toJson(v)) : editor.set(ptr, toJson(v))))
                target->members.append({ key, v });
            return;
        }
        case 3: { // append to an array, by "-" or by its size
            if (p.kind != Kind::Array)
                return;
            const ModelValue v = randomValue(c, int(p.tokens.size()) + 1);
            const QString token = c.pick(2) ? QStringLiteral("-") : QString::number(target->items.size());
            touch(p.tokens + QStringList { token });
            const Pointer ptr(p.tokens + QStringList { token });
            if (check(QStringLiteral("set %1").arg(ptr.toString()), editor.set(ptr, toJson(v))))
                target->items.append(v);
            return;
        }
        case 4: { // insert into an array
            if (p.kind != Kind::Array)
                return;
            const int i = c.pick(int(target->items.size()) + 1);
            const ModelValue v = randomValue(c, int(p.tokens.size()) + 1);
            const Pointer ptr(p.tokens + QStringList { QString::number(i) });
            touch(ptr.tokens());
            if (check(QStringLiteral("insert %1").arg(ptr.toString()), editor.insert(ptr, toJson(v))))
                target->items.insert(i, v);
            return;
        }
        case 5:
        case 6: { // remove
            if (p.tokens.isEmpty())
                return;
            ModelValue* parent = find(model, p.tokens.mid(0, p.tokens.size() - 1));
            touch(p.tokens);
            if (!check(QStringLiteral("remove %1").arg(describe(p.tokens)), editor.remove(Pointer(p.tokens))))
                return;
            if (parent->kind == Kind::Object)
                parent->members.removeAt(parent->indexOf(p.tokens.last()));
            else
                parent->items.removeAt(p.tokens.last().toInt());
            return;
        }
        case 7: { // rename a member: the Editor has no rename, so remove and set under the new key
            if (p.tokens.isEmpty())
                return;
            const QStringList parentTokens = p.tokens.mid(0, p.tokens.size() - 1);
            ModelValue* parent = find(model, parentTokens);
            const QString key = keyPool[c.pick(int(keyPool.size()))];
            if (parent->kind != Kind::Object || parent->indexOf(key) >= 0)
                return;
            const ModelValue v = *target;
            touch(p.tokens);
            touch(parentTokens + QStringList { key });
            if (!check(QStringLiteral("rename %1 to %2").arg(describe(p.tokens), key), editor.remove(Pointer(p.tokens))))
                return;
            parent->members.removeAt(parent->indexOf(p.tokens.last()));
            if (check(QStringLiteral("  set %1").arg(describe(parentTokens + QStringList { key })),
                      editor.set(Pointer(parentTokens + QStringList { key }), toJson(v))))
                parent->members.append({ key, v });
            return;
        }
        default:
            return invalid(places);
        }
    }
};

QByteArray rawMember(const Document& d, const QString& key)
{
    QByteArray out;
    d.forEachMember(0, [&](quint32 k, quint32 v) {
        if (d.string(k) == key)
            out = d.text().mid(d.begin(k), d.end(v) - d.begin(k));
        return true;
    });
    return out;
}

QString runOn(const QByteArray& text, ModelValue model, Chooser& c)
{
    auto doc = Document::parse(text);
    if (!doc)
        return QStringLiteral("the start document does not parse: ") + doc.error().message;
    static const json::Style styles[] = { json::Style::javaScript(), json::Style::compact(), json::Style::python() };
    json::Editor editor(doc.value(), styles[c.pick(3)]);
    Run run { c, editor, model, {}, {}, false, {} };
    const int steps = 1 + c.pick(10);
    for (int i = 0; i < steps && run.failure.isEmpty(); ++i)
        run.step();

    QString failure = run.failure;
    QByteArray out;
    if (failure.isEmpty()) {
        auto t = editor.text();
        if (!t)
            failure = QStringLiteral("text() failed: ") + t.error().message;
        else
            out = t.value();
    }
    if (failure.isEmpty()) {
        auto after = Document::parse(out);
        ModelValue got;
        if (!after)
            failure = QStringLiteral("the output does not parse: ") + after.error().message;
        else if (!fromDocument(after.value(), 0, got))
            failure = QStringLiteral("the output has an object with a duplicate key");
        else if (!(got == model))
            failure = QStringLiteral("the output differs from the model");
        else if (!run.rootTouched && doc->isObject(0) && after->isObject(0)) {
            doc->forEachMember(0, [&](quint32 k, quint32) {
                const QString key = doc->string(k);
                if (!run.touchedTopLevel.contains(key) && rawMember(doc.value(), key) != rawMember(after.value(), key))
                    failure = QStringLiteral("the untouched member '%1' changed its bytes").arg(key);
                return failure.isEmpty();
            });
        }
    }
    if (failure.isEmpty())
        return {};
    ModelValue modelOnly = model;
    SeededChooser plain(0);
    return failure + QStringLiteral("\n--- start\n") + QString::fromUtf8(text) + QStringLiteral("\n--- edits\n")
        + run.log.join(u'\n') + QStringLiteral("\n--- editor\n") + QString::fromUtf8(out)
        + QStringLiteral("\n--- model\n") + QString::fromUtf8(write(modelOnly, plain));
}

} // namespace

QString checkEditSequence(Chooser& c)
{
    ModelValue root;
    root.kind = Kind::Object;
    const int n = 1 + c.pick(5);
    for (int i = 0; i < n; ++i) {
        const QString key = keyPool[c.pick(int(keyPool.size()))];
        if (root.indexOf(key) < 0)
            root.members.append({ key, randomValue(c, 1) });
    }
    const QByteArray text = space(c) + write(root, c) + (c.pick(2) ? "\n" : "");
    return runOn(text, root, c);
}

QString checkEditSequenceOn(const QByteArray& text, Chooser& c)
{
    auto doc = Document::parse(text);
    ModelValue model;
    if (!doc || !fromDocument(doc.value(), 0, model))
        return {};
    return runOn(text, model, c);
}

} // namespace statelens::testing
