// SPDX-License-Identifier: GPL-3.0-or-later
#include "msgpackjson.h"

#include "json/jsondocument.h"

#include <QCoreApplication>

#include <msgpack.hpp>

#include <charconv>

namespace statelens::llmspell {

namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("statelens::llmspell", s, disambiguation, n);
}

constexpr int MaxDepth = 512;

struct DepthError
{
};

json::JsonValue toJson(const msgpack::object& o, int depth, ExtValues ext);

json::JsonValue taggedExt(const msgpack::object_ext& e, int depth)
{
    json::JsonValue tagged = json::JsonValue::object();
    tagged.insert(QStringLiteral("__msgpack_ext__"), json::JsonValue::fromInt(e.type()));
    const std::size_t n = e.size;
    json::JsonValue data;
    bool decoded = false;
    if (n > 0) {
        try {
            std::size_t offset = 0;
            const msgpack::unpack_limit limit(n, n, n, n, n, MaxDepth);
            const msgpack::object_handle inner = msgpack::unpack(e.data(), n, offset, nullptr, nullptr, limit);
            if (offset == n) {
                data = toJson(inner.get(), depth + 1, ExtValues::Tagged);
                decoded = true;
            }
        } catch (const DepthError&) {
            throw;
        } catch (const std::exception&) {
            // Not MessagePack inside: shown as bytes below.
        }
    }
    if (!decoded) {
        data = json::JsonValue::object();
        data.insert(QStringLiteral("base64"),
                    json::JsonValue::fromString(QString::fromLatin1(QByteArray(e.data(), qsizetype(n)).toBase64())));
    }
    tagged.insert(QStringLiteral("data"), std::move(data));
    return tagged;
}

json::JsonValue toJson(const msgpack::object& o, int depth, ExtValues ext)
{
    if (depth > MaxDepth)
        throw DepthError {};
    switch (o.type) {
    case msgpack::type::NIL:
        return {};
    case msgpack::type::BOOLEAN:
        return json::JsonValue::fromBool(o.via.boolean);
    case msgpack::type::POSITIVE_INTEGER:
        return json::JsonValue::fromNumberText(QByteArray::number(quint64(o.via.u64)));
    case msgpack::type::NEGATIVE_INTEGER:
        return json::JsonValue::fromInt(qint64(o.via.i64));
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64:
        return json::JsonValue::fromDouble(o.via.f64);
    case msgpack::type::STR:
        return json::JsonValue::fromString(json::fromUtf8KeepingBom(QByteArrayView(o.via.str.ptr, qsizetype(o.via.str.size))));
    case msgpack::type::BIN:
        return json::JsonValue::fromString(
            QString::fromLatin1(QByteArray(o.via.bin.ptr, qsizetype(o.via.bin.size)).toBase64()));
    case msgpack::type::EXT:
        if (ext == ExtValues::Tagged)
            return taggedExt(o.via.ext, depth);
        return json::JsonValue::fromString(
            QString::fromLatin1(QByteArray(o.via.ext.data(), qsizetype(o.via.ext.size)).toBase64()));
    case msgpack::type::ARRAY: {
        json::JsonValue a = json::JsonValue::array();
        a.items().reserve(o.via.array.size);
        for (uint32_t i = 0; i < o.via.array.size; ++i)
            a.items().push_back(toJson(o.via.array.ptr[i], depth + 1, ext));
        return a;
    }
    case msgpack::type::MAP: {
        json::JsonValue m = json::JsonValue::object();
        m.members().reserve(o.via.map.size);
        for (uint32_t i = 0; i < o.via.map.size; ++i) {
            const msgpack::object_kv& kv = o.via.map.ptr[i];
            QString key;
            if (kv.key.type == msgpack::type::STR)
                key = json::fromUtf8KeepingBom(QByteArrayView(kv.key.via.str.ptr, qsizetype(kv.key.via.str.size)));
            else
                key = QString::fromUtf8(toJson(kv.key, depth + 1, ext).toCompactJson());
            // Duplicate keys are kept in order, as a JSON text with duplicates would be.
            m.members().push_back({ key, toJson(kv.val, depth + 1, ext) });
        }
        return m;
    }
    }
    return {};
}

void pack(msgpack::packer<msgpack::sbuffer>& pk, const json::JsonValue& v)
{
    switch (v.type()) {
    case json::JsonValue::Type::Null:
        pk.pack_nil();
        return;
    case json::JsonValue::Type::Bool:
        v.toBool() ? pk.pack_true() : pk.pack_false();
        return;
    case json::JsonValue::Type::Number: {
        const QByteArray& t = v.numberText();
        const char* end = t.constData() + t.size();
        if (t.startsWith('-')) {
            qint64 i = 0;
            if (std::from_chars(t.constData(), end, i).ptr == end) {
                pk.pack_int64(i);
                return;
            }
        } else {
            quint64 u = 0;
            if (std::from_chars(t.constData(), end, u).ptr == end) {
                pk.pack_uint64(u);
                return;
            }
        }
        pk.pack_double(v.toDouble());
        return;
    }
    case json::JsonValue::Type::String: {
        const QByteArray s = v.toString().toUtf8();
        pk.pack_str(uint32_t(s.size()));
        pk.pack_str_body(s.constData(), uint32_t(s.size()));
        return;
    }
    case json::JsonValue::Type::Array:
        pk.pack_array(uint32_t(v.items().size()));
        for (const json::JsonValue& item : v.items())
            pack(pk, item);
        return;
    case json::JsonValue::Type::Object:
        pk.pack_map(uint32_t(v.members().size()));
        for (const json::JsonMember& m : v.members()) {
            const QByteArray k = m.key.toUtf8();
            pk.pack_str(uint32_t(k.size()));
            pk.pack_str_body(k.constData(), uint32_t(k.size()));
            pack(pk, m.value);
        }
        return;
    }
}

} // namespace

Result<json::JsonValue> decodeMessagePack(QByteArrayView data, const QString& file, ExtValues ext)
{
    if (data.isEmpty())
        return Error { Error::Kind::Parse, tr("no MessagePack data (0 bytes)"), file };
    try {
        std::size_t offset = 0;
        // Limits keep a corrupt length prefix from allocating gigabytes.
        const std::size_t n = std::size_t(data.size());
        const msgpack::unpack_limit limit(n, n, n, n, n, MaxDepth);
        const msgpack::object_handle handle
            = msgpack::unpack(data.data(), n, offset, nullptr, nullptr, limit);
        if (offset != n)
            return Error { Error::Kind::Parse,
                tr("%n byte(s) after the end of the MessagePack value", nullptr, int(n - offset)), file };
        return toJson(handle.get(), 0, ext);
    } catch (const DepthError&) {
        return Error { Error::Kind::Parse, tr("MessagePack nesting deeper than %1").arg(MaxDepth), file };
    } catch (const msgpack::insufficient_bytes&) {
        return Error { Error::Kind::Parse, tr("MessagePack data ends too early"), file };
    } catch (const std::exception& e) {
        return Error { Error::Kind::Parse, tr("invalid MessagePack: %1").arg(QString::fromUtf8(e.what())),
            file };
    }
}

QByteArray encodeMessagePack(const json::JsonValue& value)
{
    msgpack::sbuffer buffer;
    msgpack::packer<msgpack::sbuffer> pk(buffer);
    pack(pk, value);
    return QByteArray(buffer.data(), qsizetype(buffer.size()));
}

} // namespace statelens::llmspell
