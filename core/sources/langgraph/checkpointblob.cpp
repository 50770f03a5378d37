// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointblob.h"

#include "sources/llmspell/msgpackjson.h"

#include <QCoreApplication>

namespace statelens::langgraph {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::langgraph", s);
}

} // namespace

Result<json::JsonValue> decodeBlob(const QString& type, QByteArrayView data, const QString& file)
{
    if (type.isEmpty() || type == u"json") {
        auto v = json::JsonValue::parse(data.toByteArray(), file);
        if (!v)
            return Error { Error::Kind::Parse, tr("JSON blob: %1").arg(v.error().message), file, v.error().line,
                           v.error().column };
        return v;
    }
    if (type == u"msgpack") {
        auto v = llmspell::decodeMessagePack(data, file, llmspell::ExtValues::Tagged);
        if (!v)
            return Error { Error::Kind::Parse, tr("MessagePack blob: %1").arg(v.error().message), file };
        return v;
    }
    if (type == u"null")
        return json::JsonValue();
    if (type == u"bytes" || type == u"bytearray") {
        json::JsonValue tagged = json::JsonValue::object();
        tagged.insert(QStringLiteral("__bytes__"),
                      json::JsonValue::fromString(QString::fromLatin1(data.toByteArray().toBase64())));
        return tagged;
    }
    if (type == u"pickle")
        return Error { Error::Kind::Unsupported,
                       tr("a pickled Python object (type \"pickle\"): StateLens does not run pickle, so it is not shown"),
                       file };
    return Error { Error::Kind::Unsupported, tr("unknown serialisation type \"%1\"").arg(type), file };
}

bool isWritableBlobType(const QString& type)
{
    return type.isEmpty() || type == u"json";
}

} // namespace statelens::langgraph
