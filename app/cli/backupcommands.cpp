// SPDX-License-Identifier: GPL-3.0-or-later
// Backups beyond listing them: diff, backup create/delete/prune, restore, history. The work is in
// core/backup/ and core/diff/; this file parses arguments and prints.
#include "cli.h"
#include "output.h"

#include "backup/backupcatalogue.h"
#include "backup/backupmanager.h"
#include "backup/keyhistory.h"
#include "backup/restoreengine.h"
#include "io/backupgenerations.h"

#include <QCoreApplication>

namespace statelens::cli {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens-cli", s); }

const QString current = QStringLiteral("current");

QString preview(const json::JsonValue& v, int max = 60)
{
    if (v.isString())
        return QString::fromUtf8(v.toCompactJson()).left(max);
    QString s = QString::fromUtf8(v.toCompactJson());
    return s.size() > max ? s.left(max - 1) + u'…' : s;
}

QString sign(diff::ChangeKind k)
{
    switch (k) {
    case diff::ChangeKind::Added: return QStringLiteral("+");
    case diff::ChangeKind::Removed: return QStringLiteral("-");
    case diff::ChangeKind::Changed: return QStringLiteral("~");
    case diff::ChangeKind::TypeChanged: return QStringLiteral("!");
    }
    return {};
}

QString scopeId(diff::EntryDiff::Scope s)
{
    switch (s) {
    case diff::EntryDiff::Scope::Key: return QStringLiteral("key");
    case diff::EntryDiff::Scope::Task: return QStringLiteral("task");
    case diff::EntryDiff::Scope::Report: return QStringLiteral("report");
    }
    return {};
}

json::JsonValue diffJson(const QString& a, const QString& b, const diff::DiffResult& d)
{
    json::JsonValue o = json::JsonValue::object();
    o.insert(QStringLiteral("a"), str(a));
    o.insert(QStringLiteral("b"), str(b));
    o.insert(QStringLiteral("added"), num(d.added));
    o.insert(QStringLiteral("removed"), num(d.removed));
    o.insert(QStringLiteral("changed"), num(d.changed));
    json::JsonValue entries = json::JsonValue::array();
    for (const diff::EntryDiff& e : d.entries) {
        json::JsonValue eo = json::JsonValue::object();
        eo.insert(QStringLiteral("scope"), str(scopeId(e.scope)));
        eo.insert(QStringLiteral("namespace"), str(e.ns));
        eo.insert(QStringLiteral("key"), str(e.key));
        eo.insert(QStringLiteral("address"), str(e.address()));
        eo.insert(QStringLiteral("change"), str(diff::changeKindId(e.kind)));
        eo.insert(QStringLiteral("before"), e.before);
        eo.insert(QStringLiteral("after"), e.after);
        json::JsonValue details = json::JsonValue::array();
        for (const diff::ValueChange& c : e.details) {
            json::JsonValue co = json::JsonValue::object();
            co.insert(QStringLiteral("pointer"), str(c.pointer.toString()));
            co.insert(QStringLiteral("change"), str(diff::changeKindId(c.kind)));
            co.insert(QStringLiteral("before"), c.before);
            co.insert(QStringLiteral("after"), c.after);
            details.append(std::move(co));
        }
        eo.insert(QStringLiteral("details"), std::move(details));
        entries.append(std::move(eo));
    }
    o.insert(QStringLiteral("entries"), std::move(entries));
    return o;
}

void printDiff(const diff::DiffResult& d)
{
    for (const diff::EntryDiff& e : d.entries) {
        if (e.kind == diff::ChangeKind::Added)
            printLine(QStringLiteral("+ %1  %2").arg(e.address(), preview(e.after)));
        else if (e.kind == diff::ChangeKind::Removed)
            printLine(QStringLiteral("- %1  %2").arg(e.address(), preview(e.before)));
        else if (e.details.isEmpty())
            printLine(QStringLiteral("%1 %2  %3 → %4").arg(sign(e.kind), e.address(), preview(e.before), preview(e.after)));
        else
            printLine(QStringLiteral("~ %1").arg(e.address()));
        for (const diff::ValueChange& c : e.details)
            printLine(QStringLiteral("    %1 %2  %3").arg(sign(c.kind), c.pointer.toString(),
                                                          c.kind == diff::ChangeKind::Added     ? preview(c.after)
                                                          : c.kind == diff::ChangeKind::Removed ? preview(c.before)
                                                                                                : preview(c.before) + QStringLiteral(" → ") + preview(c.after)));
    }
    printLine(tr("%1 added, %2 removed, %3 changed").arg(d.added).arg(d.removed).arg(d.changed));
}

/// The backup named `id` in `catalogue`, loaded; errors are printed.
std::optional<backup::LoadedBackup> loadNamed(const Snapshot& s, const backup::BackupCatalogue& catalogue, const QString& id,
                                              int* code)
{
    const Backup* b = catalogue.find(id);
    if (!b) {
        *code = fail(Error::notFound(tr("no backup '%1' (see: statelens-cli backups PATH)").arg(id), catalogue.root()), DataError);
        return std::nullopt;
    }
    auto loaded = backup::loadBackup(s, *b);
    if (!loaded) {
        *code = fail(loaded.error(), DataError);
        return std::nullopt;
    }
    return std::move(loaded.value());
}

int printError(const Error& e) { return fail(e, e.kind == Error::Kind::Usage ? UsageError : DataError); }
} // namespace

int cmdDiff(const Invocation& inv)
{
    if (inv.args.size() != 2)
        return usage(tr("diff needs A and B: 'current' or a backup id"));
    int code = Ok;
    auto opened = openAndLoad(inv, &code);
    if (!opened)
        return code;
    const backup::BackupCatalogue catalogue(opened->snapshot);
    const QString& a = inv.args[0];
    const QString& b = inv.args[1];
    std::optional<backup::LoadedBackup> la, lb;
    if (a != current && !(la = loadNamed(opened->snapshot, catalogue, a, &code)))
        return code;
    if (b != current && !(lb = loadNamed(opened->snapshot, catalogue, b, &code)))
        return code;
    // The current state is compared only where the backup on the other side says anything.
    const Snapshot sa = la ? la->snapshot : lb ? backup::trimToCoverage(opened->snapshot, lb->coverage) : opened->snapshot;
    const Snapshot sb = lb ? lb->snapshot : la ? backup::trimToCoverage(opened->snapshot, la->coverage) : opened->snapshot;
    const diff::DiffResult d = diff::diffSnapshots(sa, sb);
    if (inv.json)
        printJson(diffJson(a, b, d));
    else
        printDiff(d);
    return Ok;
}

int cmdRestore(const Invocation& inv)
{
    if (inv.args.isEmpty())
        return usage(tr("restore needs a BACKUP id"));
    backup::RestoreScope scope;
    if (inv.options.contains(QStringLiteral("only")))
        scope.addresses = inv.lists.value(QStringLiteral("only")) + inv.args.mid(1);
    else if (inv.args.size() > 1)
        return usage(tr("restore takes one BACKUP; choose parts with --only ADDRESS…"));
    const QString id = inv.args[0];
    const bool yes = inv.options.contains(QStringLiteral("yes"));
    const QString exportTo = inv.options.value(QStringLiteral("export"));
    if (!yes) {
        int code = Ok;
        auto opened = openAndLoad(inv, &code);
        if (!opened)
            return code;
        const backup::BackupCatalogue catalogue(opened->snapshot);
        auto plan = backup::planRestore(opened->snapshot, catalogue, id, scope);
        if (!plan)
            return printError(plan.error());
        diff::DiffResult d;
        d.entries = plan->entries;
        for (const diff::EntryDiff& e : std::as_const(d.entries))
            (e.kind == diff::ChangeKind::Added ? d.added : e.kind == diff::ChangeKind::Removed ? d.removed : d.changed)++;
        printDiff(d);
        printLine(tr("would write: %1").arg(plan->touched().join(QLatin1String(", "))));
        return usage(tr("nothing was written; add --yes to restore (a safety backup is taken first)"));
    }
    auto out = exportTo.isEmpty() ? backup::restoreBackup(inv.path, id, scope) : backup::exportRestored(inv.path, id, scope, exportTo);
    if (!out)
        return printError(out.error());
    if (inv.json) {
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("backup"), str(out->backupId));
        o.insert(QStringLiteral("entries"), num(out->entries));
        o.insert(QStringLiteral("safety_backup"), out->safetyId.isEmpty() ? json::JsonValue() : str(out->safetyId));
        json::JsonValue files = json::JsonValue::array();
        for (const QString& f : out->files)
            files.append(str(f));
        o.insert(QStringLiteral("files"), files);
        o.insert(QStringLiteral("root"), str(out->root));
        json::JsonValue aside = json::JsonValue::array();
        for (const QString& f : out->keptAside)
            aside.append(str(f));
        o.insert(QStringLiteral("kept_aside"), aside);
        o.insert(QStringLiteral("verified"), json::JsonValue::fromBool(true));
        printJson(o);
    } else if (out->files.isEmpty()) {
        printLine(tr("nothing to restore: the state already matches %1").arg(out->backupId));
    } else {
        printLine(tr("Restored %1 entries from %2; safety backup %3").arg(out->entries).arg(out->backupId, out->safetyId));
        printLine(tr("what was written was read back and checked"));
        for (const QString& f : out->keptAside)
            printLine(tr("the damaged file's bytes are kept in %1").arg(f));
        if (!exportTo.isEmpty())
            printLine(tr("the result is in %1; the original was not changed").arg(out->root));
    }
    return Ok;
}

int cmdBackup(const Invocation& original)
{
    // "backup SUBCOMMAND PATH …": the generic parser took SUBCOMMAND for PATH.
    Invocation inv = original;
    const QString sub = inv.path;
    if (inv.args.isEmpty())
        return usage(tr("backup %1 needs a PATH").arg(sub));
    inv.path = inv.args.takeFirst();
    int code = Ok;
    auto opened = openAndLoad(inv, &code);
    if (!opened)
        return code;
    const backup::BackupCatalogue catalogue(opened->snapshot);
    if (sub == QLatin1String("create")) {
        auto made = backup::createBackup(opened->snapshot);
        if (!made)
            return printError(made.error());
        if (inv.json) {
            json::JsonValue o = json::JsonValue::object();
            o.insert(QStringLiteral("id"), str(made->id));
            o.insert(QStringLiteral("files"), num(made->files.size()));
            o.insert(QStringLiteral("values"), num(made->values.size()));
            printJson(o);
        } else {
            printLine(tr("created backup %1 (%2 files, %3 values)").arg(made->id).arg(made->files.size()).arg(made->values.size()));
        }
        return Ok;
    }
    if (sub == QLatin1String("delete")) {
        if (inv.args.size() != 1)
            return usage(tr("backup delete needs PATH and ID"));
        if (!inv.options.contains(QStringLiteral("yes")))
            return usage(tr("deleting a backup cannot be undone; add --yes"));
        auto removed = backup::deleteBackup(catalogue, inv.args[0]);
        if (!removed)
            return printError(removed.error());
        for (const QString& f : removed.value())
            printLine(tr("removed %1").arg(f));
        return Ok;
    }
    if (sub == QLatin1String("prune")) {
        bool ok = true;
        const backups::Retention defaults;
        int keep = defaults.keep;
        if (inv.options.contains(QStringLiteral("keep")))
            keep = inv.options.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 0)
            return usage(tr("--keep needs a number (of backups to keep)"));
        // --max-age-days is the older spelling of --max-age.
        const QString ageOption = inv.options.contains(QStringLiteral("max-age")) ? QStringLiteral("max-age") : QStringLiteral("max-age-days");
        int days = 0;
        if (inv.options.contains(ageOption)) {
            days = inv.options.value(ageOption).toInt(&ok);
            if (!ok || days < 0)
                return usage(tr("--%1 needs a number of days").arg(ageOption));
        }
        const bool all = inv.options.contains(QStringLiteral("all"));
        const QList<Backup> plan = backup::planPrune(catalogue, keep, days, QDateTime::currentDateTimeUtc(), all);
        const bool dry = inv.options.contains(QStringLiteral("dry-run"));
        if (!dry) {
            if (auto r = backup::prune(catalogue, plan); !r)
                return printError(r.error());
        }
        if (inv.json) {
            json::JsonValue arr = json::JsonValue::array();
            for (const Backup& b : plan)
                arr.append(str(b.id));
            json::JsonValue o = json::JsonValue::object();
            o.insert(dry ? QStringLiteral("would_remove") : QStringLiteral("removed"), arr);
            printJson(o);
        } else {
            for (const Backup& b : plan)
                printLine((dry ? tr("would remove %1 (%2)") : tr("removed %1 (%2)")).arg(b.id, b.time.toString(Qt::ISODateWithMs)));
            if (plan.isEmpty())
                printLine(tr("nothing to prune"));
        }
        return Ok;
    }
    return usage(tr("unknown backup command '%1' (create, delete, prune)").arg(sub));
}

int cmdHistory(const Invocation& inv)
{
    if (inv.args.size() != 1)
        return usage(tr("history needs one ADDRESS"));
    auto address = Address::parse(inv.args[0]);
    if (!address)
        return fail(address.error(), UsageError);
    int code = Ok;
    auto opened = openAndLoad(inv, &code);
    if (!opened)
        return code;
    const backup::BackupCatalogue catalogue(opened->snapshot);
    const QList<backup::HistoryPoint> points = backup::keyHistory(opened->snapshot, catalogue, address.value());
    if (inv.json) {
        json::JsonValue arr = json::JsonValue::array();
        for (const backup::HistoryPoint& p : points) {
            json::JsonValue o = json::JsonValue::object();
            o.insert(QStringLiteral("backup"), p.isCurrent ? str(current) : str(p.backupId));
            o.insert(QStringLiteral("time"), timeValue(p.time));
            o.insert(QStringLiteral("present"), json::JsonValue::fromBool(p.present));
            o.insert(QStringLiteral("changed"), json::JsonValue::fromBool(p.changed));
            o.insert(QStringLiteral("value"), p.value);
            arr.append(std::move(o));
        }
        printJson(arr);
        return Ok;
    }
    QList<QStringList> rows { { tr("WHEN"), tr("BACKUP"), tr("CHANGED"), tr("VALUE") } };
    for (const backup::HistoryPoint& p : points)
        rows.append({ p.time.isValid() ? p.time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-"),
                      p.isCurrent ? current : p.backupId, p.changed ? QStringLiteral("*") : QString(),
                      p.present ? preview(p.value) : tr("(absent)") });
    printTable(rows);
    return Ok;
}

} // namespace statelens::cli
