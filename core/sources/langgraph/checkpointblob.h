// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QString>

namespace statelens::langgraph {

/// Decodes one blob of a LangGraph checkpoint database as its `type` column says: "json" (LangGraph.js,
/// older Python; a missing type is read as json, as SqliteSaver does), "msgpack" (Python LangGraph: plain
/// MessagePack, ext values shown as {"__msgpack_ext__": TYPE, "data": …}), "null" (Python's None),
/// "bytes"/"bytearray" (shown as {"__bytes__": BASE64}). Anything else ("pickle", unknown types) is an
/// Unsupported error that names the type; nothing is guessed. Errors name `file` (and line:column for JSON).
Result<json::JsonValue> decodeBlob(const QString& type, QByteArrayView data, const QString& file);

/// True if StateLens writes checkpoints of this blob type ("json", or a missing type).
bool isWritableBlobType(const QString& type);

} // namespace statelens::langgraph
