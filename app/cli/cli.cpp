// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commandtable.h"
#include "output.h"

#include <QCoreApplication>

#include <cstdio>

namespace statelens::cli {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("statelens-cli", s); }

void printText(const QString& text)
{
    const QByteArray out = text.toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
}

int unknownCommand(const QString& name)
{
    return usage(tr("unknown command '%1'").arg(name));
}

// Options that may be given more than once: their values accumulate (Invocation::lists).
const QStringList listOptions = { QStringLiteral("only"), QStringLiteral("migrations") };
// Options whose value is a count: a whole number, 0 or more.
const QStringList countOptions = { QStringLiteral("tail"), QStringLiteral("keep"), QStringLiteral("max-age"),
                                   QStringLiteral("max-age-days"), QStringLiteral("count"), QStringLiteral("poll") };

} // namespace

int run(const QStringList& arguments)
{
    Invocation inv;
    QStringList positional;
    bool help = false;
    bool helpAll = false;
    const QStringList valueOptions = valueOptionNames();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--json")) {
            inv.json = true;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            help = true;
        } else if (a == QLatin1String("--help-all")) {
            helpAll = true;
        } else if (a == QLatin1String("--version")) {
            printLine(QStringLiteral("statelens-cli ") + QCoreApplication::applicationVersion());
            return Ok;
        } else if (i == 1 && a == QLatin1String("__complete")) {
            // Hidden: what the shell completion scripts call; it sees the words as typed, options included.
            return complete(arguments.mid(2));
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
    if (helpAll) {
        printText(overviewHelp(true));
        return Ok;
    }
    if (!positional.isEmpty() && positional.first() == QLatin1String("help")) {
        // "help" alone is the overview; "help COMMAND" is that command's help.
        positional.removeFirst();
        help = true;
        if (positional.isEmpty() || positional.first() == QLatin1String("help")) {
            printText(overviewHelp());
            return Ok;
        }
    }
    if (positional.isEmpty()) {
        if (help) {
            printText(overviewHelp());
            return Ok;
        }
        return usage(tr("no command given"));
    }
    inv.command = positional.takeFirst();
    const CommandSpec* command = findCommand(inv.command);
    if (!command)
        return unknownCommand(inv.command);
    if (help) {
        printText(commandHelp(*command));
        return Ok;
    }
    if (positional.isEmpty())
        return usage(tr("'%1' needs a PATH").arg(inv.command));
    inv.path = positional.takeFirst();
    inv.args = positional;
    // An option the command does not read is refused rather than ignored.
    const QStringList global = globalOptions();
    for (auto it = inv.options.cbegin(); it != inv.options.cend(); ++it) {
        QString dashed = QStringLiteral("--") + it.key();
        const QString canonical = dashed == QLatin1String("--max-age-days") ? QStringLiteral("--max-age") : dashed;
        if (!command->options.contains(canonical) && !global.contains(dashed))
            return usage(tr("'%1' does not take %2").arg(inv.command, dashed));
    }
    return command->run(inv);
}

std::optional<Opened> openAndLoad(const Invocation& inv, int* exitCode, SnapshotScope scope, const QList<Address>& focus)
{
    LoadContext context;
    context.scope = scope;
    context.focus = focus;
    auto state = statelens::openAndLoad(inv.path, context);
    if (!state) {
        *exitCode = fail(state.error(), DataError);
        return std::nullopt;
    }
    return std::move(state.value());
}

SnapshotScope scopeFor(const Address& address)
{
    return address.ns.startsWith(u'@') ? SnapshotScope::Everything : SnapshotScope::Focus;
}

} // namespace statelens::cli
