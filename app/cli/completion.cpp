// SPDX-License-Identifier: GPL-3.0-or-later
// The hidden "__complete" command: the bash, zsh and fish scripts in installer/completions pass it the words
// typed so far and print what it prints, so that commands, options and operands are known in one place
// (the command table) and namespaces, keys and backup ids come from the state itself.
#include "cli.h"
#include "commandtable.h"
#include "output.h"

#include "json/jsonpointer.h"

namespace statelens::cli {

namespace {

const QString filesDirective = QStringLiteral(":files");

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec& c : commandTable())
        names.append(QString::fromLatin1(c.name));
    names.append(QStringLiteral("help"));
    return names;
}

// Addresses for `current`: the namespaces ("ns/") until a '/' is typed, then the keys of that namespace.
QStringList addresses(const Snapshot& s, const QString& current)
{
    QStringList out;
    const qsizetype slash = current.indexOf(QLatin1Char('/'));
    auto idLists = [&](auto visit) {
        visit(QStringLiteral("@tasks"), s.tasks);
        visit(QStringLiteral("@reports"), s.reports);
        visit(QStringLiteral("@sessions"), s.sessions);
    };
    if (slash < 0) {
        for (const Namespace& ns : s.namespaces)
            out.append(json::Pointer::escape(ns.name) + QLatin1Char('/'));
        idLists([&](const QString& name, const auto& list) {
            for (const auto& item : list)
                if (item.value.isValid()) {
                    out.append(name + QLatin1Char('/'));
                    return;
                }
        });
        return out;
    }
    const QString nsPart = current.left(slash);
    for (const Namespace& ns : s.namespaces)
        if (json::Pointer::escape(ns.name) == nsPart)
            for (const Entry& e : ns.entries)
                out.append(nsPart + QLatin1Char('/') + json::Pointer::escape(e.key));
    idLists([&](const QString& name, const auto& list) {
        if (name == nsPart)
            for (const auto& item : list)
                if (item.value.isValid())
                    out.append(name + QLatin1Char('/') + json::Pointer::escape(item.id));
    });
    return out;
}

QStringList operandCandidates(Operand operand, const QString& path, const QString& current)
{
    if (operand == Operand::Subcommand)
        return { QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("prune") };
    if (operand == Operand::Value || path.isEmpty())
        return {};
    auto state = statelens::openAndLoad(path);
    if (!state)
        return {};
    const Snapshot& s = state->snapshot;
    QStringList out;
    switch (operand) {
    case Operand::Address:
        return addresses(s, current);
    case Operand::Namespace:
        for (const Namespace& ns : s.namespaces)
            out.append(ns.name);
        break;
    case Operand::BackupOrCurrent:
        out.append(QStringLiteral("current"));
        [[fallthrough]];
    case Operand::Backup:
        for (const Backup& b : s.backups)
            out.append(b.id);
        break;
    case Operand::LogName:
        for (const LogFile& l : s.logs)
            out.append(l.name);
        break;
    case Operand::Path:
    case Operand::Value:
    case Operand::Subcommand:
        break;
    }
    return out;
}

QStringList candidates(const QStringList& typed, const QString& current)
{
    const QStringList valueOptions = valueOptionNames();
    QStringList positional;
    QString pendingOption; // a value option whose value is `current`
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString& w = typed[i];
        if (valueOptions.contains(w)) {
            if (i + 1 == typed.size())
                pendingOption = w;
            ++i;
        } else if (w.size() > 1 && w.startsWith(QLatin1Char('-')) && w != QLatin1String("--")) {
            continue;
        } else if (w != QLatin1String("--")) {
            positional.append(w);
        }
    }
    const CommandSpec* command = positional.isEmpty() ? nullptr : findCommand(positional.first());
    const qsizetype pathIndex = command ? command->operands.indexOf(Operand::Path) : -1;
    const QString path
        = pathIndex >= 0 && pathIndex + 1 < positional.size() ? positional[pathIndex + 1] : QString();

    if (!pendingOption.isEmpty()) {
        if (pendingOption == QLatin1String("--file") || pendingOption == QLatin1String("--export")
            || pendingOption == QLatin1String("--migrations"))
            return { filesDirective };
        if (pendingOption == QLatin1String("--only"))
            return operandCandidates(Operand::Address, path, current);
        return {};
    }
    if (current.startsWith(QLatin1Char('-')) && current != QLatin1String("-")) {
        QStringList options = command
            ? command->options
            : QStringList { QStringLiteral("--version"), QStringLiteral("--help-all") };
        return options + globalOptions();
    }
    if (positional.isEmpty())
        return commandNames();
    if (positional.first() == QLatin1String("help"))
        return positional.size() == 1 ? commandNames() : QStringList();
    if (!command)
        return {};
    const qsizetype index = positional.size() - 1;
    if (index >= command->operands.size())
        return {};
    const Operand operand = command->operands[index];
    if (operand == Operand::Path)
        return { filesDirective };
    return operandCandidates(operand, path, current);
}

} // namespace

int complete(const QStringList& words)
{
    QStringList typed = words;
    const QString current = typed.isEmpty() ? QString() : typed.takeLast();
    const QStringList all = candidates(typed, current);
    if (all == QStringList { filesDirective }) {
        printLine(filesDirective);
        return Ok;
    }
    for (const QString& c : all)
        if (c.startsWith(current))
            printLine(c);
    return Ok;
}

} // namespace statelens::cli
