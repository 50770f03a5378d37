// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"

#include <QList>
#include <QString>

namespace statelens::cli {

/// What an operand of a command is, so that help and completion agree with the command table.
enum class Operand {
    Path, ///< a state folder or file
    Address, ///< NAMESPACE/KEY[/POINTER]
    Namespace, ///< a namespace name
    Value, ///< a JSON value (or -, or --file F)
    Backup, ///< a backup id
    BackupOrCurrent, ///< a backup id or 'current'
    LogName, ///< the name of a log
    Subcommand, ///< backup's create, delete or prune
};

/// One option: its name with the dashes, the name of its value (empty for a flag), and what it does.
struct OptionSpec
{
    const char* name;
    const char* valueName;
    const char* description;
};

/// One command: how it is called, what it does, its operands and options, and the function that runs it.
struct CommandSpec
{
    const char* name;
    const char* synopsis; ///< shown after "statelens-cli [--json] "; may hold several lines
    const char* summary; ///< what it does; may hold several lines
    QList<Operand> operands;
    QStringList options; ///< names from the option table, with the dashes
    int (*run)(const Invocation&);
};

/// Every command, in the order the help lists them.
const QList<CommandSpec>& commandTable();
/// The command named `name`, or nullptr.
const CommandSpec* findCommand(const QString& name);
/// The option named `name` (with the dashes), or nullptr.
const OptionSpec* findOption(const QString& name);
/// Options that every command takes.
QStringList globalOptions();
/// The names of all options that take a value.
QStringList valueOptionNames();

/// The text of `statelens-cli --help`; with the options of every command, of `--help-all` (which the man page
/// is made from).
QString overviewHelp(bool withCommandOptions = false);
/// The text of `statelens-cli help COMMAND` and `statelens-cli COMMAND --help`.
QString commandHelp(const CommandSpec& command);

} // namespace statelens::cli
