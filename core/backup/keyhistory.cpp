// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyhistory.h"

#include "backup/backupcatalogue.h"
#include "backup/backuploader.h"
#include "io/statelayout.h"
#include "sources/langgraph/langgraphstate.h"

#include <QTimeZone>

#include <algorithm>

namespace statelens::backup {

namespace {
void addPoint(QList<HistoryPoint>& out, HistoryPoint p)
{
    if (out.isEmpty())
        p.changed = true;
    else
        p.changed = out.last().present != p.present || (p.present && out.last().value != p.value);
    out.append(std::move(p));
}

/// When the current state last changed where `a` lives: the modification time of the file that holds it, as
/// read. The tool's own `last_saved` is no clock for this: StateLens's backups made since carry later times,
/// and a tool may not write it at all.
QDateTime currentTime(const Snapshot& s, const Address& a)
{
    QString file;
    auto fileOf = [&](const auto& list, auto path) {
        for (const auto& item : list)
            if (item.id == a.key)
                return path(item);
        return QString();
    };
    if (a.ns == layout::tasksNamespace())
        file = fileOf(s.tasks, [](const Task& t) { return t.file; });
    else if (a.ns == layout::reportsNamespace())
        file = fileOf(s.reports, [](const Report& r) { return r.path; });
    else if (const std::optional<Entry> e = s.findEntry(a.ns, a.key))
        file = e->file;
    else
        file = s.namespaceFiles.value(a.ns);
    const auto stamp = s.stamps.constFind(file);
    if (stamp != s.stamps.cend() && stamp->exists && stamp->mtimeNs > 0)
        return QDateTime::fromMSecsSinceEpoch(stamp->mtimeNs / 1000000, QTimeZone::utc());
    return s.lastSaved;
}

void resolveInto(HistoryPoint& p, const Snapshot& s, const Address& a)
{
    auto v = resolveAddress(s, a);
    p.present = v.ok();
    if (p.present)
        p.value = v->toValue();
}
} // namespace

QList<HistoryPoint> keyHistory(const Snapshot& current, const BackupCatalogue& catalogue, const Address& address)
{
    QList<Backup> usable;
    for (const Backup& b : catalogue.backups()) {
        if (b.health != Health::Ok)
            continue;
        // A LangGraph checkpoint covers its own thread's namespace only: the database holds thousands of
        // other threads' checkpoints, which are not read at all.
        if (b.kind == langgraph::CheckpointBackupKind
            && langgraph::namespaceName(b.meta.value(QStringLiteral("thread")).toString(),
                                        b.meta.value(QStringLiteral("checkpoint_ns")).toString())
                != address.ns)
            continue;
        usable.append(b);
    }
    std::stable_sort(usable.begin(), usable.end(), [](const Backup& a, const Backup& b) { return a.time < b.time; });
    const bool task = address.ns == layout::tasksNamespace();
    const std::optional<Entry> currentEntry = task ? std::nullopt : current.findEntry(address.ns, address.key);
    QList<HistoryPoint> out;
    for (const Backup& b : std::as_const(usable)) {
        auto loaded = loadBackup(current, b);
        if (!loaded)
            continue;
        const Coverage& c = loaded->coverage;
        if (task ? !c.coversTask(address.key) : !c.coversKey(address.ns, address.key, currentEntry ? &*currentEntry : nullptr))
            continue;
        HistoryPoint p;
        p.backupId = b.id;
        p.backupKind = b.kind;
        p.time = b.time;
        resolveInto(p, loaded->snapshot, address);
        addPoint(out, std::move(p));
    }
    HistoryPoint now;
    now.isCurrent = true;
    now.time = currentTime(current, address);
    resolveInto(now, current, address);
    addPoint(out, std::move(now));
    return out;
}

} // namespace statelens::backup
