// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcatalogue.h"

#include "backup/backuploader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace statelens::backup {

BackupCatalogue::BackupCatalogue(const Snapshot& current) : m_root(stateRootOf(current.info)), m_backups(current.backups)
{
    std::stable_sort(m_backups.begin(), m_backups.end(), [](const Backup& a, const Backup& b) { return a.time > b.time; });
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
