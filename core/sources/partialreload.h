// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceutil.h"

namespace statelens::reload {

/// What reading one reported file gave.
struct ReadFile
{
    enum class Outcome {
        Parsed, ///< `doc` holds the new version
        Gone, ///< removed (or no longer there)
        Skipped, ///< written again while being read: a newer report follows, keep the old data
        Deferred, ///< did not parse: keep the old data, the error went to Reload::deferred
    };
    Outcome outcome = Outcome::Skipped;
    DocumentPtr doc;
    FileStamp stamp; ///< of the version read (with its content hash)
};

/// Reads and parses the version `change` reported, through FileChange::readContent(). With
/// `requireObject`, a root that is not a JSON object is deferred like a parse error.
ReadFile readChanged(const FileChange& change, QList<DeferredFile>& deferred, bool requireObject = false);

/// A copy of `s` without its two big parts, tasks and stamps (for computing deltas after `s` was moved).
Snapshot lightCopy(const Snapshot& s);

/// The positions of task files in a list sorted by file, before and after: `removed` are positions in the
/// old list (computed from the new one), `added` and `changed` in the new one.
ListDelta taskDelta(const QList<Task>& after, const QHash<QString, QString>& removed, const QStringList& added,
                    const QStringList& changed);

/// Removes the problems that concern `file`.
void dropProblemsOf(Snapshot& snapshot, const QString& file);

/// The position of the item whose `file` member is `path` in a list sorted by that member (binary search,
/// then a linear scan for lists that are not sorted); -1 if absent.
int findTask(const QList<Task>& tasks, const QString& path);
/// Where a task file `path` belongs in a list sorted by file.
int insertPosition(const QList<Task>& tasks, const QString& path);

} // namespace statelens::reload
