// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/source.h"

#include <QStringList>

namespace statelens::cli {

/// Exit codes: 0 success, 1 an error about the data, 2 bad usage.
enum Exit { Ok = 0, DataError = 1, UsageError = 2 };

/// What every command gets: its positional arguments (after the command and PATH) and options.
struct Invocation
{
    QString command;
    QString path;
    QStringList args;
    bool json = false;
    QHash<QString, QString> options; ///< --name value / --flag ("1"); for a list option, its last value
    QHash<QString, QStringList> lists; ///< every value of the options that may repeat (--only, --migrations)
};

/// Parses the command line and runs the command.
int run(const QStringList& arguments);

using Opened = LoadedState;
/// Opens and loads the state at inv.path; on failure prints the error and sets *exitCode. A command that
/// reads or writes values only asks for SnapshotScope::Values (no tasks, backups or cross-checks).
std::optional<Opened> openAndLoad(const Invocation& inv, int* exitCode, SnapshotScope scope = SnapshotScope::Everything,
                                  const QList<Address>& focus = {});
/// The scope a command on `address` needs: Focus (that address alone), unless it names a task or report
/// (@tasks, @reports).
SnapshotScope scopeFor(const Address& address);

int cmdInfo(const Invocation& inv);
int cmdLs(const Invocation& inv);
int cmdGet(const Invocation& inv);
int cmdTasks(const Invocation& inv);
int cmdBackups(const Invocation& inv);
int cmdLogs(const Invocation& inv);
int cmdSet(const Invocation& inv);
int cmdRm(const Invocation& inv);
int cmdDiff(const Invocation& inv);
int cmdRestore(const Invocation& inv);
int cmdBackup(const Invocation& inv);
int cmdHistory(const Invocation& inv);
int cmdVersions(const Invocation& inv);
int cmdMigrate(const Invocation& inv);
int cmdRollback(const Invocation& inv);
int cmdWatch(const Invocation& inv);
int cmdDoctor(const Invocation& inv);

/// The hidden "__complete WORD... CURRENT" that the shell completion scripts call: prints the candidates
/// for CURRENT, one a line, or the single line ":files" when the shell should complete a file name.
int complete(const QStringList& words);

} // namespace statelens::cli
