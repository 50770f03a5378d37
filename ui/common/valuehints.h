// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "sources/sourceutil.h"

#include <QDateTime>
#include <QString>

namespace statelens::ui {

/// Values of keys that look like credentials (statelens::looksSecret(), the rule that lists them as
/// problems too) stay masked until the user reveals them. What a masked value looks like:
QString maskedText();

/// For a TTL-cache value {"value": ..., "expires_at": ...}: "expires in 2 h 3 min", or "expired 5 min
/// ago"; empty for any other value. expires_at may be epoch seconds, epoch milliseconds or ISO-8601.
QString ttlText(const json::JsonValue& value, const QDateTime& now = QDateTime::currentDateTimeUtc());

/// The time an `expires_at` holds: a number is epoch seconds (milliseconds above 1e11), a string
/// ISO-8601; invalid for anything else.
QDateTime expiryTime(const json::JsonValue& expiresAt);
/// For an `expires_at` member shown in the editor: "2100-01-01 00:00:00 (in 74 days 3 h)", empty if the
/// value is not a time.
QString expiryText(const json::JsonValue& expiresAt, const QDateTime& now = QDateTime::currentDateTimeUtc());

/// Values larger than this open read-only until the user asks to edit them.
constexpr qint64 LargeValueBytes = 1024 * 1024;

} // namespace statelens::ui
