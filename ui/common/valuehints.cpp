// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuehints.h"

#include "common/formatting.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace statelens::ui {

QString maskedText()
{
    return QString(8, QChar(0x2022));
}

QString ttlText(const json::JsonValue& value, const QDateTime& now)
{
    if (!value.isObject() || !value.member(QStringLiteral("value")))
        return {};
    const json::JsonValue* expires = value.member(QStringLiteral("expires_at"));
    if (!expires)
        return {};
    if (expires->isNull())
        return QCoreApplication::translate("ValueHints", "never expires");
    const QDateTime at = expiryTime(*expires);
    if (!at.isValid())
        return {};
    const qint64 left = now.msecsTo(at);
    if (left <= 0)
        return QCoreApplication::translate("ValueHints", "expired %1 ago").arg(formatDuration(-left));
    return QCoreApplication::translate("ValueHints", "expires in %1").arg(formatDuration(left));
}

QDateTime expiryTime(const json::JsonValue& expires)
{
    QDateTime at;
    if (expires.isNumber()) {
        const double n = expires.toDouble();
        at = n > 1e11 ? QDateTime::fromMSecsSinceEpoch(qint64(n), Qt::UTC)
                      : QDateTime::fromMSecsSinceEpoch(qint64(n * 1000), Qt::UTC);
    } else if (expires.isString()) {
        at = QDateTime::fromString(expires.toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(expires.toString(), Qt::ISODate);
    }
    return at;
}

QString expiryText(const json::JsonValue& expiresAt, const QDateTime& now)
{
    const QDateTime at = expiryTime(expiresAt);
    if (!at.isValid() || expiresAt.isString())
        return {}; // an ISO time reads as a time already
    const qint64 left = now.msecsTo(at);
    const QString when = left <= 0 ? QCoreApplication::translate("ValueHints", "%1 ago").arg(formatDuration(-left))
                                   : QCoreApplication::translate("ValueHints", "in %1").arg(formatDuration(left));
    return QStringLiteral("%1 (%2)").arg(formatDateTime(at, at.time().msec() != 0), when);
}

} // namespace statelens::ui
