// SPDX-License-Identifier: GPL-3.0-or-later
#include "livedelta.h"

#include <QHash>
#include <QSet>

namespace statelens {

namespace {

// List: a QList, or an EntryList (whose operator[] builds the entry).
template<typename List, typename IdOf, typename Same>
ListDelta diffList(const List& before, const List& after, IdOf idOf, Same same)
{
    ListDelta d;
    if (before.isSharedWith(after))
        return d; // the very same list (a reload shares what it did not read again)
    QHash<QString, int> old;
    old.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        old.insert(idOf(before[i]), i);
    std::vector<bool> kept(size_t(before.size()), false);
    int lastMatched = -1;
    for (int j = 0; j < after.size(); ++j) {
        const QString id = idOf(after[j]);
        const auto it = old.constFind(id);
        if (it == old.cend() || kept[size_t(*it)]) {
            d.added << j;
            d.addedIds << id;
            continue;
        }
        kept[size_t(*it)] = true;
        if (*it < lastMatched)
            d.reset = true; // common items changed their order
        lastMatched = *it;
        if (!same(before[*it], after[j])) {
            d.changed << j;
            d.changedIds << id;
        }
    }
    for (int i = 0; i < before.size(); ++i)
        if (!kept[size_t(i)]) {
            d.removed << i;
            d.removedIds << idOf(before[i]);
        }
    return d;
}

bool sameValue(const ValueRef& a, const ValueRef& b)
{
    return a.sameBytes(b);
}

} // namespace

bool LiveDelta::isEmpty() const
{
    return namespaces.isEmpty() && keys.isEmpty() && tasks.isEmpty() && backups.isEmpty() && logs.isEmpty()
        && reports.isEmpty() && sessions.isEmpty() && !problemsChanged && !batchChanged && !infoChanged;
}

const KeyDelta* LiveDelta::keysOf(const QString& ns) const
{
    for (const KeyDelta& k : keys)
        if (k.ns == ns)
            return &k;
    return nullptr;
}

QStringList LiveDelta::changedNamespaceNames() const
{
    QStringList out = namespaces.addedIds + namespaces.removedIds + namespaces.changedIds;
    for (const KeyDelta& k : keys)
        if (!out.contains(k.ns))
            out << k.ns;
    return out;
}

bool sameEntry(const Entry& a, const Entry& b)
{
    return a.key == b.key && sameValue(a.value, b.value) && a.meta == b.meta && a.file == b.file;
}

KeyDelta diffKeys(const Namespace& before, const Namespace& after)
{
    const ListDelta d = diffList(before.entries, after.entries, [](const Entry& e) { return e.key; }, sameEntry);
    KeyDelta k;
    k.ns = after.name.isEmpty() ? before.name : after.name;
    k.added = d.addedIds;
    k.removed = d.removedIds;
    k.changed = d.changedIds;
    k.reordered = d.reset;
    return k;
}

ListDelta diffNamespaces(const QList<Namespace>& before, const QList<Namespace>& after)
{
    // Namespaces count as changed when their keys changed; diffKeys says which.
    return diffList(before, after, [](const Namespace& n) { return n.name; },
                    [](const Namespace& a, const Namespace& b) { return diffKeys(a, b).isEmpty(); });
}

ListDelta diffTasks(const QList<Task>& before, const QList<Task>& after)
{
    return diffList(before, after, [](const Task& t) { return t.file.isEmpty() ? t.id : t.file; },
                    [](const Task& a, const Task& b) { return a.id == b.id && sameValue(a.value, b.value); });
}

ListDelta diffBackups(const QList<Backup>& before, const QList<Backup>& after)
{
    return diffList(before, after, [](const Backup& b) { return b.path.isEmpty() ? b.id : b.path; },
                    [](const Backup& a, const Backup& b) {
                        return a.id == b.id && a.size == b.size && a.time == b.time && a.health == b.health
                            && a.entries == b.entries && a.reason == b.reason && a.schemaVersion == b.schemaVersion;
                    });
}

ListDelta diffLogs(const QList<LogFile>& before, const QList<LogFile>& after)
{
    return diffList(before, after, [](const LogFile& l) { return l.path; },
                    [](const LogFile& a, const LogFile& b) { return a.size == b.size && a.time == b.time && a.format == b.format; });
}

ListDelta diffReports(const QList<Report>& before, const QList<Report>& after)
{
    return diffList(before, after, [](const Report& r) { return r.path + QChar(0) + r.id; },
                    [](const Report& a, const Report& b) { return sameValue(a.value, b.value); });
}

bool sameProblems(const QList<Problem>& a, const QList<Problem>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].file != b[i].file || a[i].message != b[i].message || a[i].line != b[i].line
            || a[i].column != b[i].column || a[i].severity != b[i].severity || a[i].address != b[i].address)
            return false;
    return true;
}

bool sameBatch(const std::optional<Batch>& a, const std::optional<Batch>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    if (a->id != b->id || a->status != b->status || a->currentIndex != b->currentIndex || a->updatedAt != b->updatedAt
        || a->features.size() != b->features.size())
        return false;
    for (qsizetype i = 0; i < a->features.size(); ++i) {
        const BatchFeature& x = a->features[i];
        const BatchFeature& y = b->features[i];
        if (x.name != y.name || x.state != y.state || x.error != y.error || x.retries != y.retries || x.reason != y.reason)
            return false;
    }
    return true;
}

void diffNamespacesInto(LiveDelta& delta, const Snapshot& before, const Snapshot& after, const QSet<QString>* only)
{
    delta.namespaces = only ? diffList(before.namespaces, after.namespaces, [](const Namespace& n) { return n.name; },
                                       [only](const Namespace& a, const Namespace& b) {
                                           return !only->contains(a.name) || diffKeys(a, b).isEmpty();
                                       })
                            : diffNamespaces(before.namespaces, after.namespaces);
    delta.keys.clear();
    for (const QString& name : std::as_const(delta.namespaces.changedIds)) {
        const Namespace* a = before.findNamespace(name);
        const Namespace* b = after.findNamespace(name);
        if (a && b)
            delta.keys << diffKeys(*a, *b);
    }
}

LiveDelta diffSnapshots(const Snapshot& before, const Snapshot& after)
{
    LiveDelta d;
    d.full = true;
    diffNamespacesInto(d, before, after);
    d.tasks = diffTasks(before.tasks, after.tasks);
    d.backups = diffBackups(before.backups, after.backups);
    d.logs = diffLogs(before.logs, after.logs);
    d.reports = diffReports(before.reports, after.reports);
    d.sessions = diffReports(before.sessions, after.sessions);
    d.problemsChanged = !sameProblems(before.problems, after.problems);
    d.batchChanged = !sameBatch(before.batch, after.batch);
    d.infoChanged = before.info.version != after.info.version || before.info.note != after.info.note
        || before.info.damaged.size() != after.info.damaged.size() || before.lastSaved != after.lastSaved || before.info.readOnly != after.info.readOnly;
    return d;
}

QString namespaceFile(const Snapshot& s, const Namespace& n)
{
    if (const auto it = s.namespaceFiles.constFind(n.name); it != s.namespaceFiles.cend())
        return *it;
    if (!n.entries.isEmpty())
        return n.entries.fileAt(0);
    if (!s.namespaceFiles.isEmpty())
        return {}; // one file per namespace, and this one has none
    QString file;
    for (const Namespace& other : s.namespaces)
        for (const Entry& e : other.entries) {
            if (!file.isEmpty() && e.file != file)
                return {};
            file = e.file;
            break;
        }
    return file;
}

QString namespaceFile(const Snapshot& s, const QString& ns)
{
    if (const Namespace* n = s.findNamespace(ns))
        return namespaceFile(s, *n);
    return namespaceFile(s, Namespace { ns, {} });
}

} // namespace statelens
