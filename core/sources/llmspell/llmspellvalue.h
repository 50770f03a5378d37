// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "msgpack/msgpackdocument.h"
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
    MsgPack, ///< MessagePack that is not a SerializableState: the whole BLOB is the value
    MsgPackState, ///< rmp_serde's positional SerializableState [key, value, [secs, nanos], schema_version]
};

QString encodingName(Encoding e);

/// A decoded kv_store value.
struct StoredValue
{
    Encoding encoding = Encoding::Envelope;
    ValueRef value; ///< the envelope's "value", or the whole decoded BLOB
    QString storageKey; ///< the record's "key" (envelope and SerializableState only)
    QDateTime timestamp; ///< envelope and SerializableState only (UTC)
    QVariant schemaVersion;
};

/// True when `doc` is rs-llmspell's SerializableState as rmp_serde writes it for row `kvKey`: an array of
/// exactly 4 elements [key (str equal to the row's storage key), value, timestamp (array of 2 unsigned
/// integers, nanos < 10^9), schema_version (unsigned, at most 2^32-1)].
bool isSerializableState(const msgpack::Document& doc, const QString& kvKey);

/// Decodes a BLOB: MessagePack for rs-llmspell's fast-path keys (isFastPathKey; falling back to JSON), JSON
/// otherwise (falling back to MessagePack). A SerializableState is unwrapped as a JSON envelope is. Errors
/// name `file` and the row key.
Result<StoredValue> decodeStoredValue(const QString& kvKey, const QByteArray& blob, const QString& file);

/// A SystemTime as serde writes it ({secs_since_epoch, nanos_since_epoch} or [secs, nanos]) as UTC, or an
/// invalid QDateTime.
QDateTime systemTimeToDateTime(const json::JsonValue& v);

} // namespace statelens::llmspell
