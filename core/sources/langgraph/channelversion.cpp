// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelversion.h"

#include <QRandomGenerator>

namespace statelens::langgraph {

int compareVersions(const json::JsonValue& a, const json::JsonValue& b)
{
    if (a.isNumber() && b.isNumber()) {
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const QString x = a.isString() ? a.toString() : QString::fromUtf8(a.toCompactJson());
    const QString y = b.isString() ? b.toString() : QString::fromUtf8(b.toCompactJson());
    return x.compare(y);
}

json::JsonValue nextVersion(const json::JsonValue& max)
{
    if (max.isNumber())
        return json::JsonValue::fromInt(max.toInt() + 1);
    if (max.isString()) {
        const QString s = max.toString();
        bool ok = false;
        const qint64 n = s.section(u'.', 0, 0).toLongLong(&ok);
        const double fraction = QRandomGenerator::global()->generateDouble();
        // Python: f"{next_v:032}.{next_h:016}" with next_h = random.random().
        QString h = QString::number(fraction, 'f', 14);
        h = h.rightJustified(16, u'0');
        return json::JsonValue::fromString(QStringLiteral("%1.%2").arg(ok ? n + 1 : 1, 32, 10, QLatin1Char('0')).arg(h));
    }
    return json::JsonValue::fromInt(1);
}

json::JsonValue maxVersion(const json::JsonValue& versions)
{
    json::JsonValue best;
    bool any = false;
    for (const json::JsonMember& m : versions.members()) {
        if (!any || compareVersions(m.value, best) > 0)
            best = m.value;
        any = true;
    }
    return best;
}

bool isStateChannel(const QString& name)
{
    return !name.startsWith(QLatin1String("__")) && !name.startsWith(QLatin1String("branch:to:"));
}

} // namespace statelens::langgraph
