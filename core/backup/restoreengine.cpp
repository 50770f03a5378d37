// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoreengine.h"

#include "backup/backupcatalogue.h"
#include "io/filelock.h"
#include "io/restorejournal.h"
#include "io/safetybackup.h"
#include "io/safewrite.h"
#include "io/statelayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace statelens::backup {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::backup", s); }

void report(const RestoreOptions& o, int percent, const QString& what)
{
    if (o.progress)
        o.progress(percent, what);
}

/// Puts file `w` back as it was before the restore.
Result<void> putBack(const FileWrite& w, const QString& root)
{
    if (!w.before)
        return removeFileDurably(w.path);
    WriteOptions opt;
    opt.newFileMode = w.mode;
    opt.confineTo = root;
    if (auto r = writeFileAtomically(w.path, *w.before, opt); !r)
        return r.error();
    return {};
}

JournalRecord recordFor(const RestorePlan& plan, const RestoreOptions& options)
{
    JournalRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.action = options.action;
    r.status = QStringLiteral("ok");
    r.backupId = plan.backup.id;
    r.backupKind = plan.backup.kind;
    r.backupPath = plan.backup.path;
    r.scope = plan.scope;
    r.entries = int(plan.entries.size());
    r.files = plan.touched();
    return r;
}

/// Keeps the bytes of a damaged file beside it before it is replaced, as "<file>.corrupt.<ms>" (the
/// evidence of what went wrong; FORMAT.md, recovery).
Result<QString> keepAside(const FileWrite& w)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString aside;
    for (qint64 ms = now;; ++ms) {
        aside = w.path + QStringLiteral(".corrupt.%1").arg(ms);
        if (!QFileInfo::exists(aside))
            break;
    }
    WriteOptions opt;
    opt.newFileMode = w.mode;
    opt.expected = FileStamp::stat(aside); // absent: never replaces a file that appeared meanwhile
    if (auto r = writeFileAtomically(aside, w.before.value_or(QByteArray()), opt); !r)
        return r.error();
    return aside;
}

/// Reads back what the restore wrote and compares it with what it meant to write.
Result<void> verifyRestored(Source& source, const RestorePlan& plan)
{
    for (const FileWrite& w : plan.files) {
        if (!w.after) {
            if (QFileInfo::exists(w.path))
                return Error::io(w.path, tr("the restore removed this file, but it is there again"));
            continue;
        }
        auto back = readFile(w.path);
        if (!back)
            return Error { back.error().kind, tr("cannot read back what the restore wrote: %1").arg(back.error().message), w.path };
        if (back.value() != *w.after)
            return Error { Error::Kind::Conflict,
                           tr("after the restore the file holds other bytes than were written (%1 bytes instead of %2): "
                              "another program wrote it meanwhile")
                               .arg(back->size())
                               .arg(w.after->size()),
                           w.path };
    }
    if (plan.changes.isEmpty())
        return {};
    auto now = source.load();
    if (!now)
        return Error { now.error().kind, tr("cannot read back what the restore wrote: %1").arg(now.error().message), now.error().file };
    for (const Change& c : plan.changes) {
        const std::optional<Entry> e = now->findEntry(c.address.ns, c.address.key);
        const bool ok = c.op == Change::Op::Remove ? !e.has_value() : (e && e->value.toValue() == c.value);
        if (!ok)
            return Error { Error::Kind::Conflict,
                           tr("after the restore %1 does not hold the restored value: another program wrote it meanwhile")
                               .arg(c.address.toString()),
                           source.path() };
    }
    return {};
}

Result<void> copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir src(from);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + src.relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error::io(target, tr("cannot create the folder"));
        if (auto r = copyFileAtomically(file, target); !r)
            return r.error();
    }
    return {};
}
} // namespace

Result<RestoreOutcome> executeRestore(Source& source, const RestorePlan& plan, const RestoreOptions& options)
{
    RestoreOutcome out;
    out.backupId = plan.backup.id;
    out.root = plan.root;
    out.entries = int(plan.entries.size());
    if (plan.isEmpty()) {
        report(options, 100, tr("nothing to restore: the state already matches the backup"));
        out.entries = 0;
        return out;
    }
    // 0. The folder's one lock (state folders), the same that saves and migrations take, held to the end.
    FileLock lock;
    if (plan.base.info.kind == SourceKind::Documented || plan.base.info.kind == SourceKind::CodingAgent) {
        auto l = FileLock::acquire(layout::lockFile(plan.root));
        if (!l)
            return l.error();
        lock = std::move(l.value());
    }
    // 1. Nothing may have changed since the plan was made.
    report(options, 5, tr("checking for changes since the state was read"));
    for (const FileWrite& w : plan.files)
        if (auto r = checkUnchanged(w.path, w.stamp); !r)
            return r.error();

    // 2. The safety backup, from the very bytes the plan replaces.
    report(options, 15, tr("taking a safety backup"));
    QList<SafetyInput> inputs;
    for (const FileWrite& w : plan.files)
        inputs.append({ w.path, w.before, w.mode });
    auto safety = createSafetyBackup(plan.root, QStringLiteral("safety"), sourceKindId(plan.base.info.kind),
                                     tr("before %1 of %2").arg(options.action, plan.backup.id), false, inputs,
                                     plan.valuesBefore);
    if (!safety)
        return Error { safety.error().kind, tr("the safety backup failed, nothing was restored: %1").arg(safety.error().message),
                       safety.error().file };
    out.safetyId = safety->id;
    JournalRecord record = recordFor(plan, options);
    record.safetyId = out.safetyId;

    // 2b. The bytes of damaged files, beside them, where people look first.
    for (const FileWrite& w : plan.files)
        if (w.damaged) {
            auto aside = keepAside(w);
            if (!aside)
                return Error { aside.error().kind,
                               tr("could not keep the damaged file's bytes aside, nothing was restored: %1").arg(aside.error().message),
                               aside.error().file };
            out.keptAside.append(aside.value());
        }

    // 3. Files, each atomically; on a failure the ones done are put back.
    auto fail = [&](const Error& e, qsizetype done) -> Error {
        QStringList notRestored;
        for (qsizetype j = done - 1; j >= 0; --j)
            if (auto r = putBack(plan.files[j], plan.root); !r)
                notRestored.append(r.error().toString());
        record.status = QStringLiteral("failed");
        record.error = e.toString();
        (void)appendJournal(plan.root, record);
        if (!notRestored.isEmpty())
            return Error { e.kind,
                           tr("%1; putting back the files already written failed too (%2); the safety backup %3 has them")
                               .arg(e.message, notRestored.join(QLatin1String("; ")), out.safetyId),
                           e.file, e.line, e.column };
        return Error { e.kind, tr("%1; nothing was changed (the files already written were put back)").arg(e.message), e.file,
                       e.line, e.column };
    };
    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        const FileWrite& w = plan.files[i];
        report(options, 20 + int(70 * i / plan.files.size()), tr("writing %1").arg(QDir(plan.root).relativeFilePath(w.path)));
        if (options.beforeWrite)
            options.beforeWrite(int(i), w.path);
        Result<void> r;
        if (w.after) {
            QDir().mkpath(QFileInfo(w.path).absolutePath());
            WriteOptions opt;
            opt.expected = w.stamp;
            opt.newFileMode = w.mode;
            opt.confineTo = plan.root;
            if (auto written = writeFileAtomically(w.path, *w.after, opt); !written)
                r = written.error();
        } else if (auto unchanged = checkUnchanged(w.path, w.stamp); !unchanged) {
            r = unchanged.error();
        } else {
            r = removeFileDurably(w.path);
        }
        if (!r)
            return fail(r.error(), i);
    }

    // 4. Database rows, in one transaction of the source's own (last, so that a failure can still
    // put the files back).
    if (!plan.changes.isEmpty()) {
        report(options, 90, tr("writing the database"));
        if (auto applied = source.apply(plan.base, plan.changes); !applied)
            return fail(applied.error(), plan.files.size());
    }
    // 5. Nothing is reported as restored before it is read back.
    report(options, 95, tr("checking what was written"));
    if (options.beforeVerify)
        options.beforeVerify();
    if (auto v = verifyRestored(source, plan); !v) {
        record.status = QStringLiteral("failed");
        record.error = v.error().toString();
        (void)appendJournal(plan.root, record);
        return Error { v.error().kind, tr("%1 (the safety backup %2 holds what was there before)").arg(v.error().message, out.safetyId),
                       v.error().file };
    }
    if (auto j = appendJournal(plan.root, record); !j) {
        // A restore of files that cannot be recorded is undone: all or nothing. Database rows cannot be put
        // back from here, so a database restore stays and says that its record is missing.
        if (plan.changes.isEmpty())
            return fail(Error { j.error().kind, tr("the restore journal could not be written: %1").arg(j.error().message),
                                j.error().file },
                        plan.files.size());
        return Error { j.error().kind, tr("restored, but the journal could not be written: %1").arg(j.error().message), j.error().file };
    }
    out.files = record.files;
    report(options, 100, tr("restored %1 entries").arg(out.entries));
    return out;
}

Result<RestoreOutcome> restoreBackup(const QString& statePath, const QString& backupId, const RestoreScope& scope,
                                     const RestoreOptions& options)
{
    report(options, 0, tr("reading the state"));
    auto state = openAndLoad(statePath);
    if (!state)
        return state.error();
    const BackupCatalogue catalogue(state->snapshot);
    auto plan = planRestore(state->snapshot, catalogue, backupId, scope);
    if (!plan)
        return plan.error();
    return executeRestore(*state->source, plan.value(), options);
}

Result<RestoreOutcome> exportRestored(const QString& statePath, const QString& backupId, const RestoreScope& scope,
                                      const QString& exportFolder, const RestoreOptions& options)
{
    auto state = openAndLoad(statePath);
    if (!state)
        return state.error();
    const Snapshot& current = state->snapshot;
    const QString root = stateRootOf(current.info);
    const QString target = QFileInfo(exportFolder).absoluteFilePath();
    if (target == root || target.startsWith(root + u'/'))
        return Error::validation(tr("the export folder must be outside the state folder"), target);
    if (QFileInfo::exists(target) && !QDir(target).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        return Error::validation(tr("the export folder is not empty"), target);
    if (!BackupCatalogue(current).find(backupId))
        return Error::notFound(tr("no backup '%1'").arg(backupId), root);
    report(options, 0, tr("copying the state to %1").arg(target));
    if (auto c = copyTree(root, target); !c)
        return c.error();
    const QString copiedPath = target + u'/' + QDir(root).relativeFilePath(QFileInfo(statePath).absoluteFilePath());
    RestoreOptions inner = options;
    inner.action = QStringLiteral("export");
    auto out = restoreBackup(QDir::cleanPath(copiedPath), backupId, scope, inner);
    if (!out)
        return out.error();
    JournalRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.action = QStringLiteral("export");
    r.status = QStringLiteral("ok");
    r.backupId = backupId;
    r.scope = scope.addresses;
    r.entries = out->entries;
    r.files = out->files;
    r.safetyId = out->safetyId;
    r.target = target;
    (void)appendJournal(root, r);
    return out;
}

} // namespace statelens::backup
