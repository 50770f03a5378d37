// SPDX-License-Identifier: GPL-3.0-or-later
#include "msgpackjson.h"

#include "msgpack/msgpackdocument.h"
#include "msgpack/msgpackencoding.h"

namespace statelens::llmspell {

Result<json::JsonValue> decodeMessagePack(QByteArrayView data, const QString& file)
{
    auto doc = msgpack::Document::parse(data.toByteArray(), file);
    if (!doc)
        return doc.error();
    return doc->toJson();
}

QByteArray encodeMessagePack(const json::JsonValue& value)
{
    return msgpack::encodeDefault(value);
}

} // namespace statelens::llmspell
