// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmspellvalue.h"

#include "llmspellkeys.h"
#include "msgpackjson.h"

#include <QCoreApplication>

namespace statelens::llmspell {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::llmspell", s);
}

QDateTime fromSecsNanos(qint64 secs, qint64 nanos)
{
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + nanos / 1000000, Qt::UTC);
}

Result<StoredValue> decodeJson(const QByteArray& blob, const QString& file)
{
    auto parsed = json::Document::parse(blob, file);
    if (!parsed)
        return parsed.error();
    auto doc = std::make_shared<const json::Document>(std::move(parsed.value()));
    StoredValue out;
    const quint32 root = doc->root();
    const quint32 value = doc->isObject(root) ? doc->member(root, u"value") : json::Document::npos;
    if (value == json::Document::npos) {
        out.encoding = Encoding::Json;
        out.value = ValueRef(doc, root);
        return out;
    }
    out.encoding = Encoding::Envelope;
    const quint32 ts = doc->member(root, u"timestamp");
    if (ts != json::Document::npos)
        out.timestamp = systemTimeToDateTime(doc->toValue(ts));
    const quint32 sv = doc->member(root, u"schema_version");
    if (sv != json::Document::npos) {
        const json::JsonValue v = doc->toValue(sv);
        out.schemaVersion = v.isNumber() ? QVariant(v.toInt()) : QVariant(v.toString());
    }
    out.value = ValueRef(std::move(doc), value);
    return out;
}

Result<StoredValue> decodeMsgPack(const QByteArray& blob, const QString& file)
{
    auto v = decodeMessagePack(blob, file);
    if (!v)
        return v.error();
    StoredValue out;
    out.encoding = Encoding::MsgPack;
    out.value = ValueRef::fromValue(*v);
    return out;
}

} // namespace

QString encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Envelope:
        return QStringLiteral("json-envelope");
    case Encoding::Json:
        return QStringLiteral("json");
    case Encoding::MsgPack:
        return QStringLiteral("msgpack");
    }
    return {};
}

QDateTime systemTimeToDateTime(const json::JsonValue& v)
{
    if (v.isObject()) {
        const json::JsonValue* s = v.member(QStringLiteral("secs_since_epoch"));
        const json::JsonValue* n = v.member(QStringLiteral("nanos_since_epoch"));
        if (s && s->isNumber())
            return fromSecsNanos(s->toInt(), n ? n->toInt() : 0);
    } else if (v.isArray() && v.size() == 2 && v.items()[0].isNumber() && v.items()[1].isNumber()) {
        return fromSecsNanos(v.items()[0].toInt(), v.items()[1].toInt());
    }
    return {};
}

Result<StoredValue> decodeStoredValue(const QString& kvKey, const QByteArray& blob, const QString& file)
{
    const bool msgpackFirst = isMessagePackKey(kvKey);
    auto first = msgpackFirst ? decodeMsgPack(blob, file) : decodeJson(blob, file);
    if (first)
        return first;
    auto second = msgpackFirst ? decodeJson(blob, file) : decodeMsgPack(blob, file);
    if (second)
        return second;
    Error e = first.error();
    e.message = tr("value of '%1' is neither JSON nor MessagePack (%2)").arg(kvKey, e.message);
    return e;
}

} // namespace statelens::llmspell
