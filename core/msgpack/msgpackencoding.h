// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"

#include <QByteArray>

namespace statelens::msgpack {

/// Encodes a JSON value as rmp_serde writes a serde_json::Value: the smallest integer width that fits
/// (unsigned for values >= 0), float64 for any other number, str for strings, map with str keys for
/// objects, array for arrays.
QByteArray encodeDefault(const json::JsonValue& value);

/// Integer as rmp writes it: positive fixint, uint8…64 for values >= 0; negative fixint, int8…64 otherwise.
QByteArray encodeUInt(quint64 v);
QByteArray encodeInt(qint64 v);
/// A str, bin, array or map header for `count` with the marker family `like` (fixstr/str8/…) when the
/// count fits in it, else the smallest that fits. `like` = 0 picks the smallest.
QByteArray strHeader(quint32 count, quint8 like = 0);
QByteArray binHeader(quint32 count, quint8 like = 0);
QByteArray arrayHeader(quint32 count, quint8 like = 0);
QByteArray mapHeader(quint32 count, quint8 like = 0);
QByteArray extHeader(quint32 count, qint8 type, quint8 like = 0);
QByteArray encodeFloat64(double d);
QByteArray encodeFloat32(float f);

} // namespace statelens::msgpack
