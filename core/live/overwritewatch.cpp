// SPDX-License-Identifier: GPL-3.0-or-later
#include "overwritewatch.h"

#include "json/jsonequivalence.h"
#include "sources/sourceutil.h"

namespace statelens {

Change Overwrite::toChange() const
{
    Change c;
    c.op = saved ? Change::Op::Set : Change::Op::Remove;
    c.address = address;
    if (saved)
        c.value = *saved;
    return c;
}

void OverwriteWatch::watch(const QList<Change>& saved, qint64 savedAtMs)
{
    m_savedAtMs = savedAtMs;
    m_watched.clear();
    for (const Change& c : saved)
        m_watched.append({ c.address, c.op == Change::Op::Set ? std::optional(c.value) : std::nullopt });
}

QList<Overwrite> OverwriteWatch::check(const Snapshot& snapshot, qint64 nowMs)
{
    QList<Overwrite> found;
    if (nowMs - m_savedAtMs > m_windowMs) {
        m_watched.clear();
        return found;
    }
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        std::optional<json::JsonValue> now = valueAt(snapshot, it->address);
        if (json::equivalent(now, it->value)) {
            ++it;
            continue;
        }
        found.append({ it->address, it->value, std::move(now), nowMs - m_savedAtMs });
        it = m_watched.erase(it);
    }
    return found;
}

} // namespace statelens
