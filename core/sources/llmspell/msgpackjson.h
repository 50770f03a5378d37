// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace statelens::llmspell {

/// Decodes exactly one MessagePack value filling all of `data` into JSON: maps become objects (keys that
/// are not strings are written as their compact JSON), bin and ext become base64 strings, NaN and
/// infinities become null. Truncated data, trailing bytes or nesting deeper than 512 are errors that
/// name `file`.
Result<json::JsonValue> decodeMessagePack(QByteArrayView data, const QString& file);

/// Encodes a JSON value as MessagePack (integers as ints, other numbers as float64).
QByteArray encodeMessagePack(const json::JsonValue& value);

} // namespace statelens::llmspell
