// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QString>

namespace statelens::doctor {

/// What the doctor found. Each kind has a stable machine id (findingId()) that scripts may rely on.
enum class FindingKind {
    DamagedState, ///< "damaged-state": a main state file is empty, truncated or not JSON
    OrphanTempFile, ///< "orphan-temp-file": a temp file left by an interrupted atomic write
    StaleLock, ///< "stale-lock": a lock file names a holder, but nobody holds the lock
    BrokenBackupChain, ///< "broken-backup-chain": an incremental backup whose parent is missing
    EmptyBackup, ///< "empty-backup": a 0-byte backup
    UnparsableBackup, ///< "unparsable-backup": a backup that does not parse
    BackupChecksumMismatch, ///< "backup-checksum-mismatch": a backup whose bytes differ from its checksum
    UnreadableBackup, ///< "unreadable-backup": a backup that cannot be read
    MetricsMismatch, ///< "metrics-mismatch": stored metrics differ from what tasks/ gives
    TaskSnapshotMismatch ///< "task-snapshot-mismatch": tasks/ and the state.json snapshot differ
};

/// What a fix does. Only fixes marked safe are ever applied (by repair()).
enum class FixKind {
    None, ///< "none": advice only
    RestoreBackup, ///< "restore-backup": restore Finding::backupId over the damaged file
    MoveTempFile, ///< "move-temp-file": move the temp file into .statelens/backups/
    ClearLockRecord, ///< "clear-lock-record": empty the lock file of its stale holder record
    RecomputeMetrics, ///< "recompute-metrics": rewrite only the metrics members that differ
    RemoveTempFile ///< "remove-temp-file": remove a temp file of StateLens's own whose writer (pid) is gone
};

/// The stable machine id of a finding kind ("damaged-state", "stale-lock", …).
QString findingId(FindingKind kind);
/// The stable machine id of a fix kind ("none", "restore-backup", …).
QString fixKindId(FixKind kind);
/// "info", "warning" or "error".
QString severityId(Problem::Severity severity);

/// One problem with a state, what it means, and what the doctor proposes.
struct Finding
{
    FindingKind kind = FindingKind::DamagedState;
    Problem::Severity severity = Problem::Severity::Warning;
    QString file; ///< absolute path of the file it concerns
    int line = 0; ///< 1-based, 0 when it does not apply
    int column = 0; ///< 1-based, 0 when it does not apply
    QString summary; ///< what was found, one line (translated)
    QString meaning; ///< what it means for the state and its tool (translated)
    QString fixText; ///< the proposed fix, or advice when there is nothing to apply (translated)
    FixKind fix = FixKind::None;
    bool safe = false; ///< the fix can be applied without a decision from a person (it always backs up first)
    QString backupId; ///< RestoreBackup: the backup to restore

    QString id() const { return findingId(kind); }
    /// "file:line:column", the parts that are known.
    QString location() const;
};

} // namespace statelens::doctor
