// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuehints.h"

#include "common/formatting.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace statelens::ui {

bool isSecretKey(const QString& key)
{
    // Split "authToken", "db_password", "API-KEY" into words, so that "context_token_estimate" (a count) is
    // not taken for a credential while "access_token" is.
    static const QRegularExpression boundary(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+"));
    QStringList words = key.split(boundary, Qt::SkipEmptyParts);
    for (QString& w : words)
        w = w.toLower();
    if (words.isEmpty())
        return false;
    static const QStringList anywhere { QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("passphrase"),
                                        QStringLiteral("secret"), QStringLiteral("credential"), QStringLiteral("credentials"),
                                        QStringLiteral("apikey") };
    for (const QString& w : words)
        if (anywhere.contains(w))
            return true;
    const QString last = words.last();
    const QString previous = words.size() > 1 ? words[words.size() - 2] : QString();
    return last == QLatin1String("token") || (last == QLatin1String("key") && (previous == QLatin1String("api") || previous == QLatin1String("private")));
}

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
