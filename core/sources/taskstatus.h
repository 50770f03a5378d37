// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QStringList>

namespace statelens {

/// The statuses a task of the documented format can have (seed 002, docs/FORMAT.md), in their life order:
/// pending, in_progress, waiting, completed, failed, cancelled.
QStringList documentedTaskStatuses();

/// The statuses a task of `snapshot` can be given: the documented ones (for the sources that write the
/// documented task files), then any other status seen in its tasks, sorted. One pass over the tasks.
QStringList taskStatusChoices(const Snapshot& snapshot);

} // namespace statelens
