// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace statelens::doctor {

/// What a lock sidecar (docs/FORMAT.md "Locking") says about its holder, and whether that is true.
struct LockInspection
{
    bool exists = false;
    QString record; ///< the holder record, trimmed ("statelens-cli pid 1234 since …"), empty when none
    qint64 pid = -1; ///< the pid in the record, -1 when it names none
    bool held = false; ///< somebody holds the flock right now
    bool pidAlive = false; ///< a process with `pid` exists on this machine

    /// The file claims a holder while the flock can be taken at once: the holder is gone without
    /// emptying its record (it crashed, or was killed). docs/DOCTOR.md.
    bool stale() const { return exists && !held && !record.isEmpty(); }
};

/// Reads `lockPath` and tries the flock without waiting (released at once). Never creates the file and
/// never changes its content.
LockInspection inspectLock(const QString& lockPath);

} // namespace statelens::doctor
