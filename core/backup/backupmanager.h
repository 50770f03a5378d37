// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/safetybackup.h"
#include "model/snapshot.h"

namespace statelens::backup {

class BackupCatalogue;

/// Makes a backup of the whole state now, as a StateLens backup in `.statelens/backups/manual-<ms>/`
/// (never as state.backup.*.json, which would count against the tool's own rotation of ten). Files of the
/// state (state.json, tasks/, the JSON files of the other sources) are copied byte for byte; rs-llmspell
/// rows are saved by value.
Result<SafetyManifest> createBackup(const Snapshot& current);

/// Removes one backup (its file, its .bak, or its safety folder). rs-llmspell's own backups are refused:
/// they belong to the tool and other backups may chain on them.
Result<QStringList> deleteBackup(const BackupCatalogue& catalogue, const QString& id);

/// Which backups pruning would remove: per kind (state.backup, safety, manual), and for generations per
/// file, everything past the newest `keep`, and (maxAgeDays > 0) everything older than that many days
/// before `now`. The oldest generation of each file (its bytes before StateLens first changed it) is kept
/// unless `includeOriginals`. .bak, pre-migration and rs-llmspell backups are never pruned.
QList<Backup> planPrune(const BackupCatalogue& catalogue, int keep, int maxAgeDays, const QDateTime& now,
                        bool includeOriginals = false);

/// Removes the backups planPrune() chose; returns the paths removed.
Result<QStringList> prune(const BackupCatalogue& catalogue, const QList<Backup>& plan);

} // namespace statelens::backup
