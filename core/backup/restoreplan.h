// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backuploader.h"
#include "io/filestamp.h"
#include "model/address.h"

#include <optional>

namespace statelens::backup {

class BackupCatalogue;

/// What to restore: everything the backup covers (no addresses), or the listed NAMESPACE, NAMESPACE/KEY,
/// "@tasks" and "@tasks/<id>" addresses (escaped as Address::toString() writes them).
struct RestoreScope
{
    QStringList addresses;

    bool everything() const { return addresses.isEmpty(); }
    bool includes(const diff::EntryDiff& entry) const;
};

/// One file a restore replaces, creates or removes, with its content before and after.
struct FileWrite
{
    QString path;
    std::optional<QByteArray> before; ///< unset: the file does not exist now
    std::optional<QByteArray> after;  ///< unset: the restore removes it
    FileStamp stamp;                  ///< of `before` as read while planning (conflict check)
    int mode = 0644;                  ///< for a file that is created again
    /// The file on disk is damaged (SourceInfo::damaged): `after` is the backup's whole file, and the
    /// damaged bytes are kept aside as "<path>.corrupt.<ms>" before it is replaced.
    bool damaged = false;
};

/// Everything a restore will do, computed in memory before anything is written.
struct RestorePlan
{
    QString root;
    Snapshot base;                    ///< the current state the plan was made against
    Backup backup;
    QStringList scope;                ///< RestoreScope::addresses (empty: everything)
    QList<diff::EntryDiff> entries;   ///< what changes: before = now, after = as in the backup
    QList<FileWrite> files;           ///< in the order they are written
    QList<Change> changes;            ///< database changes (rs-llmspell), applied through Source::apply
    QList<SafetyValue> valuesBefore;  ///< the database values `changes` replace, for the safety backup
    bool exact = false;               ///< a safety backup put back byte for byte

    bool isEmpty() const { return files.isEmpty() && changes.isEmpty(); }
    /// The files (relative to root) and "database" that the restore touches.
    QStringList touched() const;
};


/// Plans restoring `scope` of `backup` into `current`: key-level edits through json::Editor (every byte
/// outside the restored values stays as it is), whole task files, rs-llmspell rows as changes. Restoring
/// a StateLens safety backup in full puts its files back byte for byte. Fails, writing nothing, when a
/// file changed since `current` was read (Conflict) or a target cannot be planned. A file that is damaged
/// on disk (current.info.damaged) is compared as what it is (nothing), never with the fallback shown in
/// its place, and is replaced whole by the backup's copy of it, whatever the scope.
Result<RestorePlan> planRestore(const Snapshot& current, const LoadedBackup& backup, const RestoreScope& scope);

/// Looks `backupId` up in `catalogue`, loads it (refusing unusable backups with the reason) and plans.
Result<RestorePlan> planRestore(const Snapshot& current, const BackupCatalogue& catalogue, const QString& backupId,
                                const RestoreScope& scope);

} // namespace statelens::backup
