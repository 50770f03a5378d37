// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that write: set, rm. Both go through Source::apply (backup first, atomic write, conflict check).
#include "cli.h"
#include "output.h"

#include <QCoreApplication>

namespace statelens::cli {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens-cli", s); }

int applyChange(const Invocation& inv, const Change& change)
{
    int code = Ok;
    auto opened = openAndLoad(inv, &code);
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
} // namespace

int cmdSet(const Invocation& inv)
{
    if (inv.args.size() != 2)
        return usage(tr("set needs ADDRESS and VALUE"));
    auto address = Address::parse(inv.args[0]);
    if (!address)
        return fail(address.error(), UsageError);
    if (address->key.isEmpty())
        return usage(tr("set needs NAMESPACE/KEY, got '%1'").arg(inv.args[0]));
    Change c;
    c.op = Change::Op::Set;
    c.address = address.value();
    if (inv.options.contains(QStringLiteral("string"))) {
        c.value = json::JsonValue::fromString(inv.args[1]);
    } else {
        auto value = json::JsonValue::parse(inv.args[1].toUtf8(), tr("VALUE argument"));
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
