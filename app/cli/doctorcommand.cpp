// SPDX-License-Identifier: GPL-3.0-or-later
// doctor: list every problem with a state, what it means and the proposed fix; --fix --yes applies the safe
// ones.
#include "cli.h"
#include "output.h"

#include "doctor/diagnosis.h"
#include "doctor/repair.h"

#include <QCoreApplication>

namespace statelens::cli {

namespace {
QString tr(const char* s, int n = -1)
{
    return QCoreApplication::translate("statelens-cli", s, nullptr, n);
}

json::JsonValue findingJson(const doctor::Finding& f)
{
    json::JsonValue o = json::JsonValue::object();
    o.insert(QStringLiteral("id"), str(f.id()));
    o.insert(QStringLiteral("severity"), str(doctor::severityId(f.severity)));
    o.insert(QStringLiteral("file"), str(f.file));
    o.insert(QStringLiteral("line"), num(f.line));
    o.insert(QStringLiteral("column"), num(f.column));
    o.insert(QStringLiteral("summary"), str(f.summary));
    o.insert(QStringLiteral("meaning"), str(f.meaning));
    json::JsonValue fix = json::JsonValue::object();
    fix.insert(QStringLiteral("kind"), str(doctor::fixKindId(f.fix)));
    fix.insert(QStringLiteral("text"), str(f.fixText));
    fix.insert(QStringLiteral("safe"), json::JsonValue::fromBool(f.safe && f.fix != doctor::FixKind::None));
    if (!f.backupId.isEmpty())
        fix.insert(QStringLiteral("backup"), str(f.backupId));
    o.insert(QStringLiteral("fix"), fix);
    return o;
}

json::JsonValue findingsJson(const QList<doctor::Finding>& findings)
{
    json::JsonValue a = json::JsonValue::array();
    for (const doctor::Finding& f : findings)
        a.append(findingJson(f));
    return a;
}

json::JsonValue stepJson(const doctor::RepairStep& s)
{
    json::JsonValue o = json::JsonValue::object();
    o.insert(QStringLiteral("id"), str(s.finding.id()));
    o.insert(QStringLiteral("file"), str(s.finding.file));
    o.insert(QStringLiteral("fix"), str(doctor::fixKindId(s.finding.fix)));
    o.insert(QStringLiteral("applied"), json::JsonValue::fromBool(s.applied));
    json::JsonValue backups = json::JsonValue::array();
    for (const QString& b : s.backups)
        backups.append(str(b));
    o.insert(QStringLiteral("backups"), backups);
    o.insert(QStringLiteral("error"), s.error ? str(s.error->toString()) : json::JsonValue());
    return o;
}

QString severityLabel(Problem::Severity s)
{
    switch (s) {
    case Problem::Severity::Info:
        return tr("note");
    case Problem::Severity::Warning:
        return tr("warning");
    case Problem::Severity::Error:
        break;
    }
    return tr("error");
}

void printFindings(const QList<doctor::Finding>& findings)
{
    for (const doctor::Finding& f : findings) {
        printLine(QStringLiteral("%1 [%2] %3").arg(severityLabel(f.severity), f.id(), f.location()));
        printLine(QStringLiteral("  ") + f.summary);
        printLine(tr("  Meaning: %1").arg(f.meaning));
        const bool safe = f.safe && f.fix != doctor::FixKind::None;
        printLine(tr("  Fix: %1 (%2)").arg(f.fixText, safe ? tr("safe fix") : tr("needs you")));
        printLine({});
    }
}

void printSummary(const doctor::Diagnosis& d)
{
    if (d.findings.isEmpty()) {
        printLine(tr("No problems found in %1.").arg(d.path));
        return;
    }
    printLine(tr("%1: %2 error(s), %3 warning(s), %4 note(s); %5 safe fix(es).")
                  .arg(d.path)
                  .arg(d.count(Problem::Severity::Error))
                  .arg(d.count(Problem::Severity::Warning))
                  .arg(d.count(Problem::Severity::Info))
                  .arg(d.safeFixCount()));
}
} // namespace

int cmdDoctor(const Invocation& inv)
{
    if (!inv.args.isEmpty())
        return usage(tr("doctor takes only PATH (unexpected '%1')").arg(inv.args.first()));
    const bool fix = inv.options.contains(QStringLiteral("fix"));
    const bool yes = inv.options.contains(QStringLiteral("yes"));
    for (auto it = inv.options.cbegin(); it != inv.options.cend(); ++it)
        if (it.key() != QLatin1String("fix") && it.key() != QLatin1String("yes"))
            return usage(tr("doctor does not take --%1").arg(it.key()));
    if (yes && !fix)
        return usage(tr("--yes only goes with --fix"));

    auto diagnosis = doctor::diagnose(inv.path);
    if (!diagnosis)
        return fail(diagnosis.error(), DataError);
    const doctor::Diagnosis& before = diagnosis.value();

    if (!fix || !yes) {
        if (inv.json) {
            json::JsonValue o = json::JsonValue::object();
            o.insert(QStringLiteral("path"), str(before.path));
            o.insert(QStringLiteral("source"), str(sourceKindId(before.kind)));
            o.insert(QStringLiteral("healthy"), json::JsonValue::fromBool(before.healthy()));
            o.insert(QStringLiteral("findings"), findingsJson(before.findings));
            printJson(o);
        } else {
            printFindings(before.findings);
            printSummary(before);
            if (fix) {
                for (const doctor::Finding& f : before.findings)
                    if (f.safe && f.fix != doctor::FixKind::None)
                        printLine(tr("Would fix: [%1] %2: %3").arg(f.id(), f.location(), f.fixText));
                if (before.safeFixCount() > 0)
                    printLine(tr("Nothing was written; add --yes to apply these fixes."));
            } else if (before.safeFixCount() > 0) {
                printLine(tr("Run with --fix to see what would be done, --fix --yes to do it."));
            }
        }
        return before.healthy() ? Ok : DataError;
    }

    const doctor::RepairOutcome outcome = doctor::repair(inv.path, before.findings);
    auto again = doctor::diagnose(inv.path);
    if (!again)
        return fail(again.error(), DataError);
    const doctor::Diagnosis& after = again.value();
    if (inv.json) {
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("path"), str(after.path));
        o.insert(QStringLiteral("source"), str(sourceKindId(after.kind)));
        o.insert(QStringLiteral("healthy"), json::JsonValue::fromBool(after.healthy()));
        json::JsonValue steps = json::JsonValue::array();
        for (const doctor::RepairStep& s : outcome.steps)
            steps.append(stepJson(s));
        o.insert(QStringLiteral("repairs"), steps);
        o.insert(QStringLiteral("findings"), findingsJson(after.findings));
        printJson(o);
    } else {
        for (const doctor::RepairStep& s : outcome.steps) {
            if (s.applied)
                printLine(
                    tr("Fixed [%1] %2 (backup: %3)")
                        .arg(s.finding.id(), s.finding.location(), s.backups.join(QStringLiteral(", "))));
            else
                printLine(tr("Not fixed [%1] %2: %3")
                              .arg(s.finding.id(), s.finding.location(), s.error->toString()));
        }
        if (outcome.steps.isEmpty())
            printLine(tr("No safe fixes to apply."));
        printLine({});
        printFindings(after.findings);
        printSummary(after);
    }
    return after.healthy() ? Ok : DataError;
}

} // namespace statelens::cli
