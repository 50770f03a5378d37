// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonpointer.h"
#include "json/jsonvalue.h"
#include "util/result.h"

namespace statelens {

/// NAMESPACE/KEY plus an optional JSON Pointer into the value: "user/preferences/theme". In the namespace
/// and key, '/' is written "~1" and '~' is written "~0", as in JSON Pointer.
struct Address
{
    QString ns;
    QString key;
    json::Pointer pointer;

    static Result<Address> parse(const QString& text);
    QString toString() const;
    bool hasKey() const { return !key.isEmpty(); }
};

struct Snapshot;
class ValueRef;

/// The value an address names in a snapshot: a namespace key (and a pointer into it), or a task or
/// report ("@tasks/<id>", "@reports/<id>"). Errors say what is missing.
Result<ValueRef> resolveAddress(const Snapshot& snapshot, const Address& address);

/// One pending change.
struct Change
{
    enum class Op { Set, Remove };
    Op op = Op::Set;
    Address address;
    json::JsonValue value; ///< for Set
};

} // namespace statelens
