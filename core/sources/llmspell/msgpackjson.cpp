// SPDX-License-Identifier: GPL-3.0-or-later
#include "msgpackjson.h"

#include "msgpack/msgpackdocument.h"
#include "msgpack/msgpackencoding.h"

namespace statelens::llmspell {

namespace {

/// Document::toJson, with each ext value tagged: {"__msgpack_ext__": TYPE, "data": …}, the data decoded
/// the same way when it is one whole MessagePack value (Python LangGraph packs its objects so), else
/// {"base64": …}.
json::JsonValue taggedJson(const msgpack::Document& doc, quint32 n, int depth)
{
    const msgpack::Node& c = doc.node(n);
    switch (c.kind) {
    case msgpack::Kind::Ext: {
        json::JsonValue tagged = json::JsonValue::object();
        tagged.insert(QStringLiteral("__msgpack_ext__"), json::JsonValue::fromInt(c.extType));
        json::JsonValue data;
        bool decoded = false;
        if (c.count > 0 && depth < msgpack::Document::MaxDepth) {
            auto inner = msgpack::Document::parse(doc.payloadBytes(n));
            if (inner) {
                data = taggedJson(*inner, inner->root(), depth + 1);
                decoded = true;
            }
        }
        if (!decoded) {
            data = json::JsonValue::object();
            data.insert(QStringLiteral("base64"),
                        json::JsonValue::fromString(QString::fromLatin1(doc.payloadBytes(n).toBase64())));
        }
        tagged.insert(QStringLiteral("data"), std::move(data));
        return tagged;
    }
    case msgpack::Kind::Array: {
        json::JsonValue a = json::JsonValue::array();
        for (quint32 i = n + 1; i < c.after; i = doc.node(i).after)
            a.items().push_back(taggedJson(doc, i, depth + 1));
        return a;
    }
    case msgpack::Kind::Map: {
        json::JsonValue m = json::JsonValue::object();
        for (quint32 i = n + 1; i < c.after;) {
            const quint32 value = doc.node(i).after;
            m.members().push_back({ doc.keyText(i), taggedJson(doc, value, depth + 1) });
            i = doc.node(value).after;
        }
        return m;
    }
    default:
        return doc.toJson(n);
    }
}

} // namespace

Result<json::JsonValue> decodeMessagePack(QByteArrayView data, const QString& file, ExtValues ext)
{
    auto doc = msgpack::Document::parse(data.toByteArray(), file);
    if (!doc)
        return doc.error();
    if (ext == ExtValues::Tagged)
        return taggedJson(*doc, doc->root(), 0);
    return doc->toJson();
}

QByteArray encodeMessagePack(const json::JsonValue& value)
{
    return msgpack::encodeDefault(value);
}

} // namespace statelens::llmspell
