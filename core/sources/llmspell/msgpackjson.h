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

/// Decodes exactly one MessagePack value filling all of `data` into JSON: maps become objects (keys that
/// are not strings are written as their compact JSON), bin becomes a base64 string, ext as `ext` says,
/// NaN and infinities become null. Truncated data, trailing bytes or nesting deeper than 512 are errors
/// that name `file`.
Result<json::JsonValue> decodeMessagePack(QByteArrayView data, const QString& file,
                                          ExtValues ext = ExtValues::Base64);

/// Encodes a JSON value as MessagePack (integers as ints, other numbers as float64).
QByteArray encodeMessagePack(const json::JsonValue& value);

} // namespace statelens::llmspell
