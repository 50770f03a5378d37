// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcatalogue.h"

#include "backup/backuploader.h"
#include "backup/safetybackup.h"
#include "io/safewrite.h"
#include "sources/sourceutil.h"
#include "sources/statelayout.h"
#include "store/backupgenerations.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace statelens::backup {

BackupCatalogue::BackupCatalogue(const Snapshot& current) : m_root(stateRootOf(current.info)), m_backups(current.backups)
{
    std::stable_sort(m_backups.begin(), m_backups.end(), [](const Backup& a, const Backup& b) { return a.time > b.time; });
}

QList<Backup> scanSafetyBackups(const QString& root)
{
    QList<Backup> out;
    const QDir dir(layout::backupsDir(root));
    if (!dir.exists())
        return out;
    const auto items = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& fi : items) {
        Backup b;
        b.id = fi.fileName();
        b.path = fi.absoluteFilePath();
        b.kind = QStringLiteral("safety");
        b.time = fi.lastModified().toUTC();
        if (fi.isDir()) {
            auto m = readSafetyManifest(b.path);
            if (!m) {
                b.health = m.error().kind == Error::Kind::Parse ? Health::Unparsable : Health::Unreadable;
                b.reason = m.error().toString();
            } else {
                if (m->createdAt.isValid())
                    b.time = m->createdAt;
                b.entries = int(m->files.size() + m->values.size());
                for (const SafetyFile& f : std::as_const(m->files)) {
                    if (!f.existed)
                        continue;
                    b.size += f.size;
                    auto bytes = readSafetyFile(b.path, f);
                    if (!bytes) {
                        b.health = bytes.error().kind == Error::Kind::Validation ? Health::ChecksumMismatch : Health::Unreadable;
                        b.reason = bytes.error().toString();
                        break;
                    }
                }
                if (b.id.startsWith(QLatin1String("manual-")))
                    b.kind = QStringLiteral("manual");
            }
        } else {
            // A generation (the old bytes of one file, kept before a write): "<relative path with / as _>.<ms>.bak".
            // Anything else (a temp file of an interrupted write) is not a backup.
            qint64 ms = -1;
            if (!backups::parseGenerationName(b.id, nullptr, &ms))
                continue;
            b = jsonFileBackup(b.path, QStringLiteral("generation"), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                               [](const json::Document& d, Backup& r) { r.entries = d.isContainer(0) ? d.childCount(0) : 1; });
        }
        out.append(b);
    }
    return out;
}

const Backup* BackupCatalogue::find(const QString& idOrPath) const
{
    const QString abs = QFileInfo(idOrPath).absoluteFilePath();
    for (const Backup& b : m_backups)
        if (b.id == idOrPath || b.path == idOrPath || b.path == abs)
            return &b;
    return nullptr;
}

const Backup* BackupCatalogue::newestHealthy() const
{
    for (const Backup& b : m_backups)
        if (b.health == Health::Ok)
            return &b;
    return nullptr;
}

Result<QList<JournalRecord>> BackupCatalogue::journal() const
{
    return readJournal(m_root);
}

bool BackupCatalogue::isDeletable(const Backup& backup)
{
    return !backup.kind.startsWith(QLatin1String("llmspell")) && !backup.kind.startsWith(QLatin1String("langgraph"));
}

} // namespace statelens::backup
