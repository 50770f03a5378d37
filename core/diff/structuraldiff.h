// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonpointer.h"
#include "json/jsonvalue.h"
#include "model/snapshot.h"

#include <QList>

namespace statelens::diff {

enum class ChangeKind { Added, Removed, Changed, TypeChanged };

/// One difference inside a value, at a JSON Pointer relative to the value.
struct ValueChange
{
    json::Pointer pointer;
    ChangeKind kind = ChangeKind::Changed;
    json::JsonValue before; ///< null for Added
    json::JsonValue after;  ///< null for Removed
};

/// One difference between two states, per namespace key, task or report.
struct EntryDiff
{
    enum class Scope { Key, Task, Report };
    Scope scope = Scope::Key;
    QString ns;  ///< namespace (Key), "@tasks" or "@reports"
    QString key; ///< key, task id or report id
    ChangeKind kind = ChangeKind::Changed;
    json::JsonValue before;
    json::JsonValue after;
    QList<ValueChange> details; ///< value-level changes for Changed entries

    /// "NAMESPACE/KEY" (or "@tasks/<id>"), escaped as in Address::toString().
    QString address() const;
};

struct DiffResult
{
    QList<EntryDiff> entries;
    int added = 0;
    int removed = 0;
    int changed = 0; ///< Changed and TypeChanged
    bool isEmpty() const { return entries.isEmpty(); }
};

/// Leaf-level differences between two values (objects by key, arrays by index), at most `maxChanges`.
QList<ValueChange> diffValues(const json::JsonValue& before, const json::JsonValue& after, int maxChanges = 1000);

/// Differences between two snapshots: namespaces' keys, tasks (by id) and reports (by id).
DiffResult diffSnapshots(const Snapshot& before, const Snapshot& after);

/// Stable machine name of a change kind: "added", "removed", "changed", "type-changed".
QString changeKindId(ChangeKind kind);
/// Name of a change kind for people, translated.
QString changeKindName(ChangeKind kind);

} // namespace statelens::diff
