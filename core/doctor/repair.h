// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/finding.h"
#include "util/result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace statelens::doctor {

struct RepairOptions
{
    /// Called from the thread doing the work, before each fix.
    std::function<void(int percent, const QString& what)> progress;
};

/// One fix that repair() attempted.
struct RepairStep
{
    Finding finding;
    bool applied = false;
    QStringList backups; ///< the backups taken before anything changed (absolute paths)
    QStringList changedFiles; ///< absolute paths
    std::optional<Error>
        error; ///< why it was not applied (nothing of this step was changed, unless it says so)
};

struct RepairOutcome
{
    QList<RepairStep> steps;
    int applied() const;
    int failed() const;
};

/// Applies the safe fixes among `findings` (made by diagnose() for the same `path`): stale lock records
/// first, then temp files, damaged state files, metrics. Each fix checks that its finding still holds,
/// backs up every file it changes first, and writes through core/io/safewrite (the lock file, which is
/// never replaced, is emptied in place under its own lock). Findings without a safe fix are left alone.
/// One failing fix does not stop the others; each step says what happened.
RepairOutcome repair(const QString& path, const QList<Finding>& findings, const RepairOptions& options = {});

} // namespace statelens::doctor
