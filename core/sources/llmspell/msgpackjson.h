// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace statelens::llmspell {

/// Decodes exactly one MessagePack value filling all of `data` into JSON, as msgpack::Document::toJson shows
/// it (maps become objects, bin and ext base64 strings, a whole float "3.0", NaN and infinities null).
/// Truncated data, trailing bytes or nesting deeper than 512 are errors that name `file`.
Result<json::JsonValue> decodeMessagePack(QByteArrayView data, const QString& file);

/// Encodes a JSON value as rmp_serde writes a serde_json::Value (msgpack::encodeDefault).
QByteArray encodeMessagePack(const json::JsonValue& value);

} // namespace statelens::llmspell
