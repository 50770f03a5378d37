// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorejournal.h"

#include "io/safewrite.h"
#include "json/jsonvalue.h"

#include <QDir>
#include <QFileInfo>

namespace statelens::backup {

namespace {
json::JsonValue str(const QString& s) { return json::JsonValue::fromString(s); }

json::JsonValue strings(const QStringList& list)
{
    json::JsonValue a = json::JsonValue::array();
    for (const QString& s : list)
        a.append(str(s));
    return a;
}

QString text(const json::JsonValue& o, const char* name)
{
    const json::JsonValue* v = o.member(QString::fromLatin1(name));
    return v && v->isString() ? v->toString() : QString();
}

QStringList textList(const json::JsonValue& o, const char* name)
{
    QStringList out;
    if (const json::JsonValue* v = o.member(QString::fromLatin1(name)); v && v->isArray())
        for (const json::JsonValue& i : v->items())
            if (i.isString())
                out.append(i.toString());
    return out;
}
} // namespace

QString journalPath(const QString& root)
{
    return root + QStringLiteral("/.statelens/restore-journal.jsonl");
}

Result<void> appendJournal(const QString& root, const JournalRecord& r)
{
    json::JsonValue o = json::JsonValue::object();
    o.insert(QStringLiteral("time"), str(r.time.toUTC().toString(Qt::ISODateWithMs)));
    o.insert(QStringLiteral("action"), str(r.action));
    o.insert(QStringLiteral("status"), str(r.status));
    o.insert(QStringLiteral("backup"), str(r.backupId));
    o.insert(QStringLiteral("backup_kind"), str(r.backupKind));
    o.insert(QStringLiteral("backup_path"), str(r.backupPath));
    o.insert(QStringLiteral("scope"), strings(r.scope));
    o.insert(QStringLiteral("entries"), json::JsonValue::fromInt(r.entries));
    o.insert(QStringLiteral("files"), strings(r.files));
    o.insert(QStringLiteral("safety_backup"), str(r.safetyId));
    if (!r.target.isEmpty())
        o.insert(QStringLiteral("target"), str(r.target));
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), str(r.error));

    const QString path = journalPath(root);
    QByteArray content;
    if (QFileInfo::exists(path)) {
        auto old = readFile(path);
        if (!old)
            return old.error();
        content = std::move(old.value());
        if (!content.isEmpty() && !content.endsWith('\n'))
            content += '\n';
    }
    content += o.toCompactJson() + '\n';
    QDir().mkpath(QFileInfo(path).absolutePath());
    WriteOptions opt; // addresses and errors of a state that may be private: the owner's only
    opt.mode = 0600;
    if (auto w = writeFileAtomically(path, content, opt); !w)
        return w.error();
    return {};
}

Result<QList<JournalRecord>> readJournal(const QString& root)
{
    const QString path = journalPath(root);
    QList<JournalRecord> out;
    if (!QFileInfo::exists(path))
        return out;
    auto content = readFile(path);
    if (!content)
        return content.error();
    for (const QByteArray& line : content->split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        auto v = json::JsonValue::parse(line, path);
        if (!v || !v->isObject())
            continue;
        JournalRecord r;
        r.time = QDateTime::fromString(text(*v, "time"), Qt::ISODateWithMs);
        r.action = text(*v, "action");
        r.status = text(*v, "status");
        r.backupId = text(*v, "backup");
        r.backupKind = text(*v, "backup_kind");
        r.backupPath = text(*v, "backup_path");
        r.scope = textList(*v, "scope");
        if (const json::JsonValue* n = v->member(QStringLiteral("entries")); n && n->isNumber())
            r.entries = int(n->toInt());
        r.files = textList(*v, "files");
        r.safetyId = text(*v, "safety_backup");
        r.target = text(*v, "target");
        r.error = text(*v, "error");
        out.append(r);
    }
    return out;
}

} // namespace statelens::backup
