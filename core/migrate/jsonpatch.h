// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonpointer.h"
#include "json/jsonvalue.h"
#include "util/result.h"

#include <QString>

namespace statelens::migrate {

/// What part of a state an operation of a user migration is applied to.
struct Scope
{
    enum class Kind { State, Namespace, Key, Tasks };
    Kind kind = Kind::State;
    QString ns; ///< Namespace and Key
    QString key; ///< Key

    /// For people: "the whole state", "namespace user", "key user/prefs", "every task".
    QString describe() const;
};

/// One operation of a user migration: RFC 6902 JSON Patch (add, remove, replace, move, copy, test) plus
/// two conveniences: rename (a member keeps its place under a new key; nothing happens where it is
/// absent) and default (sets a value where the path is missing, creating missing parent objects).
struct PatchOperation
{
    enum class Op { Add, Remove, Replace, Move, Copy, Test, Rename, Default };

    Op op = Op::Add;
    json::Pointer path;
    json::Pointer from; ///< move, copy
    QString newKey; ///< rename
    json::JsonValue value; ///< add, replace, test, default
    Scope scope;
    int line = 0; ///< where the operation is written in its file (1-based), for errors
    int column = 0;

    static QString opName(Op op);
};

/// Applies patch operations to ordered JSON values.
class JsonPatch
{
public:
    /// Applies `op` to `target`, with every path taken relative to `base`. On error `target` may be
    /// partly changed (callers work on a copy); the message names the operation and the path.
    static Result<void> apply(
        json::JsonValue& target, const PatchOperation& op, const json::Pointer& base = {});

    /// The value at `p`, or nullptr.
    static const json::JsonValue* find(const json::JsonValue& root, const json::Pointer& p);
    static json::JsonValue* find(json::JsonValue& root, const json::Pointer& p);

    /// JSON equality as RFC 6902's test defines it: json::equivalent().
    static bool equal(const json::JsonValue& a, const json::JsonValue& b);
};

} // namespace statelens::migrate
