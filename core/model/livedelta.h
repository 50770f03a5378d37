// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filechange.h"
#include "model/snapshot.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace statelens {

/// What changed in one list of a Snapshot (namespaces, tasks, backups, logs, reports, sessions) from one
/// version to the next. Removing the `removed` rows (old positions, applied from the last) from the old
/// list and then inserting the `added` rows (new positions, applied from the first) gives a list whose
/// items are those of the new list; `changed` are new positions of items present in both whose content
/// differs. Views apply it with beginRemoveRows/beginInsertRows/dataChanged instead of a reset.
struct ListDelta
{
    QList<int> removed; ///< positions in the old list, ascending
    QList<int> added; ///< positions in the new list, ascending
    QList<int> changed; ///< positions in the new list, ascending
    QStringList removedIds; ///< ids (task id, backup id, log path, namespace name…) in the same order
    QStringList addedIds;
    QStringList changedIds;
    /// Items kept their identity but not their order: the list must be shown again from scratch.
    bool reset = false;

    bool isEmpty() const { return removed.isEmpty() && added.isEmpty() && changed.isEmpty() && !reset; }
    int count() const { return int(removed.size() + added.size() + changed.size()); }
};

/// The keys of one namespace (present before and after) that changed.
struct KeyDelta
{
    QString ns;
    QStringList added;
    QStringList removed;
    QStringList changed;
    /// Keys present on both sides are in another order: positions in Namespace::entries moved, so
    /// whatever maps keys to those positions must map them again.
    bool reordered = false;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !reordered; }
};

/// Everything that differs between two snapshots of the same state, as LiveState reports it after a
/// partial (or, when the source cannot do better, full) reload.
struct LiveDelta
{
    QList<FileChange> files; ///< what the watcher reported and was read
    ListDelta namespaces; ///< by name
    QList<KeyDelta> keys; ///< namespaces present before and after whose keys changed
    ListDelta tasks; ///< by file
    ListDelta backups; ///< by path
    ListDelta logs; ///< by path
    ListDelta reports; ///< by path
    ListDelta sessions; ///< by path and id
    bool problemsChanged = false;
    bool batchChanged = false;
    bool infoChanged = false; ///< version, note, last saved…
    bool full = false; ///< the whole state was read again

    bool isEmpty() const;
    /// The KeyDelta of `ns`, or nullptr.
    const KeyDelta* keysOf(const QString& ns) const;
    /// Names of the namespaces that were added, removed, or whose keys changed.
    QStringList changedNamespaceNames() const;
};

/// Each compares two versions of a list by identity and content, in O(n) with a hash of the ids.
ListDelta diffNamespaces(const QList<Namespace>& before, const QList<Namespace>& after);
KeyDelta diffKeys(const Namespace& before, const Namespace& after);
ListDelta diffTasks(const QList<Task>& before, const QList<Task>& after);
ListDelta diffBackups(const QList<Backup>& before, const QList<Backup>& after);
ListDelta diffLogs(const QList<LogFile>& before, const QList<LogFile>& after);
ListDelta diffReports(const QList<Report>& before, const QList<Report>& after);
bool sameProblems(const QList<Problem>& a, const QList<Problem>& b);
bool sameBatch(const std::optional<Batch>& a, const std::optional<Batch>& b);
bool sameEntry(const Entry& a, const Entry& b);

/// Compares two whole snapshots (used after a full reload).
LiveDelta diffSnapshots(const Snapshot& before, const Snapshot& after);

/// Fills the namespace part of `delta` (namespaces and keys) by comparing the two snapshots; with `only`,
/// the keys of just those namespaces are compared (the others are taken as unchanged).
void diffNamespacesInto(LiveDelta& delta, const Snapshot& before, const Snapshot& after,
                        const QSet<QString>* only = nullptr);

/// The file that holds namespace `ns` in `snapshot` (namespaceFiles, else the file of its first key, else
/// the single file every namespace of the state lives in); empty when unknown.
QString namespaceFile(const Snapshot& snapshot, const QString& ns);
/// The same for a namespace at hand (no lookup by name: for loops over every namespace).
QString namespaceFile(const Snapshot& snapshot, const Namespace& ns);

} // namespace statelens
