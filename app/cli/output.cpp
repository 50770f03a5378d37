// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "cli.h"
#include "json/jsonstyle.h"

#include <QDateTime>

#include <cstdio>

namespace statelens::cli {

void printJson(const json::JsonValue& v)
{
    const QByteArray out = v.toJson(json::Style::javaScript()) + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
}

void printLine(const QString& line)
{
    const QByteArray out = line.toUtf8() + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
}

void printTable(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& r : rows)
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], int(qMin<qsizetype>(r[i].size(), 60)));
        }
    for (const QStringList& r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            QString cell = r[i].size() > 60 ? r[i].left(59) + QChar(0x2026) : r[i];
            line += i + 1 < r.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        printLine(line.trimmed());
    }
}

int fail(const Error& e, int code)
{
    const QByteArray out = QStringLiteral("statelens-cli: %1\n").arg(e.toString()).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
    return code;
}

int usage(const QString& message)
{
    return fail(Error { Error::Kind::Usage, message + QStringLiteral(" (see statelens-cli help)") }, UsageError);
}

json::JsonValue str(const QString& s)
{
    return json::JsonValue::fromString(s);
}

json::JsonValue num(qint64 n)
{
    return json::JsonValue::fromInt(n);
}

json::JsonValue timeValue(const QDateTime& t)
{
    return t.isValid() ? str(t.toUTC().toString(Qt::ISODateWithMs)) : json::JsonValue();
}

} // namespace statelens::cli
