// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace statelens::llmspell {

/// How decodeMessagePack() shows a MessagePack ext value.
enum class ExtValues {
    Base64, ///< its data as a base64 string (rs-llmspell)
    Tagged, ///< {"__msgpack_ext__": TYPE, "data": …}: the data decoded as MessagePack when it is one whole
            ///< value (Python LangGraph packs its objects so), else {"base64": …}
};

/// Decodes exactly one MessagePack value filling all of `data` into JSON, as msgpack::Document::toJson shows
/// it (maps become objects, bin a base64 string, a whole float "3.0", NaN and infinities null), with ext
/// values as `ext` says. Truncated data, trailing bytes or nesting deeper than 512 are errors that name
/// `file`.
Result<json::JsonValue> decodeMessagePack(QByteArrayView data, const QString& file,
                                          ExtValues ext = ExtValues::Base64);

/// Encodes a JSON value as rmp_serde writes a serde_json::Value (msgpack::encodeDefault).
QByteArray encodeMessagePack(const json::JsonValue& value);

} // namespace statelens::llmspell
