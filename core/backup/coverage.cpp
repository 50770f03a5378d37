// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage.h"

namespace statelens::backup {

QString keyAddress(const QString& ns, const QString& key)
{
    return json::Pointer::escape(ns) + u'/' + json::Pointer::escape(key);
}

bool Coverage::coversKey(const QString& ns, const QString& key, const Entry* current) const
{
    if (allNamespaces) {
        if (!scopedRowsOnly || !current)
            return true;
        return !current->meta.value(QStringLiteral("scope")).toString().isEmpty();
    }
    return namespaces.contains(ns) || keys.contains(keyAddress(ns, key));
}

Snapshot trimToCoverage(const Snapshot& snapshot, const Coverage& coverage)
{
    Snapshot out;
    out.info = snapshot.info;
    out.stamps = snapshot.stamps;
    out.namespaceFiles = snapshot.namespaceFiles;
    out.lastSaved = snapshot.lastSaved;
    for (const Namespace& ns : snapshot.namespaces) {
        Namespace kept { ns.name, {} };
        for (const Entry& e : ns.entries)
            if (coverage.coversKey(ns.name, e.key, &e))
                kept.entries.append(e);
        if (!kept.entries.isEmpty() || coverage.namespaces.contains(ns.name) || (coverage.allNamespaces && !coverage.scopedRowsOnly))
            out.namespaces.append(std::move(kept));
    }
    for (const Task& t : snapshot.tasks)
        if (coverage.coversTask(t.id))
            out.tasks.append(t);
    return out;
}

} // namespace statelens::backup
