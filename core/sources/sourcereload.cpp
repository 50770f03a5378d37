// SPDX-License-Identifier: GPL-3.0-or-later
// The default partial reload (read everything and compare), and reading back what a save wrote.
#include "sources/source.h"

#include <QCoreApplication>

namespace statelens {

Result<Reload> Source::reloadFiles(Snapshot current, const QList<FileChange>& changes,
                                   const LoadContext& context) const
{
    auto loaded = load(context);
    if (!loaded)
        return loaded.error();
    Reload r;
    r.snapshot = std::move(loaded.value());
    r.delta = diffSnapshots(current, r.snapshot);
    r.delta.files = changes;
    return r;
}

Result<Reload> Source::readBack(Snapshot base, const ApplyResult& written, const LoadContext& context) const
{
    QList<FileChange> changes;
    for (const QString& f : written.filesWritten + written.backupsMade) {
        FileChange c;
        c.path = f;
        c.stamp = FileStamp::stat(f);
        c.kind = !c.stamp.exists ? FileChange::Kind::Removed
            : base.stamps.contains(f) ? FileChange::Kind::Replaced : FileChange::Kind::Added;
        changes.append(c);
    }
    auto r = reloadFiles(std::move(base), changes, context);
    if (r && !r->deferred.isEmpty())
        return Error { Error::Kind::Conflict,
                       QCoreApplication::translate("statelens::Sources", "%1 changed again while it was read back")
                           .arg(r->deferred.first().path),
                       r->deferred.first().path };
    return r;
}

} // namespace statelens
