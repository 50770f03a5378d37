// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

#include <QCoreApplication>

namespace statelens::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens-cli", s);
}

// Column where the descriptions start in the help; the help fits in 80 columns.
constexpr int descriptionColumn = 28;

const QList<OptionSpec>& optionTable()
{
    static const QList<OptionSpec> table = {
        { "--json", "", QT_TRANSLATE_NOOP("statelens-cli", "machine-readable output (schema: docs/CLI.md)") },
        { "--help", "", QT_TRANSLATE_NOOP("statelens-cli", "this help") },
        { "--string", "", QT_TRANSLATE_NOOP("statelens-cli", "take VALUE as a plain string, not as JSON") },
        { "--file", "F",
            QT_TRANSLATE_NOOP("statelens-cli", "read VALUE from the file F (- for standard input)") },
        { "--status", "S", QT_TRANSLATE_NOOP("statelens-cli", "only the tasks with status S") },
        { "--tail", "N", QT_TRANSLATE_NOOP("statelens-cli", "only the last N lines") },
        { "--level", "L",
            QT_TRANSLATE_NOOP("statelens-cli", "only the records of level L (error, warning, ...)") },
        { "--only", "ADDRESS",
            QT_TRANSLATE_NOOP("statelens-cli", "restore only ADDRESS (more may follow as arguments)") },
        { "--export", "DIR",
            QT_TRANSLATE_NOOP("statelens-cli", "write the restored files into DIR, not over the state") },
        { "--yes", "",
            QT_TRANSLATE_NOOP("statelens-cli", "really do it (without it, show what would be done)") },
        { "--keep", "N", QT_TRANSLATE_NOOP("statelens-cli", "keep N backups per kind (default 10)") },
        { "--max-age", "DAYS",
            QT_TRANSLATE_NOOP("statelens-cli", "also remove the backups older than DAYS days") },
        { "--all", "", QT_TRANSLATE_NOOP("statelens-cli", "may remove each file's original generation too") },
        { "--dry-run", "", QT_TRANSLATE_NOOP("statelens-cli", "show what would change, write nothing") },
        { "--to", "V", QT_TRANSLATE_NOOP("statelens-cli", "the schema version to migrate to") },
        { "--migrations", "DIR", QT_TRANSLATE_NOOP("statelens-cli", "also read user migrations from DIR") },
        { "--count", "N", QT_TRANSLATE_NOOP("statelens-cli", "stop after N lines") },
        { "--poll", "MS",
            QT_TRANSLATE_NOOP("statelens-cli", "poll every MS milliseconds instead of watching") },
        { "--fix", "",
            QT_TRANSLATE_NOOP("statelens-cli", "show the fixes (apply the safe ones with --yes)") },
    };
    return table;
}

// Prints `label` at column 2 and `text` from descriptionColumn on (below the label when it is too long).
void appendRow(QString* out, const QString& label, const QString& text)
{
    const QStringList labelLines = label.split(QLatin1Char('\n'));
    const QStringList textLines = text.split(QLatin1Char('\n'));
    const QString indent(descriptionColumn, QLatin1Char(' '));
    for (qsizetype i = 0; i + 1 < labelLines.size(); ++i)
        *out += QStringLiteral("  ") + labelLines[i] + QLatin1Char('\n');
    const QString last = QStringLiteral("  ") + labelLines.last();
    qsizetype first = 0;
    if (last.size() + 2 <= descriptionColumn) {
        *out += last.leftJustified(descriptionColumn) + textLines.first() + QLatin1Char('\n');
        first = 1;
    } else {
        *out += last + QLatin1Char('\n');
    }
    for (qsizetype i = first; i < textLines.size(); ++i)
        *out += indent + textLines[i] + QLatin1Char('\n');
}

QString optionLabel(const OptionSpec& o)
{
    QString label = QString::fromLatin1(o.name);
    if (label == QLatin1String("--help"))
        label.prepend(QStringLiteral("-h, "));
    if (*o.valueName)
        label += QLatin1Char(' ') + QString::fromLatin1(o.valueName);
    return label;
}

void appendOptionRows(QString* out, const QStringList& names)
{
    for (const QString& name : names) {
        const OptionSpec* o = findOption(name);
        appendRow(out, optionLabel(*o), tr(o->description));
    }
}

// The summary of each form of a command: a command with several forms (backup) has one paragraph each.
QStringList summaryParts(const CommandSpec& command)
{
    return tr(command.summary).split(QStringLiteral("\n\n"));
}

} // namespace

const QList<CommandSpec>& commandTable()
{
    using O = Operand;
    static const QList<CommandSpec> table = {
        { "info", "info PATH",
            QT_TRANSLATE_NOOP(
                "statelens-cli", "what wrote the state, its version, counts and the\nproblems found"),
            { O::Path }, {}, cmdInfo },
        { "ls", "ls PATH [NAMESPACE]",
            QT_TRANSLATE_NOOP("statelens-cli", "namespaces, or the keys of one namespace"),
            { O::Path, O::Namespace }, {}, cmdLs },
        { "get", "get PATH ADDRESS",
            QT_TRANSLATE_NOOP("statelens-cli", "print a value (ADDRESS is\nNAMESPACE/KEY[/JSON/POINTER])"),
            { O::Path, O::Address }, {}, cmdGet },
        { "set", "set PATH ADDRESS VALUE",
            QT_TRANSLATE_NOOP("statelens-cli",
                "set a value; VALUE is JSON (--string takes it as a\n"
                "plain string), - reads it from standard input,\n"
                "and --file F instead of VALUE reads it from F"),
            { O::Path, O::Address, O::Value }, { QStringLiteral("--string"), QStringLiteral("--file") },
            cmdSet },
        { "rm", "rm PATH ADDRESS",
            QT_TRANSLATE_NOOP("statelens-cli", "remove a key (or a namespace: NAMESPACE alone)"),
            { O::Path, O::Address }, {}, cmdRm },
        { "tasks", "tasks PATH [--status S]", QT_TRANSLATE_NOOP("statelens-cli", "tasks with their status"),
            { O::Path }, { QStringLiteral("--status") }, cmdTasks },
        { "backups", "backups PATH",
            QT_TRANSLATE_NOOP("statelens-cli", "the backups and whether each is usable"), { O::Path }, {},
            cmdBackups },
        { "logs", "logs PATH [NAME] [--tail N] [--level L]",
            QT_TRANSLATE_NOOP("statelens-cli", "list the logs, or print one (only its records of\nlevel L)"),
            { O::Path, O::LogName }, { QStringLiteral("--tail"), QStringLiteral("--level") }, cmdLogs },
        { "diff", "diff PATH A B",
            QT_TRANSLATE_NOOP("statelens-cli", "what differs from A to B ('current' or a backup id)"),
            { O::Path, O::BackupOrCurrent, O::BackupOrCurrent }, {}, cmdDiff },
        { "history", "history PATH ADDRESS",
            QT_TRANSLATE_NOOP("statelens-cli", "one key across all backups, oldest first"),
            { O::Path, O::Address }, {}, cmdHistory },
        { "restore", "restore PATH BACKUP [--only ADDRESS...] [--export DIR] --yes",
            QT_TRANSLATE_NOOP(
                "statelens-cli", "restore all or part of a backup (a safety backup is\ntaken first)"),
            { O::Path, O::Backup },
            { QStringLiteral("--only"), QStringLiteral("--export"), QStringLiteral("--yes") }, cmdRestore },
        { "backup",
            "backup create PATH\nbackup delete PATH ID --yes\n"
            "backup prune PATH [--keep N] [--max-age DAYS] [--all] [--dry-run]",
            QT_TRANSLATE_NOOP("statelens-cli",
                "back the whole state up now (into\n"
                ".statelens/backups/)\n\n"
                "delete one backup\n\n"
                "keep N per kind, and of StateLens's generations\n"
                "N per file (default 10); --all may remove each\n"
                "file's original too"),
            { O::Subcommand, O::Path, O::Backup },
            { QStringLiteral("--yes"), QStringLiteral("--keep"), QStringLiteral("--max-age"),
                QStringLiteral("--all"), QStringLiteral("--dry-run") },
            cmdBackup },
        { "versions", "versions PATH",
            QT_TRANSLATE_NOOP("statelens-cli", "the schema version, where it came from, and the\nmigrations"),
            { O::Path }, { QStringLiteral("--migrations") }, cmdVersions },
        { "migrate", "migrate PATH --to V [--dry-run]",
            QT_TRANSLATE_NOOP(
                "statelens-cli", "migrate to version V (backup and log first;\n--dry-run writes nothing)"),
            { O::Path },
            { QStringLiteral("--to"), QStringLiteral("--dry-run"), QStringLiteral("--migrations") },
            cmdMigrate },
        { "rollback", "rollback PATH [--yes]",
            QT_TRANSLATE_NOOP(
                "statelens-cli", "restore the pre-migration backup (shows what it\nwould do without --yes)"),
            { O::Path }, { QStringLiteral("--yes"), QStringLiteral("--migrations") }, cmdRollback },
        { "watch", "watch PATH [--count N] [--poll MS]",
            QT_TRANSLATE_NOOP("statelens-cli",
                "one JSON line per change until Ctrl+C (or N lines);\n--poll forces polling"),
            { O::Path }, { QStringLiteral("--count"), QStringLiteral("--poll") }, cmdWatch },
        { "doctor", "doctor PATH [--fix [--yes]]",
            QT_TRANSLATE_NOOP("statelens-cli",
                "every problem with the state, what it means and the\n"
                "fix; --fix shows what it would do, --fix --yes\n"
                "applies the safe fixes (each with a backup first);\n"
                "exit 0 healthy, 1 problems found (or left after\nfixing)"),
            { O::Path }, { QStringLiteral("--fix"), QStringLiteral("--yes") }, cmdDoctor },
    };
    return table;
}

const CommandSpec* findCommand(const QString& name)
{
    for (const CommandSpec& c : commandTable())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

const OptionSpec* findOption(const QString& name)
{
    for (const OptionSpec& o : optionTable())
        if (name == QLatin1String(o.name))
            return &o;
    return nullptr;
}

QStringList globalOptions()
{
    return { QStringLiteral("--json"), QStringLiteral("--help") };
}

QStringList valueOptionNames()
{
    QStringList names;
    for (const OptionSpec& o : optionTable())
        if (*o.valueName)
            names.append(QString::fromLatin1(o.name));
    names.append(QStringLiteral("--max-age-days")); // the older spelling of --max-age
    return names;
}

QString overviewHelp(bool withCommandOptions)
{
    // "or:" is the GNU form of a second usage line, which help2man reads as such.
    QString out = tr("Usage: statelens-cli [--json] COMMAND PATH [ARGS...]\n"
                     "  or:  statelens-cli help [COMMAND]\n"
                     "Inspect and edit the state that tools persist to disk.\n\n"
                     "Commands:\n");
    for (const CommandSpec& c : commandTable()) {
        const QStringList synopses = QString::fromLatin1(c.synopsis).split(QLatin1Char('\n'));
        const QStringList summaries = summaryParts(c);
        for (qsizetype i = 0; i < synopses.size(); ++i)
            appendRow(&out, synopses[i], summaries.value(i));
    }
    appendRow(&out, QStringLiteral("help [COMMAND]"), tr("this help, or the help of one command"));
    out += tr("\nOptions:\n");
    appendOptionRows(&out, globalOptions());
    appendRow(&out, QStringLiteral("--help-all"), tr("this help and the options of every command"));
    appendRow(&out, QStringLiteral("--version"), tr("the version"));
    if (withCommandOptions) {
        for (const CommandSpec& c : commandTable()) {
            if (c.options.isEmpty())
                continue;
            out += QLatin1Char('\n') + tr("Options of %1:").arg(QString::fromLatin1(c.name))
                + QLatin1Char('\n');
            appendOptionRows(&out, c.options);
        }
    } else {
        out += tr("\n'statelens-cli COMMAND --help' lists the options of one command.\n");
    }
    out += tr("\nVALUE may be - to read it from standard input, whatever its size.\n\n"
              "Exit status: 0 success, 1 an error about the data, 2 bad usage.\n"
              "Errors go to stderr on one line.\n");
    return out;
}

QString commandHelp(const CommandSpec& command)
{
    QString out = tr("Usage:\n");
    for (const QString& line : QString::fromLatin1(command.synopsis).split(QLatin1Char('\n')))
        out += QStringLiteral("  statelens-cli [--json] ") + line + QLatin1Char('\n');
    const QStringList synopses = QString::fromLatin1(command.synopsis).split(QLatin1Char('\n'));
    const QStringList summaries = summaryParts(command);
    if (synopses.size() == 1) {
        out += QLatin1Char('\n') + summaries.value(0) + QLatin1Char('\n');
    } else {
        // One paragraph per form, named by its subcommand (the second word of the form).
        for (qsizetype i = 0; i < synopses.size(); ++i)
            out += QLatin1Char('\n') + synopses[i].section(QLatin1Char(' '), 1, 1) + QStringLiteral(": ")
                + summaries.value(i) + QLatin1Char('\n');
    }
    out += tr("\nOptions:\n");
    appendOptionRows(&out, command.options + globalOptions());
    return out;
}

} // namespace statelens::cli
