// SPDX-License-Identifier: GPL-3.0-or-later
#include "msgpackdocument.h"

#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>

namespace statelens::msgpack {

namespace {

/// Reads big-endian unsigned integers of 1, 2, 4 or 8 bytes.
quint64 readBE(const char* p, int width)
{
    quint64 v = 0;
    for (int i = 0; i < width; ++i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

struct Parser
{
    const QByteArray& bytes;
    std::vector<Node>& nodes;
    QString error;

    qsizetype size() const { return bytes.size(); }
    bool need(qsizetype pos, qsizetype n)
    {
        if (n < 0 || pos > size() - n) {
            error = QCoreApplication::translate("statelens::msgpack", "MessagePack data ends too early (at byte %1)")
                        .arg(pos);
            return false;
        }
        return true;
    }

    /// Parses the element at `pos`; returns the offset after it, or -1.
    qsizetype parse(qsizetype pos, int depth)
    {
        if (depth > Document::MaxDepth) {
            error = QCoreApplication::translate("statelens::msgpack", "MessagePack nesting deeper than %1")
                        .arg(Document::MaxDepth);
            return -1;
        }
        if (!need(pos, 1))
            return -1;
        const char* d = bytes.constData();
        const quint8 m = quint8(d[pos]);
        Node n;
        n.marker = m;
        n.begin = pos;
        qsizetype header = 1; // bytes before the payload
        quint64 length = 0; // payload bytes (scalars) or children (containers)
        bool container = false;
        auto sized = [&](Kind k, int width) {
            n.kind = k;
            if (!need(pos + 1, width))
                return false;
            length = readBE(d + pos + 1, width);
            header = 1 + width;
            return true;
        };
        if (m <= 0x7f) {
            n.kind = Kind::UInt;
        } else if (m >= 0xe0) {
            n.kind = Kind::Int;
        } else if (m <= 0x8f) {
            n.kind = Kind::Map;
            length = m & 0x0f;
            container = true;
        } else if (m <= 0x9f) {
            n.kind = Kind::Array;
            length = m & 0x0f;
            container = true;
        } else if (m <= 0xbf) {
            n.kind = Kind::Str;
            length = m & 0x1f;
        } else {
            switch (m) {
            case 0xc0: n.kind = Kind::Nil; break;
            case 0xc2:
            case 0xc3: n.kind = Kind::Bool; break;
            case 0xc4: if (!sized(Kind::Bin, 1)) return -1; break;
            case 0xc5: if (!sized(Kind::Bin, 2)) return -1; break;
            case 0xc6: if (!sized(Kind::Bin, 4)) return -1; break;
            case 0xc7: if (!sized(Kind::Ext, 1)) return -1; break;
            case 0xc8: if (!sized(Kind::Ext, 2)) return -1; break;
            case 0xc9: if (!sized(Kind::Ext, 4)) return -1; break;
            case 0xca: n.kind = Kind::Float32; length = 4; break;
            case 0xcb: n.kind = Kind::Float64; length = 8; break;
            case 0xcc: n.kind = Kind::UInt; length = 1; break;
            case 0xcd: n.kind = Kind::UInt; length = 2; break;
            case 0xce: n.kind = Kind::UInt; length = 4; break;
            case 0xcf: n.kind = Kind::UInt; length = 8; break;
            case 0xd0: n.kind = Kind::Int; length = 1; break;
            case 0xd1: n.kind = Kind::Int; length = 2; break;
            case 0xd2: n.kind = Kind::Int; length = 4; break;
            case 0xd3: n.kind = Kind::Int; length = 8; break;
            case 0xd4: n.kind = Kind::Ext; length = 1; break;
            case 0xd5: n.kind = Kind::Ext; length = 2; break;
            case 0xd6: n.kind = Kind::Ext; length = 4; break;
            case 0xd7: n.kind = Kind::Ext; length = 8; break;
            case 0xd8: n.kind = Kind::Ext; length = 16; break;
            case 0xd9: if (!sized(Kind::Str, 1)) return -1; break;
            case 0xda: if (!sized(Kind::Str, 2)) return -1; break;
            case 0xdb: if (!sized(Kind::Str, 4)) return -1; break;
            case 0xdc: if (!sized(Kind::Array, 2)) return -1; container = true; break;
            case 0xdd: if (!sized(Kind::Array, 4)) return -1; container = true; break;
            case 0xde: if (!sized(Kind::Map, 2)) return -1; container = true; break;
            case 0xdf: if (!sized(Kind::Map, 4)) return -1; container = true; break;
            default:
                error = QCoreApplication::translate("statelens::msgpack", "invalid MessagePack: byte 0x%1 at %2 is not a type")
                            .arg(QString::number(m, 16), QString::number(pos));
                return -1;
            }
        }
        if (n.kind == Kind::Ext) {
            if (!need(pos + header, 1))
                return -1;
            n.extType = qint8(d[pos + header]);
            ++header;
        }
        n.payload = pos + header;
        if (length > 0xffffffffu) {
            error = QCoreApplication::translate("statelens::msgpack", "invalid MessagePack: length %1 at byte %2")
                        .arg(length)
                        .arg(pos);
            return -1;
        }
        n.count = quint32(length);
        const quint32 index = quint32(nodes.size());
        if (!container) {
            if (!need(n.payload, qsizetype(length)))
                return -1;
            n.end = n.payload + qsizetype(length);
            n.after = index + 1;
            nodes.push_back(n);
            return n.end;
        }
        // Every child takes at least one byte: a count beyond the bytes left is corrupt, not an allocation.
        const quint64 children = n.kind == Kind::Map ? length * 2 : length;
        if (children > quint64(size() - n.payload)) {
            error = QCoreApplication::translate("statelens::msgpack",
                "MessagePack data ends too early (the container at byte %1 declares %2 elements)")
                        .arg(pos)
                        .arg(children);
            return -1;
        }
        nodes.push_back(n);
        qsizetype at = n.payload;
        for (quint64 i = 0; i < children; ++i) {
            at = parse(at, depth + 1);
            if (at < 0)
                return -1;
        }
        nodes[index].end = at;
        nodes[index].after = quint32(nodes.size());
        return at;
    }
};

QByteArray floatText(double d, bool single)
{
    char buf[64];
    const auto r = single ? std::to_chars(buf, buf + sizeof buf, float(d)) : std::to_chars(buf, buf + sizeof buf, d);
    QByteArray t(buf, r.ptr - buf);
    // serde_json writes a whole float as "3.0"; keep it a float when shown and compared.
    if (!t.contains('.') && !t.contains('e'))
        t += ".0";
    return t;
}

} // namespace

Result<Document> Document::parse(QByteArray bytes, const QString& file)
{
    if (bytes.isEmpty())
        return Error { Error::Kind::Parse,
            QCoreApplication::translate("statelens::msgpack", "no MessagePack data (0 bytes)"), file };
    Document doc;
    doc.m_bytes = std::move(bytes);
    Parser p { doc.m_bytes, doc.m_nodes, {} };
    const qsizetype end = p.parse(0, 0);
    if (end < 0)
        return Error { Error::Kind::Parse, p.error, file };
    if (end != doc.m_bytes.size())
        return Error { Error::Kind::Parse,
            QCoreApplication::translate("statelens::msgpack", "%n byte(s) after the end of the MessagePack value",
                nullptr, int(doc.m_bytes.size() - end)),
            file };
    return doc;
}

std::vector<quint32> Document::children(quint32 n) const
{
    std::vector<quint32> out;
    const Node& c = m_nodes[n];
    if (c.kind != Kind::Array && c.kind != Kind::Map)
        return out;
    for (quint32 i = n + 1; i < c.after; i = m_nodes[i].after)
        out.push_back(i);
    return out;
}

quint32 Document::member(quint32 map, const QString& key) const
{
    if (m_nodes[map].kind != Kind::Map)
        return npos;
    quint32 found = npos;
    const std::vector<quint32> c = children(map);
    for (size_t i = 0; i + 1 < c.size(); i += 2)
        if (keyText(c[i]) == key)
            found = c[i + 1];
    return found;
}

quint32 Document::keyOf(quint32 map, quint32 value) const
{
    const std::vector<quint32> c = children(map);
    for (size_t i = 1; i < c.size(); i += 2)
        if (c[i] == value)
            return c[i - 1];
    return npos;
}

quint32 Document::parent(quint32 n) const
{
    // The closest node before n whose subtree contains n.
    for (quint32 i = n; i-- > 0;)
        if (m_nodes[i].after > n)
            return i;
    return npos;
}

quint32 Document::find(const json::Pointer& p) const
{
    quint32 n = root();
    for (const QString& token : p.tokens()) {
        const Node& c = m_nodes[n];
        if (c.kind == Kind::Map) {
            n = member(n, token);
        } else if (c.kind == Kind::Array) {
            bool ok = false;
            const uint index = token.toUInt(&ok);
            if (!ok || (token.size() > 1 && token.startsWith(u'0')) || token.startsWith(u'+') || index >= c.count)
                return npos;
            n = children(n)[index];
        } else {
            return npos;
        }
        if (n == npos)
            return npos;
    }
    return n;
}

bool Document::toUInt(quint32 n, quint64* out) const
{
    const Node& c = m_nodes[n];
    if (c.kind == Kind::UInt) {
        *out = c.count == 0 ? c.marker : readBE(m_bytes.constData() + c.payload, int(c.count));
        return true;
    }
    qint64 i = 0;
    if (c.kind == Kind::Int && toInt(n, &i) && i >= 0) {
        *out = quint64(i);
        return true;
    }
    return false;
}

bool Document::toInt(quint32 n, qint64* out) const
{
    const Node& c = m_nodes[n];
    if (c.kind == Kind::Int) {
        if (c.count == 0) {
            *out = qint8(c.marker);
            return true;
        }
        const quint64 raw = readBE(m_bytes.constData() + c.payload, int(c.count));
        switch (c.count) {
        case 1: *out = qint8(raw); break;
        case 2: *out = qint16(raw); break;
        case 4: *out = qint32(raw); break;
        default: *out = qint64(raw); break;
        }
        return true;
    }
    quint64 u = 0;
    if (c.kind == Kind::UInt && toUInt(n, &u) && u <= quint64(std::numeric_limits<qint64>::max())) {
        *out = qint64(u);
        return true;
    }
    return false;
}

QString Document::keyText(quint32 key) const
{
    const Node& k = m_nodes[key];
    if (k.kind == Kind::Str)
        return json::fromUtf8KeepingBom(QByteArrayView(m_bytes.constData() + k.payload, k.count));
    return QString::fromUtf8(toJson(key).toCompactJson());
}

json::JsonValue Document::toJson(quint32 n) const
{
    const Node& c = m_nodes[n];
    const char* d = m_bytes.constData();
    switch (c.kind) {
    case Kind::Nil:
        return {};
    case Kind::Bool:
        return json::JsonValue::fromBool(c.marker == 0xc3);
    case Kind::UInt: {
        quint64 u = 0;
        toUInt(n, &u);
        return json::JsonValue::fromNumberText(QByteArray::number(u));
    }
    case Kind::Int: {
        qint64 i = 0;
        toInt(n, &i);
        return json::JsonValue::fromNumberText(QByteArray::number(i));
    }
    case Kind::Float32: {
        const quint32 raw = quint32(readBE(d + c.payload, 4));
        float f;
        std::memcpy(&f, &raw, 4);
        if (!std::isfinite(f))
            return {};
        return json::JsonValue::fromNumberText(floatText(f, true));
    }
    case Kind::Float64: {
        const quint64 raw = readBE(d + c.payload, 8);
        double f;
        std::memcpy(&f, &raw, 8);
        if (!std::isfinite(f))
            return {};
        return json::JsonValue::fromNumberText(floatText(f, false));
    }
    case Kind::Str:
        return json::JsonValue::fromString(json::fromUtf8KeepingBom(QByteArrayView(d + c.payload, c.count)));
    case Kind::Bin:
    case Kind::Ext:
        return json::JsonValue::fromString(QString::fromLatin1(payloadBytes(n).toBase64()));
    case Kind::Array: {
        json::JsonValue a = json::JsonValue::array();
        a.items().reserve(c.count);
        for (quint32 i = n + 1; i < c.after; i = m_nodes[i].after)
            a.items().push_back(toJson(i));
        return a;
    }
    case Kind::Map: {
        json::JsonValue m = json::JsonValue::object();
        m.members().reserve(c.count);
        for (quint32 i = n + 1; i < c.after;) {
            const quint32 value = m_nodes[i].after;
            // Duplicate keys are kept in order, as a JSON text with duplicates would be.
            m.members().push_back({ keyText(i), toJson(value) });
            i = m_nodes[value].after;
        }
        return m;
    }
    }
    return {};
}

} // namespace statelens::msgpack
