// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that write: set, rm. Both go through Source::apply (backup first, atomic write, conflict check).
#include "cli.h"
#include "output.h"

#include "io/safewrite.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace statelens::cli {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens-cli", s); }

int applyChange(const Invocation& inv, const Change& change)
{
    int code = Ok;
    auto opened = openAndLoad(inv, &code, scopeFor(change.address), { change.address });
    if (!opened)
        return code;
    auto result = opened->source->apply(opened->snapshot, { change });
    if (!result)
        return fail(result.error(), DataError);
    if (inv.json) {
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("address"), str(change.address.toString()));
        json::JsonValue files = json::JsonValue::array();
        for (const QString& f : result->filesWritten)
            files.append(str(f));
        o.insert(QStringLiteral("written"), files);
        json::JsonValue backups = json::JsonValue::array();
        for (const QString& f : result->backupsMade)
            backups.append(str(f));
        o.insert(QStringLiteral("backups"), backups);
        printJson(o);
    } else if (result->filesWritten.isEmpty()) {
        printLine(tr("unchanged: %1 already has that value").arg(change.address.toString()));
    } else {
        for (const QString& f : result->filesWritten)
            printLine(tr("wrote %1").arg(f));
        for (const QString& f : result->backupsMade)
            printLine(tr("backup %1").arg(f));
    }
    return Ok;
}
struct ValueText
{
    QByteArray bytes;
    QString origin; ///< where it came from, for error messages
};

// VALUE as given: the argument itself, or with "-" standard input, or with --file the file's content
// ("-" again standard input). Standard input is read to its end, whatever its size.
Result<ValueText> valueText(const QString& argument, bool isFile)
{
    if (argument == QLatin1String("-")) {
        QFile in;
        const QString name = tr("standard input");
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error::io(name, in.errorString());
        QByteArray bytes = in.readAll();
        if (in.error() != QFileDevice::NoError)
            return Error::io(name, in.errorString());
        return ValueText { std::move(bytes), name };
    }
    if (isFile) {
        auto bytes = readFile(argument);
        if (!bytes)
            return bytes.error();
        return ValueText { std::move(bytes.value()), argument };
    }
    return ValueText { argument.toUtf8(), tr("VALUE argument") };
}
} // namespace

int cmdSet(const Invocation& inv)
{
    const bool fromFile = inv.options.contains(QStringLiteral("file"));
    if (inv.args.size() != (fromFile ? 1 : 2))
        return usage(fromFile ? tr("set --file F needs ADDRESS and no VALUE") : tr("set needs ADDRESS and VALUE"));
    auto address = Address::parse(inv.args[0]);
    if (!address)
        return fail(address.error(), UsageError);
    if (address->key.isEmpty())
        return usage(tr("set needs NAMESPACE/KEY, got '%1'").arg(inv.args[0]));
    auto text = valueText(fromFile ? inv.options.value(QStringLiteral("file")) : inv.args[1], fromFile);
    if (!text)
        return fail(text.error(), DataError);
    Change c;
    c.op = Change::Op::Set;
    c.address = address.value();
    if (inv.options.contains(QStringLiteral("string"))) {
        c.value = json::JsonValue::fromString(QString::fromUtf8(text->bytes));
    } else {
        auto value = json::JsonValue::parse(text->bytes, text->origin);
        if (!value)
            return usage(tr("VALUE is not JSON (%1); quote strings as '\"text\"' or pass --string").arg(value.error().message));
        c.value = value.value();
    }
    return applyChange(inv, c);
}

int cmdRm(const Invocation& inv)
{
    if (inv.args.size() != 1)
        return usage(tr("rm needs one ADDRESS"));
    auto address = Address::parse(inv.args[0]);
    if (!address)
        return fail(address.error(), UsageError);
    Change c;
    c.op = Change::Op::Remove;
    c.address = address.value();
    return applyChange(inv, c);
}

} // namespace statelens::cli
