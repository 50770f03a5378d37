// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/restorejournal.h"
#include "model/snapshot.h"
#include "sources/safetybackups.h"
#include "util/result.h"

namespace statelens::backup {

/// Every backup of one state, newest first, as its source listed them (state.backup.<ms>.json,
/// pre-migration copies, .bak files, rs-llmspell backups with their checks, StateLens's own backups).
/// Also exposes the restore journal.
class BackupCatalogue final
{
public:
    BackupCatalogue() = default;
    /// The backups of the state `current` was loaded from.
    explicit BackupCatalogue(const Snapshot& current);

    const QString& root() const { return m_root; }
    /// Newest first; unusable ones included, with health and reason.
    const QList<Backup>& backups() const { return m_backups; }
    /// The backup with this id (or path), or nullptr.
    const Backup* find(const QString& idOrPath) const;
    /// The newest backup whose health is Ok, or nullptr.
    const Backup* newestHealthy() const;
    /// The restore journal of this state, oldest first (empty when there is none).
    Result<QList<JournalRecord>> journal() const;

    /// True for backups StateLens may delete (not rs-llmspell's or LangGraph's checkpoints, which belong to the tool).
    static bool isDeletable(const Backup& backup);

private:
    QString m_root;
    QList<Backup> m_backups;
};

} // namespace statelens::backup
