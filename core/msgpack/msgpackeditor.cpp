// SPDX-License-Identifier: GPL-3.0-or-later
#include "msgpackeditor.h"

#include "msgpackencoding.h"

#include <QCoreApplication>
#include <QHash>

#include <charconv>

namespace statelens::msgpack {

namespace {

/// An integer number text as serde_json reads it (u64 for >= 0, i64 below), or neither.
struct Integer
{
    bool ok = false;
    bool negative = false;
    quint64 u = 0;
    qint64 i = 0;
};

Integer integerOf(const QByteArray& t)
{
    Integer r;
    const char* end = t.constData() + t.size();
    if (t.startsWith('-')) {
        r.negative = true;
        r.ok = std::from_chars(t.constData(), end, r.i).ptr == end;
    } else {
        r.ok = std::from_chars(t.constData(), end, r.u).ptr == end;
    }
    return r;
}

/// `v` in the width of integer node `c` when it fits there, else empty.
QByteArray sameWidth(const Node& c, const Integer& v)
{
    auto bytes = [&](quint8 marker, quint64 raw, int width) {
        QByteArray out(1, char(marker));
        for (int i = width - 1; i >= 0; --i)
            out.append(char((raw >> (8 * i)) & 0xff));
        return out;
    };
    if (c.kind == Kind::UInt && !v.negative) {
        switch (c.count) {
        case 0: return v.u <= 0x7f ? QByteArray(1, char(v.u)) : QByteArray();
        case 1: return v.u <= 0xff ? bytes(0xcc, v.u, 1) : QByteArray();
        case 2: return v.u <= 0xffff ? bytes(0xcd, v.u, 2) : QByteArray();
        case 4: return v.u <= 0xffffffffu ? bytes(0xce, v.u, 4) : QByteArray();
        default: return bytes(0xcf, v.u, 8);
        }
    }
    if (c.kind == Kind::Int) {
        if (!v.negative && v.u > quint64(std::numeric_limits<qint64>::max()))
            return {};
        const qint64 i = v.negative ? v.i : qint64(v.u);
        switch (c.count) {
        case 0: return i >= -32 && i < 0 ? QByteArray(1, char(quint8(i))) : QByteArray();
        case 1: return i >= -128 && i <= 127 ? bytes(0xd0, quint8(i), 1) : QByteArray();
        case 2: return i >= -32768 && i <= 32767 ? bytes(0xd1, quint16(i), 2) : QByteArray();
        case 4: return i >= -2147483648LL && i <= 2147483647LL ? bytes(0xd2, quint32(i), 4) : QByteArray();
        default: return bytes(0xd3, quint64(i), 8);
        }
    }
    return {};
}

QByteArray encodeKey(const QString& key)
{
    const QByteArray k = key.toUtf8();
    return strHeader(quint32(k.size())) + k;
}

} // namespace

Editor::Editor(Document doc, const QString& file)
    : m_doc(std::move(doc))
    , m_file(file)
{ }

QByteArray Editor::encodeLike(const Document& doc, quint32 n, const json::JsonValue& v)
{
    const Node& c = doc.node(n);
    if (doc.toJson(n) == v)
        return doc.elementBytes(n);
    switch (v.type()) {
    case json::JsonValue::Type::Number: {
        if (c.kind == Kind::Float64)
            return encodeFloat64(v.toDouble());
        if (c.kind == Kind::Float32) {
            const double d = v.toDouble();
            return double(float(d)) == d ? encodeFloat32(float(d)) : encodeFloat64(d);
        }
        const Integer i = integerOf(v.numberText());
        if (i.ok) {
            const QByteArray same = sameWidth(c, i);
            if (!same.isEmpty())
                return same;
        }
        return encodeDefault(v);
    }
    case json::JsonValue::Type::String: {
        const QByteArray s = v.toString().toUtf8();
        if (c.kind == Kind::Str)
            return strHeader(quint32(s.size()), c.marker) + s;
        if (c.kind == Kind::Bin || c.kind == Kind::Ext) {
            // Shown as base64: text that is base64 (and spelled as StateLens spells it) stays bin or ext.
            const auto decoded = QByteArray::fromBase64Encoding(s, QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && decoded.decoded.toBase64() == s) {
                const quint32 size = quint32(decoded.decoded.size());
                return (c.kind == Kind::Bin ? binHeader(size, c.marker) : extHeader(size, c.extType, c.marker))
                    + decoded.decoded;
            }
        }
        return encodeDefault(v);
    }
    case json::JsonValue::Type::Array: {
        if (c.kind != Kind::Array)
            return encodeDefault(v);
        const std::vector<quint32> old = doc.children(n);
        QByteArray out = arrayHeader(quint32(v.items().size()), c.marker);
        for (size_t i = 0; i < v.items().size(); ++i)
            out += i < old.size() ? encodeLike(doc, old[i], v.items()[i]) : encodeDefault(v.items()[i]);
        return out;
    }
    case json::JsonValue::Type::Object: {
        if (c.kind != Kind::Map)
            return encodeDefault(v);
        // The old members by key (the last of duplicates, as member() finds it): key node, value node.
        QHash<QString, QPair<quint32, quint32>> old;
        const std::vector<quint32> children = doc.children(n);
        for (size_t i = 0; i + 1 < children.size(); i += 2)
            old.insert(doc.keyText(children[i]), { children[i], children[i + 1] });
        QByteArray out = mapHeader(quint32(v.members().size()), c.marker);
        for (const json::JsonMember& m : v.members()) {
            const auto it = old.constFind(m.key);
            if (it != old.constEnd())
                out += doc.elementBytes(it->first) + encodeLike(doc, it->second, m.value);
            else
                out += encodeKey(m.key) + encodeDefault(m.value);
        }
        return out;
    }
    case json::JsonValue::Type::Null:
    case json::JsonValue::Type::Bool:
        break;
    }
    return encodeDefault(v);
}

Error Editor::notFound(const json::Pointer& p) const
{
    return Error::notFound(
        QCoreApplication::translate("statelens::msgpack", "nothing at '%1' in the MessagePack value").arg(p.toString()),
        m_file);
}

Result<void> Editor::replace(qsizetype begin, qsizetype end, const QByteArray& with, quint32 container,
    qint64 countDelta)
{
    const QByteArray& b = m_doc.bytes();
    QByteArray out;
    out.reserve(b.size() - (end - begin) + with.size() + 4);
    qsizetype from = 0;
    if (container != Document::npos) {
        const Node& c = m_doc.node(container);
        const quint32 count = quint32(qint64(c.count) + countDelta);
        out += b.left(c.begin);
        out += c.kind == Kind::Map ? mapHeader(count, c.marker) : arrayHeader(count, c.marker);
        from = c.payload;
    }
    out += b.mid(from, begin - from);
    out += with;
    out += b.mid(end);
    auto doc = Document::parse(std::move(out), m_file);
    if (!doc)
        return doc.error();
    m_doc = std::move(doc.value());
    m_changed = true;
    return {};
}

Result<void> Editor::set(const json::Pointer& p, const json::JsonValue& value)
{
    const quint32 n = m_doc.find(p);
    if (n != Document::npos) {
        const QByteArray bytes = encodeLike(m_doc, n, value);
        const Node& c = m_doc.node(n);
        if (bytes == m_doc.elementBytes(n))
            return {};
        return replace(c.begin, c.end, bytes, Document::npos, 0);
    }
    if (p.isRoot())
        return notFound(p);
    const quint32 parent = m_doc.find(p.parent());
    if (parent == Document::npos)
        return notFound(p);
    const Node& c = m_doc.node(parent);
    if (c.kind == Kind::Map)
        return replace(c.end, c.end, encodeKey(p.last()) + encodeDefault(value), parent, 1);
    if (c.kind == Kind::Array && (p.last() == QLatin1String("-") || p.last() == QString::number(c.count)))
        return replace(c.end, c.end, encodeDefault(value), parent, 1);
    return notFound(p);
}

Result<void> Editor::remove(const json::Pointer& p)
{
    if (p.isRoot())
        return Error { Error::Kind::Usage,
            QCoreApplication::translate("statelens::msgpack", "the whole MessagePack value cannot be removed"), m_file };
    const quint32 n = m_doc.find(p);
    if (n == Document::npos)
        return notFound(p);
    const quint32 parent = m_doc.parent(n);
    const Node& c = m_doc.node(parent);
    const qsizetype begin = c.kind == Kind::Map ? m_doc.node(m_doc.keyOf(parent, n)).begin : m_doc.node(n).begin;
    return replace(begin, m_doc.node(n).end, {}, parent, -1);
}

} // namespace statelens::msgpack
