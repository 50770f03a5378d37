// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/structuraldiff.h"

namespace statelens::migrate {

/// A value a migration step takes away from where it was: either it appears again at another place
/// (moved, renamed) or it is gone from the state (dropped; only the pre-migration backup keeps it).
struct ValueFate
{
    enum class Kind { Dropped, Moved };
    Kind kind = Kind::Dropped;
    json::Pointer from;     ///< where the value was, in the state file
    json::Pointer to;       ///< where it is after the step (Moved only)
    json::JsonValue value;  ///< the value itself (a leaf, or an empty object or array)
};

/// Follows every value the `changes` remove or replace, leaf by leaf: a leaf whose exact value is added
/// elsewhere by the same changes is Moved there, any other is Dropped. Where several added leaves hold
/// the value, the one with the same member name wins, then one whose name contains the other
/// (`request_timeout` → `timeout`); null, booleans, 0 and 1 move only to a place with a related name, so
/// that a dropped `false` is not taken for a moved one. In the order of `changes`.
QList<ValueFate> valueFates(const QList<diff::ValueChange>& changes);

/// The changes to one state file as the Backups view shows a diff: one group named `group`, one entry
/// per top-level member (the key), the deeper changes as its details. `before` and `after` are objects
/// that hold (at least) the touched top-level members; they give the entries their whole values.
diff::DiffResult asEntryDiff(const QString& group, const QList<diff::ValueChange>& changes,
    const json::JsonValue& before = {}, const json::JsonValue& after = {});

} // namespace statelens::migrate
