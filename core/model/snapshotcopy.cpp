// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcopy.h"

namespace statelens {

Snapshot withTasksAndStamps(const Snapshot& s, QList<Task> tasks, QHash<QString, FileStamp> stamps)
{
    Snapshot out = s; // shares s's lists; the two below are replaced before anything detaches
    out.tasks = std::move(tasks);
    out.stamps = std::move(stamps);
    return out;
}

} // namespace statelens
