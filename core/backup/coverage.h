// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QSet>

namespace statelens::backup {

/// What part of a state a backup holds. A backup of state.json covers its namespaces but says nothing
/// about reports; a safety backup of one task file covers that task only. Comparisons and restores look
/// only at what the backup covers, so that a partial backup never "removes" what it never held.
struct Coverage
{
    bool allNamespaces = false; ///< every namespace (one missing from the backup did not exist then)
    bool scopedRowsOnly = false; ///< with allNamespaces: only rs-llmspell rows of a state scope (meta "scope")
    QSet<QString> namespaces;   ///< whole namespaces covered
    QSet<QString> keys;         ///< single keys covered, as "NAMESPACE/KEY" (Address::toString() form)
    bool allTasks = false;
    QSet<QString> tasks;        ///< task ids covered

    bool coversKey(const QString& ns, const QString& key, const Entry* current = nullptr) const;
    bool coversTask(const QString& id) const { return allTasks || tasks.contains(id); }
    bool isEmpty() const { return !allNamespaces && namespaces.isEmpty() && keys.isEmpty() && !allTasks && tasks.isEmpty(); }
};

/// "NAMESPACE/KEY" with '/' and '~' escaped, as Address::toString() writes it.
QString keyAddress(const QString& ns, const QString& key);

/// A copy of `snapshot` holding only what `coverage` covers (namespaces, keys and tasks; never reports).
Snapshot trimToCoverage(const Snapshot& snapshot, const Coverage& coverage);

} // namespace statelens::backup
