// SPDX-License-Identifier: GPL-3.0-or-later
#include "msgpackencoding.h"

#include <charconv>
#include <cstring>

namespace statelens::msgpack {

namespace {

void appendBE(QByteArray& out, quint64 v, int width)
{
    for (int i = width - 1; i >= 0; --i)
        out.append(char((v >> (8 * i)) & 0xff));
}

QByteArray marked(quint8 marker, quint64 v, int width)
{
    QByteArray out;
    out.append(char(marker));
    appendBE(out, v, width);
    return out;
}

/// The width in bytes a header family's marker uses for its count (0: count inside the marker).
int widthOf(quint8 marker)
{
    switch (marker) {
    case 0xc4: case 0xc7: case 0xd9: return 1;
    case 0xc5: case 0xc8: case 0xda: case 0xdc: case 0xde: return 2;
    case 0xc6: case 0xc9: case 0xdb: case 0xdd: case 0xdf: return 4;
    default: return 0;
    }
}

/// Header for a family with an optional fix form (fixMax, fixBase) and 8/16/32-bit forms (markers; 0 = none).
QByteArray header(quint32 count, quint8 like, quint32 fixMax, quint8 fixBase, quint8 m8, quint8 m16, quint8 m32)
{
    const int likeWidth = like == 0 ? -1 : widthOf(like);
    // The width `like` has, when the count fits in it.
    if (likeWidth == 0 && fixMax && count <= fixMax)
        return QByteArray(1, char(fixBase | count));
    if (likeWidth == 1 && m8 && count <= 0xff)
        return marked(m8, count, 1);
    if (likeWidth == 2 && count <= 0xffff)
        return marked(m16, count, 2);
    if (likeWidth == 4)
        return marked(m32, count, 4);
    // Otherwise the smallest.
    if (fixMax && count <= fixMax)
        return QByteArray(1, char(fixBase | count));
    if (m8 && count <= 0xff)
        return marked(m8, count, 1);
    if (count <= 0xffff)
        return marked(m16, count, 2);
    return marked(m32, count, 4);
}

} // namespace

QByteArray encodeUInt(quint64 v)
{
    if (v <= 0x7f)
        return QByteArray(1, char(v));
    if (v <= 0xff)
        return marked(0xcc, v, 1);
    if (v <= 0xffff)
        return marked(0xcd, v, 2);
    if (v <= 0xffffffffu)
        return marked(0xce, v, 4);
    return marked(0xcf, v, 8);
}

QByteArray encodeInt(qint64 v)
{
    if (v >= 0)
        return encodeUInt(quint64(v));
    if (v >= -32)
        return QByteArray(1, char(quint8(v)));
    if (v >= -128)
        return marked(0xd0, quint8(v), 1);
    if (v >= -32768)
        return marked(0xd1, quint16(v), 2);
    if (v >= -2147483648LL)
        return marked(0xd2, quint32(v), 4);
    return marked(0xd3, quint64(v), 8);
}

QByteArray encodeFloat64(double d)
{
    quint64 raw;
    std::memcpy(&raw, &d, 8);
    return marked(0xcb, raw, 8);
}

QByteArray encodeFloat32(float f)
{
    quint32 raw;
    std::memcpy(&raw, &f, 4);
    return marked(0xca, raw, 4);
}

QByteArray strHeader(quint32 count, quint8 like)
{
    return header(count, like >= 0xa0 && like <= 0xbf ? 0 : like, 31, 0xa0, 0xd9, 0xda, 0xdb);
}

QByteArray binHeader(quint32 count, quint8 like)
{
    return header(count, like, 0, 0, 0xc4, 0xc5, 0xc6);
}

QByteArray arrayHeader(quint32 count, quint8 like)
{
    return header(count, like >= 0x90 && like <= 0x9f ? 0 : like, 15, 0x90, 0, 0xdc, 0xdd);
}

QByteArray mapHeader(quint32 count, quint8 like)
{
    return header(count, like >= 0x80 && like <= 0x8f ? 0 : like, 15, 0x80, 0, 0xde, 0xdf);
}

QByteArray extHeader(quint32 count, qint8 type, quint8 like)
{
    QByteArray out;
    const bool likeFixed = like >= 0xd4 && like <= 0xd8;
    const bool likeSized = like >= 0xc7 && like <= 0xc9;
    const quint8 fixed = count == 1 ? 0xd4 : count == 2 ? 0xd5 : count == 4 ? 0xd6 : count == 8 ? 0xd7 : count == 16 ? 0xd8 : 0;
    if (fixed && !likeSized)
        out = QByteArray(1, char(fixed));
    else
        out = header(count, likeFixed ? 0 : like, 0, 0, 0xc7, 0xc8, 0xc9);
    out.append(char(type));
    return out;
}

QByteArray encodeDefault(const json::JsonValue& v)
{
    switch (v.type()) {
    case json::JsonValue::Type::Null:
        return QByteArray(1, char(0xc0));
    case json::JsonValue::Type::Bool:
        return QByteArray(1, char(v.toBool() ? 0xc3 : 0xc2));
    case json::JsonValue::Type::Number: {
        // serde_json keeps an integer text as u64 or i64, anything else as f64.
        const QByteArray& t = v.numberText();
        const char* end = t.constData() + t.size();
        if (t.startsWith('-')) {
            qint64 i = 0;
            if (std::from_chars(t.constData(), end, i).ptr == end)
                return encodeInt(i);
        } else {
            quint64 u = 0;
            if (std::from_chars(t.constData(), end, u).ptr == end)
                return encodeUInt(u);
        }
        return encodeFloat64(v.toDouble());
    }
    case json::JsonValue::Type::String: {
        const QByteArray s = v.toString().toUtf8();
        return strHeader(quint32(s.size())) + s;
    }
    case json::JsonValue::Type::Array: {
        QByteArray out = arrayHeader(quint32(v.items().size()));
        for (const json::JsonValue& item : v.items())
            out += encodeDefault(item);
        return out;
    }
    case json::JsonValue::Type::Object: {
        QByteArray out = mapHeader(quint32(v.members().size()));
        for (const json::JsonMember& m : v.members()) {
            const QByteArray k = m.key.toUtf8();
            out += strHeader(quint32(k.size())) + k;
            out += encodeDefault(m.value);
        }
        return out;
    }
    }
    return {};
}

} // namespace statelens::msgpack
