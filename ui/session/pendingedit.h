// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "model/address.h"

#include <QString>

#include <optional>

namespace statelens::ui {

/// One key's pending edit: a new value, or its removal. An empty key stands for the whole namespace.
struct PendingEdit
{
    QString ns;
    QString key;
    bool remove = false;
    json::JsonValue value;                 ///< the new value (when not a removal)
    std::optional<json::JsonValue> before; ///< the saved value, when the key exists on disk

    bool isNamespace() const { return key.isEmpty(); }
    bool isAddition() const { return !remove && !before.has_value(); }
    Change toChange() const
    {
        Change c;
        c.op = remove ? Change::Op::Remove : Change::Op::Set;
        c.address.ns = ns;
        c.address.key = key;
        c.value = value;
        return c;
    }
};

} // namespace statelens::ui
