// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatting.h"

#include "json/jsonvalue.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace statelens::ui {

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString formatDateTime(const QDateTime& time, bool milliseconds)
{
    if (!time.isValid())
        return QStringLiteral("\u2014");
    return time.toLocalTime().toString(milliseconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                    : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QSet<qint64> collidingSeconds(const QList<QDateTime>& times)
{
    QHash<qint64, int> perSecond;
    for (const QDateTime& t : times)
        if (t.isValid())
            ++perSecond[t.toSecsSinceEpoch()];
    QSet<qint64> out;
    for (auto it = perSecond.cbegin(); it != perSecond.cend(); ++it)
        if (it.value() > 1)
            out.insert(it.key());
    return out;
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        ms = -ms;
    if (ms < 1000)
        return QCoreApplication::translate("Formatting", "%1 ms").arg(ms);
    if (ms < 60'000)
        return QCoreApplication::translate("Formatting", "%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 minutes = ms / 60'000;
    if (minutes < 60)
        return QCoreApplication::translate("Formatting", "%1 min %2 s").arg(minutes).arg((ms / 1000) % 60);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return QCoreApplication::translate("Formatting", "%1 h %2 min").arg(hours).arg(minutes % 60);
    return QCoreApplication::translate("Formatting", "%1 days %2 h").arg(hours / 24).arg(hours % 24);
}

int typeColumnWidth(const QFontMetrics& metrics)
{
    using Type = json::JsonValue::Type;
    int widest = 0;
    for (Type t : { Type::Null, Type::Bool, Type::Number, Type::String, Type::Object, Type::Array })
        widest = std::max(widest, metrics.horizontalAdvance(json::JsonValue::typeName(t)));
    return widest + metrics.averageCharWidth() * 3;
}

} // namespace statelens::ui
