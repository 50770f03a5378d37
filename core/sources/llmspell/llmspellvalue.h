// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/valueref.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QVariant>

namespace statelens::llmspell {

/// How one kv_store value BLOB is encoded.
enum class Encoding {
    Envelope, ///< compact JSON {key, value, timestamp{secs_since_epoch, nanos_since_epoch}, schema_version}
    Json, ///< JSON that is not such an envelope: the whole text is the value
    MsgPack, ///< MessagePack (keys test:… and benchmark:…): the whole BLOB is the value
};

QString encodingName(Encoding e);

/// A decoded kv_store value.
struct StoredValue
{
    Encoding encoding = Encoding::Envelope;
    ValueRef value; ///< the envelope's "value", or the whole decoded BLOB
    QDateTime timestamp; ///< envelope only (UTC)
    QVariant schemaVersion;
};

/// Decodes a BLOB: MessagePack for test:/benchmark: keys (falling back to JSON), JSON otherwise (falling
/// back to MessagePack). Errors name `file` and the row key.
Result<StoredValue> decodeStoredValue(const QString& kvKey, const QByteArray& blob, const QString& file);

/// A SystemTime as serde writes it ({secs_since_epoch, nanos_since_epoch} or [secs, nanos]) as UTC, or an
/// invalid QDateTime.
QDateTime systemTimeToDateTime(const json::JsonValue& v);

} // namespace statelens::llmspell
