// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonvalue.h"

#include <optional>

namespace statelens::json {

/// Equality as a reader of the values sees it: objects regardless of member order, numbers by value ("1.0"
/// and "1" are the same). A tool that rewrites a whole file in its own style does not make the values it
/// did not change look changed. (JsonValue::operator== compares member order and number spelling.)
bool equivalent(const JsonValue& a, const JsonValue& b);
/// The same for values that may be absent (nullopt: no value there); two absent values are equivalent.
bool equivalent(const std::optional<JsonValue>& a, const std::optional<JsonValue>& b);

} // namespace statelens::json
