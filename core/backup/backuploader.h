// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/coverage.h"
#include "diff/structuraldiff.h"
#include "io/safetybackup.h"
#include "model/snapshot.h"
#include "sources/safetybackups.h"
#include "util/result.h"

#include <optional>

namespace statelens::backup {

/// A backup read into the common model, as the state looked when it was taken.
struct LoadedBackup
{
    Backup backup;
    /// Namespaces, keys and tasks of the backup. namespaceFiles maps each namespace to the file it is
    /// restored into (the original, not the backup).
    Snapshot snapshot;
    Coverage coverage;
    /// Set for StateLens's own safety backups (their files can be put back byte for byte).
    std::optional<SafetyManifest> safety;
    QString safetyFolder;
};

/// Reads `backup` of the state `current` (which says what kind of tool wrote it and where it is):
/// state.backup.<ms>.json and pre-migration copies of state.json, StatefulObject and checkpoint .bak
/// files, StateLens safety backups, and rs-llmspell backups (chains applied). A backup that is not
/// usable (empty, unparsable with line:column, checksum mismatch, broken chain) is refused with the reason.
Result<LoadedBackup> loadBackup(const Snapshot& current, const Backup& backup);

/// The file a backup is a whole copy of (state.backup.<ms>.json and a state folder's pre-migration copies:
/// state.json; "<file>.bak" and "<file>.pre-migration.backup[.<epoch-ms>]": the file), or empty when it
/// is not one file's copy. `root` is the state's root folder (stateRootOf()).
QString wholeCopyTarget(const Backup& backup, const QString& root);

/// `current` as it is on disk: without the content that a fallback shows in a damaged file's place
/// (SourceInfo::damaged), which is not there to compare with.
Snapshot asOnDisk(const Snapshot& current);

/// What restoring `backup` would change in `current`: the differences from the current state as it is on
/// disk (before; see asOnDisk()) to the backup (after), looking only at what the backup covers.
diff::DiffResult compareWithCurrent(const Snapshot& current, const LoadedBackup& backup);

} // namespace statelens::backup
