// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonequivalence.h"

namespace statelens::json {

bool equivalent(const JsonValue& a, const JsonValue& b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case JsonValue::Type::Number:
        return a.numberText() == b.numberText() || a.toDouble() == b.toDouble();
    case JsonValue::Type::Object:
        if (a.size() != b.size())
            return false;
        for (const JsonMember& m : a.members()) {
            const JsonValue* other = b.member(m.key);
            if (!other || !equivalent(*a.member(m.key), *other)) // last one wins, as when reading
                return false;
        }
        return true;
    case JsonValue::Type::Array:
        if (a.items().size() != b.items().size())
            return false;
        for (size_t i = 0; i < a.items().size(); ++i)
            if (!equivalent(a.items()[i], b.items()[i]))
                return false;
        return true;
    default:
        return a == b;
    }
}

bool equivalent(const std::optional<JsonValue>& a, const std::optional<JsonValue>& b)
{
    return a.has_value() == b.has_value() && (!a || equivalent(*a, *b));
}

} // namespace statelens::json
