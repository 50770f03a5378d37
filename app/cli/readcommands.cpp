// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that only read: info, ls, get, tasks, backups, logs.
#include "cli.h"
#include "logs/logrecord.h"
#include "output.h"

#include "io/safewrite.h"
#include "json/jsonstyle.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace statelens::cli {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens-cli", s); }

QString severityName(Problem::Severity s)
{
    switch (s) {
    case Problem::Severity::Info: return QStringLiteral("info");
    case Problem::Severity::Warning: return QStringLiteral("warning");
    case Problem::Severity::Error: break;
    }
    return QStringLiteral("error");
}

json::JsonValue problemJson(const Problem& p)
{
    json::JsonValue o = json::JsonValue::object();
    o.insert(QStringLiteral("severity"), str(severityName(p.severity)));
    o.insert(QStringLiteral("file"), str(p.file));
    o.insert(QStringLiteral("line"), num(p.line));
    o.insert(QStringLiteral("column"), num(p.column));
    o.insert(QStringLiteral("message"), str(p.message));
    if (!p.address.isEmpty())
        o.insert(QStringLiteral("address"), str(p.address));
    return o;
}
} // namespace

int cmdInfo(const Invocation& inv)
{
    int code = Ok;
    auto opened = openAndLoad(inv, &code);
    if (!opened)
        return code;
    const Snapshot& s = opened->snapshot;
    if (inv.json) {
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("path"), str(s.info.path));
        o.insert(QStringLiteral("source"), str(sourceKindId(s.info.kind)));
        o.insert(QStringLiteral("version"), str(s.info.version));
        o.insert(QStringLiteral("version_origin"), str(s.info.versionOrigin));
        o.insert(QStringLiteral("detected_by"), str(s.info.detectedBy));
        o.insert(QStringLiteral("note"), str(s.info.note));
        o.insert(QStringLiteral("last_saved"), timeValue(s.lastSaved));
        json::JsonValue counts = json::JsonValue::object();
        counts.insert(QStringLiteral("namespaces"), num(s.namespaces.size()));
        counts.insert(QStringLiteral("keys"), num(s.entryCount()));
        counts.insert(QStringLiteral("tasks"), num(s.tasks.size()));
        counts.insert(QStringLiteral("backups"), num(s.backups.size()));
        counts.insert(QStringLiteral("logs"), num(s.logs.size()));
        counts.insert(QStringLiteral("reports"), num(s.reports.size()));
        counts.insert(QStringLiteral("sessions"), num(s.sessions.size()));
        o.insert(QStringLiteral("counts"), counts);
        json::JsonValue problems = json::JsonValue::array();
        for (const Problem& p : s.problems)
            problems.append(problemJson(p));
        o.insert(QStringLiteral("problems"), problems);
        json::JsonValue damaged = json::JsonValue::array();
        for (const DamagedFile& d : s.info.damaged) {
            json::JsonValue f = json::JsonValue::object();
            f.insert(QStringLiteral("file"), str(d.path));
            f.insert(QStringLiteral("damage"), str(damageId(d.damage)));
            f.insert(QStringLiteral("error"), str(d.error.toString()));
            f.insert(QStringLiteral("shown_from"), d.shownFrom.isEmpty() ? json::JsonValue() : str(d.shownFrom));
            f.insert(QStringLiteral("healthy_backup"), d.healthyBackupId.isEmpty() ? json::JsonValue() : str(d.healthyBackupId));
            damaged.append(f);
        }
        o.insert(QStringLiteral("damaged"), damaged);
        printJson(o);
        return s.info.isDamaged() ? DataError : Ok;
    }
    printLine(tr("Path:        %1").arg(s.info.path));
    printLine(tr("Source:      %1 (%2)").arg(sourceKindName(s.info.kind), sourceKindId(s.info.kind)));
    printLine(tr("Version:     %1%2").arg(s.info.version, s.info.versionOrigin.isEmpty() ? QString() : QStringLiteral(" — ") + s.info.versionOrigin));
    printLine(tr("Detected by: %1").arg(s.info.detectedBy));
    if (!s.info.note.isEmpty())
        printLine(tr("Note:        %1").arg(s.info.note));
    if (s.lastSaved.isValid())
        printLine(tr("Last saved:  %1").arg(s.lastSaved.toUTC().toString(Qt::ISODateWithMs)));
    printLine(tr("Contents:    %1 namespaces, %2 keys, %3 tasks, %4 backups, %5 logs, %6 reports")
                  .arg(s.namespaces.size()).arg(s.entryCount()).arg(s.tasks.size()).arg(s.backups.size())
                  .arg(s.logs.size()).arg(s.reports.size()));
    printLine(tr("Problems:    %1").arg(s.problems.size()));
    for (const Problem& p : s.problems)
        printLine(QStringLiteral("  [%1] %2").arg(severityName(p.severity), p.toString()));
    for (const DamagedFile& d : s.info.damaged) {
        printLine(tr("Damaged:     %1 is %2: %3").arg(d.path, damageName(d.damage), d.error.toString()));
        if (!d.healthyBackupId.isEmpty())
            printLine(tr("             restore it with: statelens-cli restore %1 %2 --yes").arg(s.info.path, d.healthyBackupId));
        else
            printLine(tr("             no healthy backup of it was found"));
    }
    // A damaged state is not a healthy one: scripts see it in the exit code.
    return s.info.isDamaged() ? DataError : Ok;
}

int cmdLs(const Invocation& inv)
{
    int code = Ok;
    auto opened = openAndLoad(inv, &code, SnapshotScope::Values);
    if (!opened)
        return code;
    const Snapshot& s = opened->snapshot;
    if (inv.args.isEmpty()) {
        if (inv.json) {
            json::JsonValue arr = json::JsonValue::array();
            for (const Namespace& ns : s.namespaces) {
                json::JsonValue o = json::JsonValue::object();
                o.insert(QStringLiteral("namespace"), str(ns.name));
                o.insert(QStringLiteral("keys"), num(ns.entries.size()));
                o.insert(QStringLiteral("file"), str(ns.entries.isEmpty() ? s.namespaceFiles.value(ns.name) : ns.entries.fileAt(0)));
                arr.append(o);
            }
            printJson(arr);
        } else {
            QList<QStringList> rows { { tr("NAMESPACE"), tr("KEYS") } };
            for (const Namespace& ns : s.namespaces)
                rows.append({ ns.name, QString::number(ns.entries.size()) });
            printTable(rows);
        }
        return Ok;
    }
    const QString name = inv.args.first();
    const Namespace* ns = s.findNamespace(name);
    if (!ns)
        return fail(Error::notFound(tr("no namespace '%1'").arg(name), s.info.path), DataError);
    if (inv.json) {
        json::JsonValue arr = json::JsonValue::array();
        for (const Entry& e : ns->entries) {
            json::JsonValue o = json::JsonValue::object();
            o.insert(QStringLiteral("key"), str(e.key));
            o.insert(QStringLiteral("type"), str(json::JsonValue::typeName(e.value.type())));
            o.insert(QStringLiteral("size"), num(e.value.size()));
            o.insert(QStringLiteral("file"), str(e.file));
            arr.append(o);
        }
        printJson(arr);
        return Ok;
    }
    QList<QStringList> rows { { tr("KEY"), tr("TYPE"), tr("SIZE"), tr("VALUE") } };
    for (const Entry& e : ns->entries)
        rows.append({ e.key, json::JsonValue::typeName(e.value.type()), QString::number(e.value.size()), e.value.preview(60) });
    printTable(rows);
    return Ok;
}

int cmdGet(const Invocation& inv)
{
    if (inv.args.size() != 1)
        return usage(tr("get needs one ADDRESS (NAMESPACE/KEY[/POINTER])"));
    auto address = Address::parse(inv.args.first());
    if (!address)
        return fail(address.error(), UsageError);
    int code = Ok;
    auto opened = openAndLoad(inv, &code, scopeFor(address.value()), { address.value() });
    if (!opened)
        return code;
    auto value = resolveAddress(opened->snapshot, address.value());
    if (!value)
        return fail(value.error(), DataError);
    if (inv.json) {
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("address"), str(address->toString()));
        o.insert(QStringLiteral("type"), str(json::JsonValue::typeName(value->type())));
        o.insert(QStringLiteral("value"), value->toValue());
        printJson(o);
        return Ok;
    }
    // Scalars exactly as the file spells them; containers re-indented from column 0 (numbers keep their spelling).
    const bool container = value->type() == json::JsonValue::Type::Object || value->type() == json::JsonValue::Type::Array;
    const QByteArray raw = (container ? value->toValue().toJson(json::Style::javaScript()) : value->raw().toByteArray()) + '\n';
    std::fwrite(raw.constData(), 1, size_t(raw.size()), stdout);
    return Ok;
}

int cmdTasks(const Invocation& inv)
{
    int code = Ok;
    auto opened = openAndLoad(inv, &code);
    if (!opened)
        return code;
    const QString status = inv.options.value(QStringLiteral("status"));
    QList<Task> tasks;
    for (const Task& t : opened->snapshot.tasks)
        if (status.isEmpty() || t.status == status)
            tasks.append(t);
    std::sort(tasks.begin(), tasks.end(), [](const Task& a, const Task& b) { return a.createdAt < b.createdAt; });
    if (inv.json) {
        json::JsonValue arr = json::JsonValue::array();
        for (const Task& t : tasks) {
            json::JsonValue o = json::JsonValue::object();
            o.insert(QStringLiteral("id"), str(t.id));
            o.insert(QStringLiteral("status"), str(t.status));
            o.insert(QStringLiteral("tool"), str(t.tool));
            o.insert(QStringLiteral("description"), str(t.description));
            o.insert(QStringLiteral("created_at"), timeValue(t.createdAt));
            o.insert(QStringLiteral("updated_at"), timeValue(t.updatedAt));
            o.insert(QStringLiteral("error"), t.error.isEmpty() ? json::JsonValue() : str(t.error));
            o.insert(QStringLiteral("logs"), num(t.logCount));
            o.insert(QStringLiteral("file"), str(t.file));
            arr.append(o);
        }
        // A batch (autonomous-dev) lists its features the same way.
        if (const auto& batch = opened->snapshot.batch)
            for (const BatchFeature& f : batch->features) {
                json::JsonValue o = json::JsonValue::object();
                o.insert(QStringLiteral("id"), str(QString::number(f.index)));
                o.insert(QStringLiteral("status"), str(f.state));
                o.insert(QStringLiteral("description"), str(f.name));
                o.insert(QStringLiteral("error"), f.error.isEmpty() ? json::JsonValue() : str(f.error));
                o.insert(QStringLiteral("retries"), num(f.retries));
                if (status.isEmpty() || f.state == status)
                    arr.append(o);
            }
        printJson(arr);
        return Ok;
    }
    QList<QStringList> rows { { tr("ID"), tr("STATUS"), tr("TOOL"), tr("CREATED"), tr("DESCRIPTION") } };
    for (const Task& t : tasks)
        rows.append({ t.id, t.status, t.tool, t.createdAt.toUTC().toString(Qt::ISODate), t.description });
    if (const auto& batch = opened->snapshot.batch)
        for (const BatchFeature& f : batch->features)
            if (status.isEmpty() || f.state == status)
                rows.append({ QString::number(f.index), f.state, tr("batch"), QString(),
                              f.name + (f.error.isEmpty() ? QString() : QStringLiteral(" — ") + f.error)
                                  + (f.retries ? tr(" (%1 retries)").arg(f.retries) : QString()) });
    printTable(rows);
    return Ok;
}

namespace {

/// Backup::meta as a JSON object: numbers, booleans and text as they are.
json::JsonValue metaJson(const QVariantMap& meta)
{
    json::JsonValue o = json::JsonValue::object();
    for (auto it = meta.cbegin(); it != meta.cend(); ++it) {
        const QVariant& v = it.value();
        if (v.typeId() == QMetaType::Bool)
            o.insert(it.key(), json::JsonValue::fromBool(v.toBool()));
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            o.insert(it.key(), json::JsonValue::fromInt(v.toLongLong()));
        else
            o.insert(it.key(), json::JsonValue::fromString(v.toString()));
    }
    return o;
}

} // namespace

int cmdBackups(const Invocation& inv)
{
    int code = Ok;
    auto opened = openAndLoad(inv, &code);
    if (!opened)
        return code;
    QList<Backup> list = opened->snapshot.backups;
    std::stable_sort(list.begin(), list.end(), [](const Backup& a, const Backup& b) { return a.time > b.time; });
    if (inv.json) {
        json::JsonValue arr = json::JsonValue::array();
        for (const Backup& b : list) {
            json::JsonValue o = json::JsonValue::object();
            o.insert(QStringLiteral("id"), str(b.id));
            o.insert(QStringLiteral("kind"), str(b.kind));
            o.insert(QStringLiteral("path"), str(b.path));
            o.insert(QStringLiteral("time"), timeValue(b.time));
            o.insert(QStringLiteral("size"), num(b.size));
            o.insert(QStringLiteral("entries"), b.entries >= 0 ? num(b.entries) : json::JsonValue());
            o.insert(QStringLiteral("schema_version"), str(b.schemaVersion));
            o.insert(QStringLiteral("health"), str(healthName(b.health)));
            o.insert(QStringLiteral("reason"), str(b.reason));
            o.insert(QStringLiteral("parent_id"), b.parentId.isEmpty() ? json::JsonValue() : str(b.parentId));
            if (!b.meta.isEmpty())
                o.insert(QStringLiteral("meta"), metaJson(b.meta));
            arr.append(o);
        }
        printJson(arr);
        return Ok;
    }
    // LangGraph checkpoints say which step wrote them and why (loop, input, update, fork).
    const bool steps = std::any_of(list.cbegin(), list.cend(), [](const Backup& b) { return b.meta.contains(QStringLiteral("step")); });
    QList<QStringList> rows { { tr("ID"), tr("TIME"), tr("SIZE"), tr("ENTRIES"), tr("VERSION"), tr("HEALTH") } };
    if (steps)
        rows.first() << tr("STEP") << tr("SOURCE");
    for (const Backup& b : list) {
        rows.append({ b.id, b.time.toUTC().toString(Qt::ISODateWithMs), QString::number(b.size),
                      b.entries >= 0 ? QString::number(b.entries) : QStringLiteral("-"), b.schemaVersion,
                      healthName(b.health) + (b.reason.isEmpty() ? QString() : QStringLiteral(": ") + b.reason) });
        if (steps)
            rows.last() << b.meta.value(QStringLiteral("step")).toString() << b.meta.value(QStringLiteral("source")).toString();
    }
    printTable(rows);
    return Ok;
}

int cmdLogs(const Invocation& inv)
{
    int code = Ok;
    auto opened = openAndLoad(inv, &code);
    if (!opened)
        return code;
    const QList<LogFile>& logs = opened->snapshot.logs;
    if (inv.args.isEmpty()) {
        if (inv.json) {
            json::JsonValue arr = json::JsonValue::array();
            for (const LogFile& l : logs) {
                json::JsonValue o = json::JsonValue::object();
                o.insert(QStringLiteral("name"), str(l.name));
                o.insert(QStringLiteral("path"), str(l.path));
                o.insert(QStringLiteral("format"), str(l.format == LogFile::Format::JsonLines ? QStringLiteral("jsonl") : QStringLiteral("text")));
                o.insert(QStringLiteral("size"), num(l.size));
                o.insert(QStringLiteral("session"), l.sessionId.isEmpty() ? json::JsonValue() : str(l.sessionId));
                o.insert(QStringLiteral("time"), timeValue(l.time));
                arr.append(o);
            }
            printJson(arr);
        } else {
            QList<QStringList> rows { { tr("NAME"), tr("FORMAT"), tr("SIZE"), tr("TIME") } };
            for (const LogFile& l : logs)
                rows.append({ l.name, l.format == LogFile::Format::JsonLines ? QStringLiteral("jsonl") : QStringLiteral("text"),
                              QString::number(l.size), l.time.toUTC().toString(Qt::ISODateWithMs) });
            printTable(rows);
        }
        return Ok;
    }
    for (const LogFile& l : logs) {
        if (l.name != inv.args.first())
            continue;
        auto content = readFile(l.path);
        if (!content)
            return fail(content.error(), DataError);
        const QString level = inv.options.value(QStringLiteral("level")).toLower();
        QList<LogRecord> records = parseLog(*content, l.format, l.name);
        if (!level.isEmpty())
            records.removeIf([&](const LogRecord& r) { return r.level != level; });
        const int tail = inv.options.value(QStringLiteral("tail"), QStringLiteral("0")).toInt();
        if (tail > 0 && records.size() > tail)
            records = records.mid(records.size() - tail);
        if (inv.json) {
            json::JsonValue arr = json::JsonValue::array();
            for (const LogRecord& r : std::as_const(records)) {
                json::JsonValue o = json::JsonValue::object();
                o.insert(QStringLiteral("line"), num(r.line));
                o.insert(QStringLiteral("time"), r.time.isEmpty() ? json::JsonValue() : str(r.time));
                o.insert(QStringLiteral("level"), r.level.isEmpty() ? json::JsonValue() : str(r.level));
                o.insert(QStringLiteral("message"), str(r.message));
                if (!r.details.isEmpty())
                    o.insert(QStringLiteral("details"), *json::JsonValue::parse(r.details.toUtf8()));
                arr.append(o);
            }
            printJson(arr);
            return Ok;
        }
        // The lines as written, so that the output can go through grep and friends.
        const QList<QByteArray> lines = content->split('\n');
        for (const LogRecord& r : std::as_const(records)) {
            QByteArray line = lines.value(r.line - 1);
            if (line.endsWith('\r'))
                line.chop(1);
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fputc('\n', stdout);
        }
        return Ok;
    }
    return fail(Error::notFound(tr("no log named '%1'").arg(inv.args.first()), opened->snapshot.info.path), DataError);
}

} // namespace statelens::cli
