// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmspellvalue.h"

#include "llmspellkeys.h"

#include <QCoreApplication>

#include <limits>

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
    const quint32 key = doc->member(root, u"key");
    if (key != json::Document::npos) {
        const json::JsonValue k = doc->toValue(key);
        if (k.isString())
            out.storageKey = k.toString();
    }
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

Result<StoredValue> decodeMsgPack(const QString& kvKey, const QByteArray& blob, const QString& file)
{
    auto doc = msgpack::Document::parse(blob, file);
    if (!doc)
        return doc.error();
    StoredValue out;
    if (!isSerializableState(*doc, kvKey)) {
        out.encoding = Encoding::MsgPack;
        out.value = ValueRef::fromValue(doc->toJson());
        return out;
    }
    const std::vector<quint32> fields = doc->children(doc->root());
    const std::vector<quint32> time = doc->children(fields[2]);
    quint64 secs = 0, nanos = 0, version = 0;
    doc->toUInt(time[0], &secs);
    doc->toUInt(time[1], &nanos);
    doc->toUInt(fields[3], &version);
    out.encoding = Encoding::MsgPackState;
    out.storageKey = doc->keyText(fields[0]);
    if (secs <= quint64(std::numeric_limits<qint64>::max() / 1000))
        out.timestamp = fromSecsNanos(qint64(secs), qint64(nanos));
    out.schemaVersion = QVariant(qint64(version));
    out.value = ValueRef::fromValue(doc->toJson(fields[1]));
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
    case Encoding::MsgPackState:
        return QStringLiteral("msgpack-state");
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

bool isSerializableState(const msgpack::Document& doc, const QString& kvKey)
{
    using msgpack::Kind;
    const msgpack::Node& root = doc.node(doc.root());
    if (root.kind != Kind::Array || root.count != 4)
        return false;
    const std::vector<quint32> f = doc.children(doc.root());
    if (doc.node(f[0]).kind != Kind::Str || doc.keyText(f[0]) != storageKeyOf(kvKey))
        return false;
    const msgpack::Node& ts = doc.node(f[2]);
    if (ts.kind != Kind::Array || ts.count != 2)
        return false;
    const std::vector<quint32> t = doc.children(f[2]);
    quint64 secs = 0, nanos = 0, version = 0;
    if (!doc.toUInt(t[0], &secs) || !doc.toUInt(t[1], &nanos) || nanos >= 1000000000u)
        return false;
    return doc.toUInt(f[3], &version) && version <= 0xffffffffu;
}

Result<StoredValue> decodeStoredValue(const QString& kvKey, const QByteArray& blob, const QString& file)
{
    const bool msgpackFirst = isFastPathKey(kvKey);
    auto first = msgpackFirst ? decodeMsgPack(kvKey, blob, file) : decodeJson(blob, file);
    if (first)
        return first;
    auto second = msgpackFirst ? decodeJson(blob, file) : decodeMsgPack(kvKey, blob, file);
    if (second)
        return second;
    Error e = first.error();
    e.message = tr("value of '%1' is neither JSON nor MessagePack (%2)").arg(kvKey, e.message);
    return e;
}

} // namespace statelens::llmspell
