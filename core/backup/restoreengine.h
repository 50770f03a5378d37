// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/restoreplan.h"
#include "sources/source.h"

#include <functional>

namespace statelens::backup {

struct RestoreOptions
{
    /// "restore", or "undo" when the backup is the safety backup of an earlier restore (for the journal).
    QString action = QStringLiteral("restore");
    /// Called from the thread doing the work.
    std::function<void(int percent, const QString& what)> progress;
    /// Called right before file `index` of the plan is written (tests use it to make a write fail).
    std::function<void(int index, const QString& file)> beforeWrite;
    /// Called after everything was written, right before it is read back (tests play another writer).
    std::function<void()> beforeVerify;
};

struct RestoreOutcome
{
    int entries = 0;       ///< entries restored (keys, tasks)
    QString backupId;
    QString safetyId;      ///< the safety backup taken first (empty when nothing had to change)
    QStringList files;     ///< touched, relative to the state root ("database" for rs-llmspell)
    QString root;          ///< the state that was changed (the export folder for an export)
    QStringList keptAside; ///< damaged files' bytes, kept as "<file>.corrupt.<ms>" before they were replaced
};

/// Carries out `plan` on `source` (which must be the state the plan was made for): checks that no file
/// changed since planning, takes a safety backup of everything it will replace (in
/// `.statelens/backups/safety-<ms>/`), keeps a damaged file's bytes aside ("<file>.corrupt.<ms>"), writes
/// each file atomically, applies database changes through Source::apply, then reads everything back and
/// compares it with what it meant to write; only then does it succeed and append to the restore journal.
/// If a write fails, the files already replaced are put back from the safety backup, so the state is as it
/// was; the error says so. If the read-back differs (another program wrote meanwhile), the error says
/// which file, and the safety backup holds what was there before.
Result<RestoreOutcome> executeRestore(Source& source, const RestorePlan& plan, const RestoreOptions& options = {});

/// Opens and loads `statePath`, then plans and executes restoring `scope` of `backupId`.
Result<RestoreOutcome> restoreBackup(const QString& statePath, const QString& backupId, const RestoreScope& scope = {},
                                     const RestoreOptions& options = {});

/// Like restoreBackup(), but into a copy: the state's folder is copied to `exportFolder` (which must be
/// missing or empty) and the restore happens there. The original is not changed; its journal records
/// the export.
Result<RestoreOutcome> exportRestored(const QString& statePath, const QString& backupId, const RestoreScope& scope,
                                      const QString& exportFolder, const RestoreOptions& options = {});

} // namespace statelens::backup
