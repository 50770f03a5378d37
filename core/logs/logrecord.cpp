// SPDX-License-Identifier: GPL-3.0-or-later
#include "logrecord.h"

#include "json/jsonvalue.h"

#include <QRegularExpression>

namespace statelens {

namespace {

QString field(const json::JsonValue& v, std::initializer_list<const char*> names, QStringList* used)
{
    for (const char* n : names) {
        const QString name = QString::fromLatin1(n);
        if (const json::JsonValue* m = v.member(name); m && !m->isNull()) {
            used->append(name);
            return m->isString() ? m->toString() : QString::fromUtf8(m->toCompactJson());
        }
    }
    return {};
}

} // namespace

QList<LogRecord> parseTextLog(const QByteArray& content, const QString& source)
{
    static const QRegularExpression head(QStringLiteral(
        R"(^\s*(?:\[([^\]]{1,40})\]|(\d{4}-\d\d-\d\d[T ][\d:.,]+(?:Z|[+-]\d\d:?\d\d)?))?\s*(?:\[?\b(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\b\]?:?)?\s*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<LogRecord> out;
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString text = QString::fromUtf8(lines[i]);
        if (text.endsWith(u'\r'))
            text.chop(1);
        if (text.isEmpty() && i == lines.size() - 1)
            break;
        LogRecord r;
        r.source = source;
        r.line = i + 1;
        const QRegularExpressionMatch m = head.match(text);
        if (m.hasMatch()) {
            r.time = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            r.level = m.captured(3).toLower();
            r.message = m.captured(4);
        } else {
            r.message = text;
        }
        out << r;
    }
    return out;
}

QList<LogRecord> parseJsonLinesLog(const QByteArray& content, const QString& source)
{
    QList<LogRecord> out;
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        LogRecord r;
        r.source = source;
        r.line = i + 1;
        auto parsed = json::JsonValue::parse(line);
        if (!parsed || !parsed->isObject()) {
            r.level = QStringLiteral("invalid");
            r.message = QString::fromUtf8(line);
            out << r;
            continue;
        }
        const json::JsonValue& v = parsed.value();
        QStringList used;
        r.time = field(v, { "timestamp", "time", "ts", "@timestamp" }, &used);
        r.level = field(v, { "level", "severity", "status" }, &used).toLower();
        r.message = field(v, { "message", "msg", "event_type", "event" }, &used);
        json::JsonValue rest = json::JsonValue::object();
        for (const json::JsonMember& m : v.members())
            if (!used.contains(m.key))
                rest.insert(m.key, m.value);
        if (rest.size() > 0)
            r.details = QString::fromUtf8(rest.toCompactJson());
        out << r;
    }
    return out;
}

QList<LogRecord> parseLog(const QByteArray& content, LogFile::Format format, const QString& source)
{
    return format == LogFile::Format::JsonLines ? parseJsonLinesLog(content, source) : parseTextLog(content, source);
}

} // namespace statelens
