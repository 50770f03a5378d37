// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "output.h"

#include <QCoreApplication>

#include <cstdio>

namespace statelens::cli {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("statelens-cli", s); }

const char* const helpText = R"(statelens-cli - inspect and edit the state tools persist to disk

Usage: statelens-cli [--json] COMMAND PATH [ARGS...]

Commands:
  info PATH                 what wrote the state, its version, counts and problems found
  ls PATH [NAMESPACE]       namespaces, or the keys of one namespace
  get PATH ADDRESS          print a value (ADDRESS is NAMESPACE/KEY[/JSON/POINTER])
  set PATH ADDRESS VALUE    set a value (VALUE is JSON; --string takes it as a plain string)
  rm PATH ADDRESS           remove a key (or a namespace: NAMESPACE alone)
  tasks PATH [--status S]   tasks with their status
  backups PATH              the backups and whether each is usable
  logs PATH [NAME] [--tail N] [--level L]
                            list logs, or print one (only its records of level L)
  diff PATH A B             what differs from A to B ('current' or a backup id)
  history PATH ADDRESS      one key across all backups, oldest first
  restore PATH BACKUP [--only ADDRESS...] [--export DIR] --yes
                            restore all or part of a backup (a safety backup is taken first)
  backup create PATH        back the whole state up now (into .statelens/backups/)
  backup delete PATH ID --yes
  backup prune PATH [--keep N] [--max-age DAYS] [--all] [--dry-run]
                            keep N per kind, and of StateLens's generations N per file
                            (default 10); --all may remove each file's original too
  versions PATH             the schema version, where it came from, and the migrations
  migrate PATH --to V [--dry-run]  migrate to version V (backup and log first; --dry-run writes nothing)
  rollback PATH [--yes]     restore the pre-migration backup (shows what it would do without --yes)
  watch PATH [--count N] [--poll MS]
                            one JSON line per change until Ctrl+C (or N lines); --poll forces polling
  doctor PATH [--fix [--yes]]
                            every problem with the state, what it means and the fix; --fix shows what
                            it would do, --fix --yes applies the safe fixes (each with a backup first);
                            exit 0 healthy, 1 problems found (or left after fixing)

Options:
  --json                    machine-readable output (schema: docs/CLI.md)
  --migrations DIR          versions/migrate/rollback: also read user migrations from DIR
  -h, --help                this help
  --version                 the version

Exit status: 0 success, 1 an error about the data, 2 bad usage. Errors go to stderr on one line.
)";

// Options that take a value.
const QStringList valueOptions = { QStringLiteral("--status"), QStringLiteral("--tail"), QStringLiteral("--level"), QStringLiteral("--to"),
                                    QStringLiteral("--migrations"), QStringLiteral("--only"), QStringLiteral("--keep"),
                                    QStringLiteral("--max-age"), QStringLiteral("--max-age-days"), QStringLiteral("--export"),
                                    QStringLiteral("--count"), QStringLiteral("--poll") };
// Options that may be given more than once: their values accumulate (Invocation::lists).
const QStringList listOptions = { QStringLiteral("only"), QStringLiteral("migrations") };
// Options whose value is a count: a whole number, 0 or more.
const QStringList countOptions = { QStringLiteral("tail"), QStringLiteral("keep"), QStringLiteral("max-age"),
                                   QStringLiteral("max-age-days"), QStringLiteral("count"), QStringLiteral("poll") };

/// The options each command reads; any other is refused rather than ignored.
QStringList optionsOf(const QString& command)
{
    static const QHash<QString, QStringList> table = {
        { QStringLiteral("set"), { QStringLiteral("string") } },
        { QStringLiteral("tasks"), { QStringLiteral("status") } },
        { QStringLiteral("logs"), { QStringLiteral("tail"), QStringLiteral("level") } },
        { QStringLiteral("restore"), { QStringLiteral("only"), QStringLiteral("export"), QStringLiteral("yes") } },
        { QStringLiteral("backup"),
          { QStringLiteral("yes"), QStringLiteral("keep"), QStringLiteral("max-age"), QStringLiteral("max-age-days"),
            QStringLiteral("all"), QStringLiteral("dry-run") } },
        { QStringLiteral("versions"), { QStringLiteral("migrations") } },
        { QStringLiteral("migrate"), { QStringLiteral("to"), QStringLiteral("dry-run"), QStringLiteral("migrations") } },
        { QStringLiteral("rollback"), { QStringLiteral("yes"), QStringLiteral("migrations") } },
        { QStringLiteral("watch"), { QStringLiteral("count"), QStringLiteral("poll") } },
        { QStringLiteral("doctor"), { QStringLiteral("fix"), QStringLiteral("yes") } },
    };
    return table.value(command);
}

} // namespace

int run(const QStringList& arguments)
{
    Invocation inv;
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--json")) {
            inv.json = true;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            std::fputs(helpText, stdout);
            return Ok;
        } else if (a == QLatin1String("--version")) {
            printLine(QStringLiteral("statelens-cli ") + QCoreApplication::applicationVersion());
            return Ok;
        } else if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            const QString name = a.mid(2);
            QString value = QStringLiteral("1");
            if (valueOptions.contains(a)) {
                if (i + 1 >= arguments.size())
                    return usage(tr("%1 needs a value").arg(a));
                value = arguments[++i];
                if (countOptions.contains(name)) {
                    bool ok = false;
                    if (value.toInt(&ok) < 0 || !ok)
                        return usage(tr("%1 needs a whole number, 0 or more (not '%2')").arg(a, value));
                }
            }
            if (listOptions.contains(name))
                inv.lists[name].append(value);
            else if (inv.options.contains(name))
                return usage(tr("%1 is given more than once").arg(a));
            inv.options.insert(name, value);
        } else if (a == QLatin1String("--")) {
            positional += arguments.mid(i + 1);
            break;
        } else {
            positional.append(a);
        }
    }
    if (positional.isEmpty())
        return usage(tr("no command given"));
    inv.command = positional.takeFirst();
    if (positional.isEmpty())
        return usage(tr("'%1' needs a PATH").arg(inv.command));
    inv.path = positional.takeFirst();
    inv.args = positional;

    using Handler = int (*)(const Invocation&);
    const QHash<QString, Handler> commands = {
        { QStringLiteral("info"), cmdInfo }, { QStringLiteral("ls"), cmdLs },         { QStringLiteral("get"), cmdGet },
        { QStringLiteral("set"), cmdSet },   { QStringLiteral("rm"), cmdRm },         { QStringLiteral("tasks"), cmdTasks },
        { QStringLiteral("backups"), cmdBackups }, { QStringLiteral("logs"), cmdLogs },
        { QStringLiteral("diff"), cmdDiff }, { QStringLiteral("restore"), cmdRestore },
        { QStringLiteral("backup"), cmdBackup }, { QStringLiteral("history"), cmdHistory },
        { QStringLiteral("versions"), cmdVersions }, { QStringLiteral("migrate"), cmdMigrate },
        { QStringLiteral("rollback"), cmdRollback }, { QStringLiteral("watch"), cmdWatch },
        { QStringLiteral("doctor"), cmdDoctor },
    };
    const Handler h = commands.value(inv.command);
    if (!h)
        return usage(tr("unknown command '%1'").arg(inv.command));
    const QStringList accepted = optionsOf(inv.command);
    for (auto it = inv.options.cbegin(); it != inv.options.cend(); ++it)
        if (!accepted.contains(it.key()))
            return usage(tr("'%1' does not take --%2").arg(inv.command, it.key()));
    return h(inv);
}

std::optional<Opened> openAndLoad(const Invocation& inv, int* exitCode)
{
    auto state = statelens::openAndLoad(inv.path);
    if (!state) {
        *exitCode = fail(state.error(), DataError);
        return std::nullopt;
    }
    return std::move(state.value());
}

} // namespace statelens::cli
