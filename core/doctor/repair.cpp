// SPDX-License-Identifier: GPL-3.0-or-later
#include "repair.h"

#include "backup/backuploader.h"
#include "backup/restoreengine.h"
#include "doctor/lockinspection.h"
#include "io/backupgenerations.h"
#include "io/filelock.h"
#include "io/jsonfilewriter.h"
#include "io/safetybackup.h"
#include "io/safewrite.h"
#include "io/statelayout.h"
#include "json/jsondocument.h"
#include "sources/source.h"
#include "sources/taskreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace statelens::doctor {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::doctor", s);
}

int order(FixKind kind)
{
    switch (kind) {
    case FixKind::ClearLockRecord:
        return 0;
    case FixKind::MoveTempFile:
    case FixKind::RemoveTempFile:
        return 1;
    case FixKind::RestoreBackup:
        return 2;
    case FixKind::RecomputeMetrics:
        return 3;
    case FixKind::None:
        break;
    }
    return 4;
}

Result<void> clearLockRecord(const QString& root, RepairStep& step)
{
    const QString& lock = step.finding.file;
    if (!inspectLock(lock).stale())
        return Error::validation(tr("the lock is no longer stale (it is held, or its record is gone)"), lock);
    auto copy = backups::safety(root, lock);
    if (!copy)
        return copy.error();
    step.backups.append(copy.value());
    // Taking the lock proves nobody holds it; releasing it empties the record in place.
    auto held = FileLock::acquire(lock, 0);
    if (!held)
        return held.error();
    held->release();
    step.changedFiles.append(lock);
    return {};
}

Result<void> moveTempFile(const QString& root, RepairStep& step)
{
    const QString& file = step.finding.file;
    if (!QFileInfo::exists(file))
        return Error::notFound(tr("the temp file is gone"), file);
    auto copy = backups::safety(root, file);
    if (!copy)
        return copy.error();
    step.backups.append(copy.value());
    if (auto r = removeFileDurably(file); !r)
        return r.error();
    step.changedFiles.append(file);
    return {};
}

Result<void> removeStaleTemp(RepairStep& step)
{
    const QString& file = step.finding.file;
    bool stale = false;
    for (const StaleTemp& t : staleTemps(QFileInfo(file).absolutePath()))
        stale = stale || t.path == file;
    if (!stale)
        return Error::validation(tr("the temp file is gone, or its writer is running again"), file);
    if (auto r = removeFileDurably(file); !r)
        return r.error();
    step.changedFiles.append(file);
    return {};
}

Result<void> restoreDamaged(const QString& path, const QString& root, RepairStep& step)
{
    const QString& file = step.finding.file;
    auto before = readFile(file);
    if (before && !before->isEmpty() && json::Document::parse(before.value(), file))
        return Error::validation(tr("the file parses now; nothing was restored"), file);
    // The engine keeps the damaged bytes (beside the file and in its safety backup) and reads back what
    // it wrote before it reports success.
    auto restored = backup::restoreBackup(path, step.finding.backupId);
    if (!restored)
        return restored.error();
    if (!restored->safetyId.isEmpty())
        step.backups.append(layout::backupsDir(root) + u'/' + restored->safetyId);
    step.backups.append(restored->keptAside);
    step.changedFiles.append(file);
    return {};
}

Result<void> recomputeMetrics(const QString& path, const QString& root, RepairStep& step)
{
    const QString& file = step.finding.file;
    auto loaded = openAndLoad(path);
    if (!loaded)
        return loaded.error();
    const Snapshot& s = loaded->snapshot;
    auto text = readFile(file);
    if (!text)
        return text.error();
    auto doc = json::Document::parse(text.value(), file);
    if (!doc)
        return doc.error();
    const quint32 metrics = doc->isObject(0) ? doc->member(0, u"metrics") : json::Document::npos;
    if (metrics == json::Document::npos || !doc->isObject(metrics))
        return Error::validation(tr("state.json has no metrics object"), file);
    const TaskMetrics m = computeMetrics(s.tasks);
    const std::pair<QString, qint64> expected[] = { { QStringLiteral("total_tasks"), m.total },
        { QStringLiteral("completed_tasks"), m.completed }, { QStringLiteral("failed_tasks"), m.failed },
        { QStringLiteral("average_completion_time"), m.averageCompletionMs } };
    JsonWriteRequest req;
    req.file = file;
    for (const auto& [name, value] : expected) {
        const quint32 n = doc->member(metrics, name);
        if (n == json::Document::npos || doc->type(n) != json::NodeType::Number
            || qint64(doc->number(n)) != value)
            req.edits.append(
                { json::Pointer({ QStringLiteral("metrics"), name }), json::JsonValue::fromInt(value) });
    }
    if (req.edits.isEmpty())
        return Error::validation(tr("the metrics agree with tasks/ now; nothing was changed"), file);
    req.fallbackStyle = json::Style::javaScript();
    req.expected = s.stamps.contains(file) ? std::optional(s.stamps.value(file)) : std::nullopt;
    req.backup = [root](const QString& f) {
        return backups::beforeWrite(root, f, backups::LinkPolicy::Copy, [](const QString& g) { return backups::timestamped(g); });
    };
    req.lockFile = layout::lockFile(root);
    req.confineTo = root;
    auto out = applyJsonEdits(req);
    if (!out)
        return out.error();
    step.backups.append(out->backupPaths);
    if (out->changed)
        step.changedFiles.append(file);
    return {};
}
} // namespace

int RepairOutcome::applied() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const RepairStep& s) { return s.applied; }));
}

int RepairOutcome::failed() const
{
    return int(
        std::count_if(steps.cbegin(), steps.cend(), [](const RepairStep& s) { return s.error.has_value(); }));
}

RepairOutcome repair(const QString& path, const QList<Finding>& findings, const RepairOptions& options)
{
    QList<Finding> todo;
    for (const Finding& f : findings)
        if (f.safe && f.fix != FixKind::None)
            todo.append(f);
    std::stable_sort(todo.begin(), todo.end(),
        [](const Finding& a, const Finding& b) { return order(a.fix) < order(b.fix); });
    const QString abs = QFileInfo(path).absoluteFilePath();
    SourceInfo where;
    where.path = abs;
    // The state's folder, as the backup catalogue sees it: .statelens/backups/ lives there.
    const QString root = backup::stateRootOf(where);
    RepairOutcome outcome;
    for (qsizetype i = 0; i < todo.size(); ++i) {
        RepairStep step;
        step.finding = todo[i];
        if (options.progress)
            options.progress(int(i * 100 / todo.size()), step.finding.summary);
        Result<void> r;
        switch (step.finding.fix) {
        case FixKind::ClearLockRecord:
            r = clearLockRecord(root, step);
            break;
        case FixKind::MoveTempFile:
            r = moveTempFile(root, step);
            break;
        case FixKind::RemoveTempFile:
            r = removeStaleTemp(step);
            break;
        case FixKind::RestoreBackup:
            r = restoreDamaged(abs, root, step);
            break;
        case FixKind::RecomputeMetrics:
            r = recomputeMetrics(abs, root, step);
            break;
        case FixKind::None:
            break;
        }
        if (r)
            step.applied = true;
        else
            step.error = r.error();
        outcome.steps.append(step);
    }
    if (options.progress)
        options.progress(100, tr("done"));
    return outcome;
}

} // namespace statelens::doctor
