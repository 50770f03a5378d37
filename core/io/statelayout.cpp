// SPDX-License-Identifier: GPL-3.0-or-later
#include "statelayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace statelens::layout {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::layout", s); }
}

QString migrationLog(const QString& root, const QString& from, const QString& to)
{
    return root + QStringLiteral("/state.migration-v%1-to-v%2.log").arg(from, to);
}

QByteArray emptyStateJson()
{
    return QByteArrayLiteral("{\n  \"version\": \"1.0.0\",\n  \"last_saved\": \"")
        + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()
        + QByteArrayLiteral("\",\n  \"namespaces\": {},\n  \"sessions\": [],\n  \"metrics\": {\n"
                            "    \"total_tasks\": 0,\n    \"completed_tasks\": 0,\n    \"failed_tasks\": 0,\n"
                            "    \"average_completion_time\": 0\n  }\n}\n");
}

Result<void> validateNamespace(const QString& ns)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (!re.match(ns).hasMatch())
        return Error::validation(tr("invalid namespace '%1': only letters, digits and '_' are allowed").arg(ns));
    return {};
}

Result<void> validateKey(const QString& key)
{
    if (key.isEmpty())
        return Error::validation(tr("a key cannot be empty"));
    if (key.size() > 255)
        return Error::validation(tr("key is %1 characters long; the limit is 255").arg(key.size()));
    return {};
}

Result<QString> sanitizeTaskId(const QString& id)
{
    if (id.contains(QChar(0)))
        return Error::validation(tr("task id contains a NUL character"));
    // A path separator is refused, not dropped: "a/b" would otherwise name the file of another id, "ab".
    if (id.contains(u'/') || id.contains(u'\\'))
        return Error::validation(tr("task id '%1' contains a path separator").arg(id));
    QString safe = id;
    for (QChar c : QStringLiteral(":*?\"<>|"))
        safe.remove(c);
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String("..") || safe.contains(QLatin1String("..")))
        return Error::validation(tr("task id '%1' cannot be used as a file name").arg(id));
    return safe;
}

} // namespace statelens::layout
