// SPDX-License-Identifier: GPL-3.0-or-later
// Schema versions and migrations: versions, migrate, rollback (docs/MIGRATIONS.md).
#include "cli.h"
#include "output.h"

#include "migrate/migrator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace statelens::cli {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens-cli", s);
}

using migrate::Migrator;

std::optional<Migrator> openMigrator(const Invocation& inv, int* exitCode)
{
    migrate::MigratorOptions options;
    options.extraFolders.append(inv.lists.value(QStringLiteral("migrations")));
    auto m = Migrator::open(inv.path, options);
    if (!m) {
        *exitCode = fail(m.error(), DataError);
        return std::nullopt;
    }
    return std::move(m.value());
}

QString kindName(diff::ChangeKind k)
{
    switch (k) {
    case diff::ChangeKind::Added:
        return QStringLiteral("added");
    case diff::ChangeKind::Removed:
        return QStringLiteral("removed");
    case diff::ChangeKind::Changed:
        return QStringLiteral("changed");
    case diff::ChangeKind::TypeChanged:
        return QStringLiteral("type-changed");
    }
    return {};
}

json::JsonValue changesJson(const QList<diff::ValueChange>& changes)
{
    json::JsonValue a = json::JsonValue::array();
    for (const diff::ValueChange& c : changes) {
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("pointer"), str(c.pointer.toString()));
        o.insert(QStringLiteral("kind"), str(kindName(c.kind)));
        if (c.kind != diff::ChangeKind::Added)
            o.insert(QStringLiteral("before"), c.before);
        if (c.kind != diff::ChangeKind::Removed)
            o.insert(QStringLiteral("after"), c.after);
        a.append(o);
    }
    return a;
}

void printChanges(const QList<diff::ValueChange>& changes, const QString& indent)
{
    for (const diff::ValueChange& c : changes) {
        const QString where = c.pointer.isRoot() ? QStringLiteral("/") : c.pointer.toString();
        switch (c.kind) {
        case diff::ChangeKind::Added:
            printLine(
                indent + QStringLiteral("+ %1 = %2").arg(where, QString::fromUtf8(c.after.toCompactJson())));
            break;
        case diff::ChangeKind::Removed:
            printLine(indent
                + QStringLiteral("- %1 (was %2)").arg(where, QString::fromUtf8(c.before.toCompactJson())));
            break;
        default:
            printLine(indent
                + QStringLiteral("~ %1: %2 -> %3")
                      .arg(where, QString::fromUtf8(c.before.toCompactJson()),
                          QString::fromUtf8(c.after.toCompactJson())));
        }
    }
}

json::JsonValue stepsJson(const QList<migrate::StepReport>& steps)
{
    json::JsonValue a = json::JsonValue::array();
    for (const migrate::StepReport& s : steps) {
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("from"), str(s.from));
        o.insert(QStringLiteral("to"), str(s.to));
        o.insert(QStringLiteral("description"), str(s.description));
        o.insert(QStringLiteral("origin"), str(s.origin));
        o.insert(QStringLiteral("changes"), changesJson(s.changes));
        json::JsonValue tasks = json::JsonValue::object();
        for (const auto& [file, changes] : s.taskChanges)
            tasks.insert(file, changesJson(changes));
        o.insert(QStringLiteral("tasks"), tasks);
        json::JsonValue notes = json::JsonValue::array();
        for (const QString& n : s.notes)
            notes.append(str(n));
        o.insert(QStringLiteral("notes"), notes);
        a.append(o);
    }
    return a;
}

void printSteps(const QList<migrate::StepReport>& steps)
{
    for (const migrate::StepReport& s : steps) {
        printLine(tr("step %1 → %2 (%3): %4").arg(s.from, s.to, s.origin, s.description));
        printChanges(s.changes, QStringLiteral("  "));
        for (const auto& [file, changes] : s.taskChanges) {
            printLine(QStringLiteral("  ") + tr("task file %1:").arg(file));
            printChanges(changes, QStringLiteral("    "));
        }
        for (const QString& n : s.notes)
            printLine(QStringLiteral("  ") + tr("note: %1").arg(n));
    }
}

json::JsonValue strings(const QStringList& list)
{
    json::JsonValue a = json::JsonValue::array();
    for (const QString& s : list)
        a.append(str(s));
    return a;
}
} // namespace

int cmdVersions(const Invocation& inv)
{
    int code = Ok;
    auto m = openMigrator(inv, &code);
    if (!m)
        return code;
    const migrate::Subject& s = m->subject();
    if (inv.json) {
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("file"), str(s.file));
        o.insert(QStringLiteral("kind"), str(sourceKindId(s.kind)));
        o.insert(QStringLiteral("family"), str(migrate::familyId(s.family)));
        o.insert(QStringLiteral("version"), str(s.version));
        o.insert(QStringLiteral("origin"), str(s.versionOrigin));
        o.insert(QStringLiteral("inferred"), json::JsonValue::fromBool(s.inferred));
        o.insert(QStringLiteral("targets"), strings(m->targets()));
        o.insert(QStringLiteral("newer"), strings(m->newerTargets()));
        json::JsonValue steps = json::JsonValue::array();
        for (const migrate::Step& st : m->catalog().steps()) {
            json::JsonValue x = json::JsonValue::object();
            x.insert(QStringLiteral("from"), str(st.from));
            x.insert(QStringLiteral("to"), str(st.to));
            x.insert(QStringLiteral("description"), str(st.description));
            x.insert(QStringLiteral("origin"), str(st.origin));
            steps.append(x);
        }
        o.insert(QStringLiteral("migrations"), steps);
        json::JsonValue problems = json::JsonValue::array();
        for (const Error& e : m->problems()) {
            json::JsonValue p = json::JsonValue::object();
            p.insert(QStringLiteral("file"), str(e.file));
            p.insert(QStringLiteral("line"), num(e.line));
            p.insert(QStringLiteral("column"), num(e.column));
            p.insert(QStringLiteral("message"), str(e.message));
            problems.append(p);
        }
        o.insert(QStringLiteral("problems"), problems);
        printJson(o);
    } else {
        printLine(tr("file      %1").arg(s.file));
        printLine(tr("kind      %1").arg(sourceKindName(s.kind)));
        printLine(tr("version   %1 (%2)").arg(s.version, s.versionOrigin));
        const QStringList newer = m->newerTargets();
        printLine(tr("targets   %1")
                      .arg(m->targets().isEmpty() ? tr("none") : m->targets().join(QLatin1String(", "))));
        if (!newer.isEmpty())
            printLine(tr("migrations available: up to %1").arg(newer.last()));
        printLine(tr("migrations:"));
        QList<QStringList> rows;
        for (const migrate::Step& st : m->catalog().steps())
            rows.append({ QStringLiteral("  %1 → %2").arg(st.from, st.to), st.origin, st.description });
        if (rows.isEmpty())
            printLine(tr("  none"));
        printTable(rows);
    }
    for (const Error& e : m->problems())
        fail(e, DataError);
    return m->problems().isEmpty() ? Ok : DataError;
}

int cmdMigrate(const Invocation& inv)
{
    const QString target = inv.options.value(QStringLiteral("to"));
    if (target.isEmpty())
        return usage(tr("migrate needs --to VERSION"));
    if (!inv.args.isEmpty())
        return usage(tr("migrate takes only PATH and --to VERSION"));
    int code = Ok;
    auto m = openMigrator(inv, &code);
    if (!m)
        return code;
    const bool dryRun = inv.options.contains(QStringLiteral("dry-run"));
    json::JsonValue o = json::JsonValue::object();
    o.insert(QStringLiteral("file"), str(m->subject().file));
    o.insert(QStringLiteral("dry_run"), json::JsonValue::fromBool(dryRun));
    if (dryRun) {
        auto preview = m->dryRun(target);
        if (!preview)
            return fail(preview.error(), DataError);
        if (inv.json) {
            o.insert(QStringLiteral("from"), str(preview->from));
            o.insert(QStringLiteral("to"), str(preview->to));
            o.insert(QStringLiteral("noop"), json::JsonValue::fromBool(preview->noop));
            o.insert(QStringLiteral("steps"), stepsJson(preview->steps));
            o.insert(QStringLiteral("changes"), changesJson(preview->changes));
            printJson(o);
        } else if (preview->noop) {
            printLine(tr("%1 is at version %2 already; nothing to do").arg(m->subject().file, preview->to));
        } else {
            printLine(tr("plan for %1: %2 → %3, %4 step(s)")
                          .arg(m->subject().file, preview->from, preview->to)
                          .arg(preview->steps.size()));
            printSteps(preview->steps);
            printLine(tr("dry run: nothing was written"));
        }
        return Ok;
    }
    auto outcome = m->apply(target);
    if (!outcome)
        return fail(outcome.error(), DataError);
    if (inv.json) {
        o.insert(QStringLiteral("from"), str(outcome->from));
        o.insert(QStringLiteral("to"), str(outcome->to));
        o.insert(QStringLiteral("noop"), json::JsonValue::fromBool(outcome->noop));
        o.insert(QStringLiteral("steps"), stepsJson(outcome->steps));
        o.insert(QStringLiteral("backup"), str(outcome->backup));
        o.insert(QStringLiteral("kept_backup"), str(outcome->keptBackup));
        o.insert(QStringLiteral("log"), str(outcome->log));
        o.insert(QStringLiteral("written"), strings(outcome->filesWritten));
        printJson(o);
    } else if (outcome->noop) {
        printLine(tr("%1 is at version %2 already; nothing to do").arg(m->subject().file, outcome->to));
    } else {
        printLine(tr("migrated %1 from version %2 to %3").arg(m->subject().file, outcome->from, outcome->to));
        printSteps(outcome->steps);
        printLine(tr("backup    %1").arg(outcome->backup));
        if (!outcome->keptBackup.isEmpty())
            printLine(tr("kept      %1").arg(outcome->keptBackup));
        printLine(tr("log       %1").arg(outcome->log));
    }
    return Ok;
}

int cmdRollback(const Invocation& inv)
{
    int code = Ok;
    auto m = openMigrator(inv, &code);
    if (!m)
        return code;
    const bool yes = inv.options.contains(QStringLiteral("yes"));
    auto r = yes ? m->rollback() : m->rollbackPreview();
    if (!r)
        return fail(r.error(), DataError);
    if (inv.json) {
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("file"), str(r->file));
        o.insert(QStringLiteral("backup"), str(r->restoredFrom));
        o.insert(QStringLiteral("restored"), json::JsonValue::fromBool(yes && !r->unchanged));
        o.insert(QStringLiteral("unchanged"), json::JsonValue::fromBool(r->unchanged));
        o.insert(QStringLiteral("safety_copy"), str(r->safetyCopy));
        o.insert(QStringLiteral("changes"), changesJson(r->changes));
        printJson(o);
    } else if (r->unchanged) {
        printLine(tr("%1 already has the bytes of %2; nothing to do")
                      .arg(r->file, QFileInfo(r->restoredFrom).fileName()));
    } else {
        printLine(yes ? tr("restored %1 from %2").arg(r->file, r->restoredFrom)
                      : tr("rollback would restore %1 from %2:").arg(r->file, r->restoredFrom));
        printChanges(r->changes, QStringLiteral("  "));
        if (yes)
            printLine(tr("the migrated state was kept as %1").arg(r->safetyCopy));
    }
    if (!yes && !r->unchanged)
        return usage(tr("nothing was written; run rollback again with --yes to restore the backup"));
    return Ok;
}

} // namespace statelens::cli
