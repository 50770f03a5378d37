// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

namespace statelens {

/// `s` with its tasks and stamps replaced by `tasks` and `stamps`; every other member is shared with `s`
/// (implicitly shared lists: no deep copy). The two lists that can hold a million items are the ones a
/// reload rebuilds itself or keeps as its own copy; everything else, including members added to Snapshot
/// later, comes along without being named here.
Snapshot withTasksAndStamps(const Snapshot& s, QList<Task> tasks, QHash<QString, FileStamp> stamps);

} // namespace statelens
