// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonpointer.h"
#include "json/jsonvalue.h"

#include <QList>

#include <optional>

namespace statelens::diff {

/// One place inside a key's value that both sides changed, each differently (nullopt: absent there).
struct FieldConflict
{
    json::Pointer pointer; ///< relative to the key's value
    std::optional<json::JsonValue> base;
    std::optional<json::JsonValue> theirs;
    std::optional<json::JsonValue> mine;
};

/// A three-way merge of one key's value.
struct ValueMerge
{
    /// Theirs, plus every field that only I changed; at each conflict, their value.
    std::optional<json::JsonValue> merged;
    /// The fields both sides changed differently, in document order.
    QList<FieldConflict> conflicts;

    /// `merged` with my value at each conflict whose `keepMine` entry is true (missing entries: theirs).
    std::optional<json::JsonValue> resolved(const QList<bool>& keepMine) const;
};

/// Merges my change and theirs of a value both made from `base`, member by member down through objects
/// that all three sides hold (arrays, and values whose type changed, are compared whole). Values are
/// compared with json::equivalent().
ValueMerge mergeValues(const std::optional<json::JsonValue>& base, const std::optional<json::JsonValue>& theirs,
                       const std::optional<json::JsonValue>& mine);

} // namespace statelens::diff
