// SPDX-License-Identifier: GPL-3.0-or-later
// Migrator: applying a migration and rolling it back. Everything is computed before the first write.
#include "migrator.h"

#include "io/filelock.h"
#include "io/jsonfilewriter.h"
#include "io/safewrite.h"
#include "io/statelayout.h"
#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace statelens::migrate {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::migrate::Migrator", s);
}

/// The file's permission bits as a Unix mode (for a backup that is as private as the original).
int unixMode(const QString& path)
{
    const QFile::Permissions p = QFile::permissions(path);
    int mode = 0;
    const std::pair<QFile::Permission, int> bits[] = {
        { QFile::ReadOwner, 0400 },
        { QFile::WriteOwner, 0200 },
        { QFile::ExeOwner, 0100 },
        { QFile::ReadGroup, 040 },
        { QFile::WriteGroup, 020 },
        { QFile::ExeGroup, 010 },
        { QFile::ReadOther, 04 },
        { QFile::WriteOther, 02 },
        { QFile::ExeOther, 01 },
    };
    for (const auto& [perm, bit] : bits)
        if (p.testFlag(perm))
            mode |= bit;
    return mode ? mode : 0600;
}

Result<FileLock> lockFor(const Subject& subject, int timeoutMs)
{
    if (subject.family != Family::StateFolder)
        return FileLock();
    return FileLock::acquire(layout::lockFile(subject.root), timeoutMs);
}

QString folderOf(const Subject& subject)
{
    return QFileInfo(subject.root).isDir() ? subject.root : QFileInfo(subject.file).absolutePath();
}
} // namespace

Result<Outcome> Migrator::apply(const QString& target, const Progress& progress)
{
    auto report = [&](int percent, const QString& what) {
        if (progress)
            progress(percent, what);
    };
    Outcome outcome;
    outcome.from = m_subject.version;
    outcome.to = normalizeVersion(target);
    if (outcome.to == m_subject.version) {
        outcome.noop = true;
        report(100, tr("already at version %1; nothing to do").arg(outcome.to));
        return outcome;
    }
    report(5, tr("reading %1").arg(QFileInfo(m_subject.file).fileName()));
    const QString file = m_subject.file;
    auto text = readFile(file);
    if (!text)
        return text.error();
    const QByteArray original = text.value();
    const FileStamp stamp = FileStamp::ofContent(file, original);
    QHash<QString, FileStamp> taskStamps;
    report(15, tr("computing %1 → %2").arg(outcome.from, outcome.to));
    auto computed = compute(target, original, &taskStamps);
    if (!computed)
        return computed.error();
    const Preview& preview = computed.value();
    outcome.steps = preview.steps;

    // Computed without a lock, so that a failing step leaves not even a lock file behind. Under the lock,
    // the files must still be what was read.
    auto lock = lockFor(m_subject, m_options.lockTimeoutMs);
    if (!lock)
        return lock.error();
    if (auto r = checkUnchanged(file, stamp); !r)
        return r.error();
    for (auto it = taskStamps.cbegin(); it != taskStamps.cend(); ++it)
        if (preview.newTaskTexts.contains(it.key()))
            if (auto r = checkUnchanged(it.key(), it.value()); !r)
                return r.error();

    // StateLens's own generation first: the pre-migration backup is replaced by the next migration.
    if (auto g = backups::safety(folderOf(m_subject), file); !g)
        return g.error();
    report(35, tr("writing the pre-migration backup"));
    outcome.backup = m_subject.preMigrationBackup();
    if (QFileInfo::exists(outcome.backup)) {
        qint64 ms = QFileInfo(outcome.backup).lastModified().toMSecsSinceEpoch();
        while (QFileInfo::exists(m_subject.keptPreMigrationBackup(ms)))
            ++ms;
        outcome.keptBackup = m_subject.keptPreMigrationBackup(ms);
        if (auto c = copyFileAtomically(outcome.backup, outcome.keptBackup); !c)
            return c.error();
    }
    WriteOptions backupOptions;
    backupOptions.mode = unixMode(file);
    if (auto w = writeFileAtomically(outcome.backup, original, backupOptions); !w)
        return w.error();

    report(55, tr("writing %1").arg(QFileInfo(file).fileName()));
    WriteOptions options;
    options.expected = stamp;
    options.confineTo = folderOf(m_subject);
    if (auto w = writeFileAtomically(file, preview.newText, options); !w)
        return w.error();
    outcome.filesWritten.append(file);

    // Task files: each backed up first; on a failure the files already written get their old bytes back.
    QHash<QString, QByteArray> written;
    for (auto it = preview.newTaskTexts.cbegin(); it != preview.newTaskTexts.cend(); ++it) {
        auto before = readFile(it.key());
        auto backup = before ? backups::safety(folderOf(m_subject), it.key()) : Result<QString>(before.error());
        WriteOptions taskOptions;
        taskOptions.expected = taskStamps.value(it.key());
        taskOptions.confineTo = folderOf(m_subject);
        auto w = backup ? writeFileAtomically(it.key(), it.value(), taskOptions)
                        : Result<FileStamp>(backup.error());
        if (!w) {
            (void)writeFileAtomically(file, original);
            for (auto done = written.cbegin(); done != written.cend(); ++done)
                (void)writeFileAtomically(done.key(), done.value());
            Error e = w.error();
            e.message = tr("%1; the files written so far were put back").arg(e.message);
            return e;
        }
        written.insert(it.key(), before.value());
        outcome.taskBackups.append(backup.value());
        outcome.filesWritten.append(it.key());
    }

    report(85, tr("writing the migration log"));
    outcome.log = m_subject.logFile(outcome.from, outcome.to);
    QByteArray log;
    if (QFileInfo::exists(outcome.log)) { // a log of an earlier run with the same versions is kept above
        if (auto old = readFile(outcome.log); old)
            log = old.value();
    }
    outcome.logText = logText(preview, outcome);
    log += outcome.logText.toUtf8();
    WriteOptions logOptions; // old and new values: as private as the state they come from
    logOptions.mode = unixMode(file);
    if (auto w = writeFileAtomically(outcome.log, log, logOptions); !w)
        return Error { w.error().kind,
            tr("the state was migrated, but the log could not be written: %1").arg(w.error().message),
            outcome.log };
    report(100, tr("migrated to version %1").arg(outcome.to));
    return outcome;
}

Result<RollbackOutcome> Migrator::rollbackPreview() const
{
    RollbackOutcome r;
    r.file = m_subject.file;
    r.restoredFrom = m_subject.preMigrationBackup();
    if (!QFileInfo::exists(r.restoredFrom))
        return Error::notFound(
            tr("there is no pre-migration backup to restore (nothing was migrated here, or it was removed)"),
            r.restoredFrom);
    auto backup = readFile(r.restoredFrom);
    if (!backup)
        return backup.error();
    if (backup->isEmpty())
        return Error::validation(
            tr("the pre-migration backup is empty; it cannot be restored"), r.restoredFrom);
    auto parsed = json::JsonValue::parse(backup.value(), r.restoredFrom);
    if (!parsed)
        return Error { Error::Kind::Validation,
            tr("the pre-migration backup does not parse, so it is not restored: %1")
                .arg(parsed.error().message),
            r.restoredFrom, parsed.error().line, parsed.error().column };
    auto current = readFile(r.file);
    if (current && current.value() == backup.value()) {
        r.unchanged = true;
        return r;
    }
    if (current) {
        if (auto now = json::JsonValue::parse(current.value(), r.file); now)
            r.changes = diff::diffValues(now.value(), parsed.value());
    }
    return r;
}

Result<RollbackOutcome> Migrator::rollback()
{
    auto preview = rollbackPreview();
    if (!preview || preview->unchanged)
        return preview;
    auto lock = lockFor(m_subject, m_options.lockTimeoutMs);
    if (!lock)
        return lock.error();
    RollbackOutcome r = preview.value();
    auto backup = readFile(r.restoredFrom);
    if (!backup)
        return backup.error();
    auto current = readFile(r.file);
    if (!current)
        return current.error();
    const FileStamp stamp = FileStamp::ofContent(r.file, current.value());
    // The migrated state is kept too: a rollback is an overwrite like any other.
    auto generation = backups::safety(folderOf(m_subject), r.file);
    if (!generation)
        return generation.error();
    auto safety = m_subject.family == Family::StateFolder ? backups::timestamped(r.file) : generation;
    if (!safety)
        return safety.error();
    r.safetyCopy = safety.value();
    WriteOptions options;
    options.expected = stamp;
    options.confineTo = folderOf(m_subject);
    if (auto w = writeFileAtomically(r.file, backup.value(), options); !w)
        return w.error();
    return r;
}

} // namespace statelens::migrate
