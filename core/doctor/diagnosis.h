// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/finding.h"
#include "util/result.h"

#include <QList>

namespace statelens::doctor {

/// Everything the doctor found in one state.
struct Diagnosis
{
    QString path; ///< what was opened (absolute)
    QString root; ///< the state's folder (where .statelens/ lives)
    SourceKind kind = SourceKind::Unknown;
    QList<Finding> findings;

    /// True when no finding is a warning or an error: notes alone leave a state healthy.
    bool healthy() const;
    int count(Problem::Severity severity) const;
    /// How many findings repair() would fix.
    int safeFixCount() const;
};

/// Examines the state at `path` (a folder or a file, as the window and the CLI open it) on disk: parses
/// its main state files again, checks every backup, the lock sidecars, temp files and the cross-checks
/// the source makes. Writes nothing. Fails only when `path` cannot be opened at all (the error names it).
Result<Diagnosis> diagnose(const QString& path);

/// A temp file changed less than this long ago may belong to a write in progress: its fix is not safe.
constexpr int tempFileQuietSeconds = 60;

} // namespace statelens::doctor
