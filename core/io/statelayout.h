// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace statelens {

/// Names inside a state folder of the documented format (docs/FORMAT.md), which coding-agent shares.
namespace layout {
inline QString stateFile(const QString& root) { return root + QStringLiteral("/state.json"); }
inline QString tasksDir(const QString& root) { return root + QStringLiteral("/tasks"); }
inline QString logsDir(const QString& root) { return root + QStringLiteral("/logs"); }
inline QString reportsDir(const QString& root) { return root + QStringLiteral("/reports"); }
inline QString sessionsDir(const QString& root) { return root + QStringLiteral("/sessions"); }
inline QString lockFile(const QString& root) { return root + QStringLiteral("/state.lock"); }
inline QString statelensDir(const QString& root) { return root + QStringLiteral("/.statelens"); }
/// StateLens's own backups of the state at `root` (generations, safety and manual backups); the one
/// place that spells ".statelens/backups". Every source uses it, not only state folders.
inline QString backupsDir(const QString& root) { return statelensDir(root) + QStringLiteral("/backups"); }
inline QString preMigrationBackup(const QString& root) { return root + QStringLiteral("/state.pre-migration.backup.json"); }
QString migrationLog(const QString& root, const QString& from, const QString& to);

/// The pseudo-namespaces that address task and report files ("@tasks/<id>/status").
inline QString tasksNamespace() { return QStringLiteral("@tasks"); }
inline QString reportsNamespace() { return QStringLiteral("@reports"); }

/// The text of a new, empty state.json of the documented format.
QByteArray emptyStateJson();

/// Checks a namespace name against ^[A-Za-z0-9_]+$.
Result<void> validateNamespace(const QString& ns);
/// Keys are 1..255 characters.
Result<void> validateKey(const QString& key);
/// Sanitizes a task id for use as a file name: refuses ids with NUL, / or \, strips : * ? " < > | (as the
/// document says) and refuses ids that are empty afterwards, "." or contain "..".
Result<QString> sanitizeTaskId(const QString& id);
} // namespace layout

} // namespace statelens
