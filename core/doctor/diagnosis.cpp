// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis.h"

#include "backup/backupcatalogue.h"
#include "doctor/lockinspection.h"
#include "io/safewrite.h"
#include "io/statelayout.h"
#include "sources/source.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace statelens::doctor {

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("statelens::doctor", s, disambiguation, n);
}

/// The newest healthy backup that is a copy of `file` (the tool's own backups of it).
const Backup* healthyBackupOf(
    const backup::BackupCatalogue& catalogue, const QString& file, const QString& root)
{
    const bool isStateJson = file == layout::stateFile(root);
    for (const Backup& b : catalogue.backups()) {
        if (b.health != Health::Ok)
            continue;
        if ((isStateJson && b.kind == QLatin1String("state-backup"))
            || (b.kind == QLatin1String("bak") && b.path == file + QStringLiteral(".bak")))
            return &b;
    }
    return nullptr;
}

/// A main state file the load found damaged (SourceInfo::damaged: read and parsed once, by the source).
void checkMainFile(const DamagedFile& d, const QString& root, const backup::BackupCatalogue& catalogue,
    QList<Finding>& out, QSet<QString>& damaged)
{
    Finding f;
    f.kind = FindingKind::DamagedState;
    f.severity = Problem::Severity::Error;
    const QString file = d.path;
    f.file = file;
    const QString name = QFileInfo(file).fileName();
    switch (d.damage) {
    case DamagedFile::Damage::Unreadable:
        f.summary = tr("%1 cannot be read: %2").arg(name, d.error.message);
        break;
    case DamagedFile::Damage::Empty:
        f.line = 1;
        f.column = 1;
        f.summary = tr("%1 is empty (0 bytes)").arg(name);
        break;
    case DamagedFile::Damage::NotAnObject:
        f.line = 1;
        f.column = 1;
        f.summary = tr("%1 is JSON but not an object").arg(name);
        break;
    case DamagedFile::Damage::Truncated:
    case DamagedFile::Damage::Invalid:
        f.line = d.error.line;
        f.column = d.error.column;
        f.summary = tr("%1 does not parse: %2").arg(name, d.error.message);
        break;
    }
    damaged.insert(file);
    f.meaning = tr("The tool cannot load this file: depending on the tool it stops, or starts from an empty "
                   "state and overwrites the file at its next save, losing what the file held.");
    if (const Backup* b = healthyBackupOf(catalogue, file, root)) {
        f.fix = FixKind::RestoreBackup;
        f.safe = true;
        f.backupId = b->id;
        f.fixText = tr("Restore the newest healthy backup, %1 (%2), over it; the damaged file is copied into "
                       ".statelens/backups/ first.")
                        .arg(b->id, b->time.isValid() ? b->time.toString(Qt::ISODate) : tr("time unknown"));
    } else {
        f.fixText = tr("There is no healthy backup of this file. Repair it by hand at the position shown, or "
                       "move it aside so that the tool starts from an empty state.");
    }
    out.append(f);
}

void checkBackups(const backup::BackupCatalogue& catalogue, QList<Finding>& out)
{
    for (const Backup& b : catalogue.backups()) {
        if (b.health == Health::Ok)
            continue;
        Finding f;
        f.file = b.path;
        f.severity = Problem::Severity::Warning;
        f.summary = tr("backup %1: %2").arg(b.id, b.reason.isEmpty() ? healthName(b.health) : b.reason);
        const bool deletable = backup::BackupCatalogue::isDeletable(b);
        const QString removeAdvice = deletable
            ? tr("Nothing can be restored from it; delete it when you no longer want it as evidence "
                 "(statelens-cli backup delete PATH %1 --yes).")
                  .arg(b.id)
            : tr("Nothing can be restored from it. It belongs to the tool, so StateLens leaves it where it "
                 "is.");
        switch (b.health) {
        case Health::Empty:
            f.kind = FindingKind::EmptyBackup;
            f.meaning = tr("The backup holds 0 bytes: it was copied while the file was being rewritten.");
            f.fixText = removeAdvice;
            break;
        case Health::Unparsable:
            f.kind = FindingKind::UnparsableBackup;
            f.meaning
                = tr("The backup is not valid JSON (or not in the tool's format): it cannot be restored.");
            f.fixText = removeAdvice;
            break;
        case Health::ChecksumMismatch:
            f.kind = FindingKind::BackupChecksumMismatch;
            f.meaning
                = tr("The backup's bytes differ from the checksum recorded when it was made: it was damaged "
                     "or changed afterwards, and what it would restore cannot be trusted.");
            f.fixText = tr("Do not restore it. Restore an older healthy backup if you need one.");
            break;
        case Health::BrokenChain:
            f.kind = FindingKind::BrokenBackupChain;
            f.meaning = tr(
                "This incremental backup only holds changes; restoring it needs every backup it builds on, "
                "and one of them is missing or unusable.");
            f.fixText = tr(
                "Put the missing parent backup (its .backup and .meta files) back from a copy, or restore "
                "a full backup instead. StateLens cannot rebuild a chain.");
            break;
        case Health::Unreadable:
            f.kind = FindingKind::UnreadableBackup;
            f.meaning = tr("The backup cannot be read (permissions, or a disk error).");
            f.fixText = tr("Check the file's permissions and the disk.");
            break;
        case Health::Ok:
            break;
        }
        // StateLens's own single-file copies keep whatever was there, damaged files and temp files
        // included (evidence): that they do not parse is expected, not a risk to the state.
        const bool ownCopy = b.kind == QLatin1String("generation") || b.kind == QLatin1String("safety");
        const bool evidenceCopy = ownCopy && QFileInfo(b.path).isFile()
            && (b.health == Health::Empty || b.health == Health::Unparsable);
        if (evidenceCopy) {
            f.severity = Problem::Severity::Info;
            f.meaning = tr(
                "A copy StateLens made before changing or moving a file; it holds that file exactly as it "
                "was, even if that was damaged or partial.");
        }
        out.append(f);
    }
}

void checkLocks(const QString& root, QList<Finding>& out)
{
    // .statelens/lock: the lock that earlier versions took in a coding-agent folder; one may be left over.
    for (const QString& lock :
        { layout::lockFile(root), layout::statelensDir(root) + QStringLiteral("/lock") }) {
        const LockInspection l = inspectLock(lock);
        if (!l.stale())
            continue;
        Finding f;
        f.kind = FindingKind::StaleLock;
        f.severity = Problem::Severity::Warning;
        f.file = lock;
        f.summary = tr("the lock file names a holder that does not hold it: %1").arg(l.record);
        f.meaning = l.pid > 0 && !l.pidAlive
            ? tr(
                "Process %1 took the lock and ended without releasing it cleanly (it crashed or was killed). "
                "Writers are not blocked, but the record misleads anyone who reads it.")
                  .arg(l.pid)
            : tr("Nobody holds the lock, yet the file claims a holder (left by a crash or an older version). "
                 "Writers are not blocked, but the record misleads anyone who reads it.");
        f.fix = FixKind::ClearLockRecord;
        f.safe = true;
        f.fixText = tr(
            "Empty the lock file while holding the lock (it is never removed or replaced); its record is "
            "copied into .statelens/backups/ first.");
        out.append(f);
    }
}

void checkProblems(const Snapshot& s, const QString& root, const QSet<QString>& damaged, QList<Finding>& out)
{
    // Cross-check problems of a damaged state.json were made against the fallback, not the file: skip them.
    QHash<QString, QStringList> metrics, tasks;
    QHash<QString, Problem::Severity> taskSeverity;
    const QString stateFile = layout::stateFile(root);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Problem& p : s.problems) {
        switch (p.code) {
        case Problem::Code::TempFile: {
            const QFileInfo fi(p.file);
            if (!fi.exists())
                break;
            const bool quiet = now - fi.lastModified().toSecsSinceEpoch() >= tempFileQuietSeconds;
            Finding f;
            f.kind = FindingKind::OrphanTempFile;
            f.severity = Problem::Severity::Warning;
            f.file = p.file;
            f.summary = p.message;
            f.meaning = tr(
                "A writer wrote this file and meant to rename it over its target, but stopped before the "
                "rename. It may hold a newer (possibly incomplete) version of the target.");
            f.fix = FixKind::MoveTempFile;
            f.safe = quiet;
            for (const StaleTemp& t : staleTemps(fi.absolutePath()))
                if (t.path == fi.absoluteFilePath()) {
                    // StateLens's own, and the pid in its name is gone: never renamed, never will be.
                    f.fix = FixKind::RemoveTempFile;
                    f.safe = true;
                    f.fixText = tr("StateLens wrote it (process %1, which is gone) and never renamed it over "
                                   "its target, which still holds the version before that save: remove it.")
                                    .arg(t.pid);
                }
            if (f.fix == FixKind::RemoveTempFile) {
                out.append(f);
                break;
            }
            f.fixText = quiet
                ? tr("Move it into .statelens/backups/ (kept there, not deleted), where you can still "
                     "compare it with the target.")
                : tr("It changed less than a minute ago: a write may still be in progress. Check again "
                     "in a minute; then it can be moved into .statelens/backups/.");
            out.append(f);
            break;
        }
        case Problem::Code::MetricsMismatch:
            if (!damaged.contains(p.file))
                metrics[p.file].append(p.message);
            break;
        case Problem::Code::TaskSnapshotMismatch:
            if (!damaged.contains(stateFile)) {
                tasks[stateFile].append(p.message);
                taskSeverity[stateFile]
                    = qMax(taskSeverity.value(stateFile, Problem::Severity::Info), p.severity);
            }
            break;
        case Problem::Code::General:
        case Problem::Code::NotRegularFile:
        case Problem::Code::LinkOutside:
        case Problem::Code::DuplicateKey:
            break;
        }
    }
    const bool documented = s.info.kind == SourceKind::Documented;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it) {
        Finding f;
        f.kind = FindingKind::MetricsMismatch;
        f.file = it.key();
        f.summary = it.value().join(QStringLiteral("; "));
        if (documented) {
            f.severity = Problem::Severity::Warning;
            f.meaning = tr(
                "The metrics in state.json are derived from tasks/ and should always agree with it; the file "
                "was edited by hand or a save was interrupted.");
            f.fix = FixKind::RecomputeMetrics;
            f.safe = true;
            f.fixText = tr(
                "Recompute the metrics from tasks/ and rewrite only the members that differ (every other "
                "byte stays); state.json is backed up first.");
        } else {
            f.severity = Problem::Severity::Info;
            f.meaning = tr(
                "The coding-agent server saves concurrently, so its metrics snapshot often lags behind "
                "tasks/; the server recomputes them at its next save and reads only tasks/ at start-up.");
            f.fixText = tr("Nothing to do: the file belongs to the tool, which rewrites it.");
        }
        out.append(f);
    }
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it) {
        Finding f;
        f.kind = FindingKind::TaskSnapshotMismatch;
        f.severity = taskSeverity.value(it.key());
        f.file = it.key();
        f.summary = tr("%n task(s) differ between tasks/ and the state.json snapshot: %1", nullptr,
            int(it.value().size()))
                        .arg(it.value().mid(0, 3).join(QStringLiteral("; ")));
        f.meaning
            = tr("tasks/ is what the tool reads at start-up; the task list in state.json is a snapshot that "
                 "the tool rewrites at its next save.");
        f.fixText = tr("Nothing to apply. If a task file was deleted by mistake, restore it from a backup.");
        out.append(f);
    }
}
} // namespace

bool Diagnosis::healthy() const
{
    return count(Problem::Severity::Warning) == 0 && count(Problem::Severity::Error) == 0;
}

int Diagnosis::count(Problem::Severity severity) const
{
    return int(std::count_if(
        findings.cbegin(), findings.cend(), [&](const Finding& f) { return f.severity == severity; }));
}

int Diagnosis::safeFixCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
        [](const Finding& f) { return f.safe && f.fix != FixKind::None; }));
}

Result<Diagnosis> diagnose(const QString& path)
{
    auto loaded = openAndLoad(path);
    if (!loaded)
        return loaded.error();
    const Snapshot& s = loaded->snapshot;
    const backup::BackupCatalogue catalogue(s);
    Diagnosis d;
    d.path = s.info.path;
    d.root = catalogue.root();
    d.kind = s.info.kind;
    QSet<QString> damaged;
    for (const DamagedFile& file : s.info.damaged)
        checkMainFile(file, d.root, catalogue, d.findings, damaged);
    checkLocks(d.root, d.findings);
    checkProblems(s, d.root, damaged, d.findings);
    checkBackups(catalogue, d.findings);
    std::stable_sort(d.findings.begin(), d.findings.end(),
        [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    return d;
}

} // namespace statelens::doctor
