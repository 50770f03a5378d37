// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

namespace statelens::backup {

/// The folder a state lives in: the opened folder, the folder of an opened file, or for rs-llmspell's
/// data/<name>.db the folder holding data/. StateLens's safety backups and journal go below it.
QString stateRootOf(const SourceInfo& info);

/// StateLens's own backups in `<root>/.statelens/backups/` (safety and manual folders checked against their
/// manifests, single-file safety copies parsed), with health. Every source adds these to Snapshot::backups,
/// so the CLI, the Backups view and the wizard list the same backups.
QList<Backup> scanSafetyBackups(const QString& root);

/// The policy before StateLens overwrites files that changed on disk since they were read ("keep my
/// changes"): each of `files` that exists is copied into the state's backups first (backups::safety). Returns
/// the copies; on an error nothing may be overwritten, and the error names the file.
Result<QStringList> backUpBeforeOverwrite(const SourceInfo& info, const QStringList& files);

} // namespace statelens::backup
