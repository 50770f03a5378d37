// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmspellsource.h"

#include "sources/safetybackups.h"

#include "llmspellkvreader.h"
#include "llmspellkvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace statelens {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::LlmSpellSource", s);
}

} // namespace

LlmSpellSource::LlmSpellSource(const QString& path)
    : Source(QFileInfo(path).absoluteFilePath())
{ }

LlmSpellSource::Paths LlmSpellSource::resolvePaths() const
{
    Paths p;
    const QFileInfo fi(m_path);
    if (fi.isFile()) {
        p.database = fi.absoluteFilePath();
        // data/llmspell.db: its backups sit beside data/.
        const QDir dir = fi.absoluteDir();
        if (dir.dirName() == u"data") {
            const QString backups
                = QDir(dir.absolutePath() + QLatin1String("/..")).absoluteFilePath(QStringLiteral("backups"));
            if (QFileInfo(backups).isDir())
                p.backups = QDir::cleanPath(backups);
        }
    } else if (fi.isDir()) {
        p.database = llmspell::findDatabase(m_path);
        p.backups = llmspell::findBackupsFolder(m_path);
    }
    return p;
}

Result<Snapshot> LlmSpellSource::load(const LoadContext& context) const
{
    if (!QFileInfo::exists(m_path))
        return Error::notFound(tr("no such file or folder"), m_path);
    if (context.cancelled())
        return Error { Error::Kind::Cancelled, tr("loading was cancelled"), m_path };
    const Paths paths = resolvePaths();
    if (paths.database.isEmpty() && paths.backups.isEmpty())
        return Error::notFound(tr("no rs-llmspell database (data/*.db) or backups folder found"), m_path);

    Snapshot s;
    s.info.kind = SourceKind::LlmSpell;
    s.info.path = m_path;
    QString why;
    s.info.detectedBy = looksLikeLlmSpell(m_path, &why) ? why : tr("opened as rs-llmspell");
    s.info.readOnly = true;

    std::optional<Error> dbError;
    if (!paths.database.isEmpty()) {
        context.report(0, tr("Reading %1").arg(QFileInfo(paths.database).fileName()));
        s.stamps.insert(paths.database, FileStamp::stat(paths.database));
        const QString wal = paths.database + QLatin1String("-wal");
        if (QFileInfo::exists(wal))
            s.stamps.insert(wal, FileStamp::stat(wal));
        auto kv = llmspell::readKvStore(paths.database, context);
        if (!kv) {
            if (kv.error().kind == Error::Kind::Cancelled)
                return kv.error();
            dbError = kv.error();
            s.problems.append(Problem::fromError(kv.error()));
        } else {
            s.namespaces = std::move(kv->namespaces);
            s.problems += kv->problems;
            s.info.version = kv->version;
            s.info.versionOrigin = kv->versionOrigin;
            s.info.note = kv->note;
            s.info.readOnly = kv->readOnly;
        }
    } else {
        s.info.note = tr("no database found; only the backups are shown (read-only)");
    }
    if (dbError && paths.backups.isEmpty())
        return *dbError;

    if (!paths.backups.isEmpty()) {
        llmspell::LlmSpellBackupSet set(paths.backups);
        auto backups = set.list(s.problems, s.stamps, context);
        if (!backups)
            return backups.error();
        s.backups = std::move(backups.value());
    }
    // StateLens's own safety backups of the database (restores) sit in the state root's .statelens/.
    s.backups.append(backup::scanSafetyBackups(backup::stateRootOf(s.info)));
    if (s.info.version.isEmpty() || s.info.version == u"none") {
        for (auto it = s.backups.crbegin(); it != s.backups.crend(); ++it) {
            if (!it->schemaVersion.isEmpty()) {
                s.info.version = it->schemaVersion;
                s.info.versionOrigin = tr("inferred: schema_version of backup %1").arg(it->id);
                break;
            }
        }
        if (s.info.version.isEmpty())
            s.info.version = QStringLiteral("none");
    }
    context.report(100, tr("Done"));
    return s;
}

Result<ApplyResult> LlmSpellSource::apply(const Snapshot& base, const QList<Change>& changes)
{
    const Paths paths = resolvePaths();
    if (base.info.readOnly || paths.database.isEmpty())
        return Error { Error::Kind::Unsupported,
            tr("this rs-llmspell state is read-only (no writable database; backups are never written)"),
            paths.database.isEmpty() ? m_path : paths.database };
    return llmspell::applyKvChanges(paths.database, base, changes);
}

Source::WatchPlan LlmSpellSource::watchPlan() const
{
    // The database by its data_version (a directory watch does not see writes into the -wal); the
    // backups folder by StateWatcher.
    const Paths paths = resolvePaths();
    if (paths.database.isEmpty() && paths.backups.isEmpty())
        return QFileInfo(m_path).isDir() ? WatchPlan { m_path, {}, {} } : WatchPlan { {}, {}, m_path };
    return { paths.backups, {}, paths.database };
}

} // namespace statelens
