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
    QDateTime at;
    if (expires->isNumber()) {
        const double n = expires->toDouble();
        at = n > 1e11 ? QDateTime::fromMSecsSinceEpoch(qint64(n), Qt::UTC)
                      : QDateTime::fromMSecsSinceEpoch(qint64(n * 1000), Qt::UTC);
    } else if (expires->isString()) {
        at = QDateTime::fromString(expires->toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(expires->toString(), Qt::ISODate);
    } else if (expires->isNull()) {
        return QCoreApplication::translate("ValueHints", "never expires");
    }
    if (!at.isValid())
        return {};
    const qint64 left = now.msecsTo(at);
    if (left <= 0)
        return QCoreApplication::translate("ValueHints", "expired %1 ago").arg(formatDuration(-left));
    return QCoreApplication::translate("ValueHints", "expires in %1").arg(formatDuration(left));
}

} // namespace statelens::ui
