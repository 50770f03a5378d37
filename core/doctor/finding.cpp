// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

namespace statelens::doctor {

QString findingId(FindingKind kind)
{
    switch (kind) {
    case FindingKind::DamagedState:
        return QStringLiteral("damaged-state");
    case FindingKind::OrphanTempFile:
        return QStringLiteral("orphan-temp-file");
    case FindingKind::StaleLock:
        return QStringLiteral("stale-lock");
    case FindingKind::BrokenBackupChain:
        return QStringLiteral("broken-backup-chain");
    case FindingKind::EmptyBackup:
        return QStringLiteral("empty-backup");
    case FindingKind::UnparsableBackup:
        return QStringLiteral("unparsable-backup");
    case FindingKind::BackupChecksumMismatch:
        return QStringLiteral("backup-checksum-mismatch");
    case FindingKind::UnreadableBackup:
        return QStringLiteral("unreadable-backup");
    case FindingKind::MetricsMismatch:
        return QStringLiteral("metrics-mismatch");
    case FindingKind::TaskSnapshotMismatch:
        return QStringLiteral("task-snapshot-mismatch");
    }
    return {};
}

QString fixKindId(FixKind kind)
{
    switch (kind) {
    case FixKind::None:
        return QStringLiteral("none");
    case FixKind::RestoreBackup:
        return QStringLiteral("restore-backup");
    case FixKind::MoveTempFile:
        return QStringLiteral("move-temp-file");
    case FixKind::ClearLockRecord:
        return QStringLiteral("clear-lock-record");
    case FixKind::RecomputeMetrics:
        return QStringLiteral("recompute-metrics");
    case FixKind::RemoveTempFile:
        return QStringLiteral("remove-temp-file");
    }
    return {};
}

QString severityId(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Info:
        return QStringLiteral("info");
    case Problem::Severity::Warning:
        return QStringLiteral("warning");
    case Problem::Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString Finding::location() const
{
    QString out = file;
    if (line > 0) {
        out += QStringLiteral(":%1").arg(line);
        if (column > 0)
            out += QStringLiteral(":%1").arg(column);
    }
    return out;
}

} // namespace statelens::doctor
