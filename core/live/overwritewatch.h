// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/address.h"
#include "model/snapshot.h"

#include <QList>

#include <optional>

namespace statelens {

/// A saved value that a later version of the state no longer holds.
struct Overwrite
{
    Address address;
    std::optional<json::JsonValue> saved; ///< what the save wrote (nullopt: it removed the value)
    std::optional<json::JsonValue> now;   ///< what is there now (nullopt: nothing)
    qint64 afterMs = 0;                   ///< how long after the save the new version was seen

    /// The change that writes the saved value again.
    Change toChange() const;
};

/// Remembers what a save wrote for a few seconds, so that a running tool that writes its own values
/// back right after (one that rewrites the whole file from memory will) is caught: each newer snapshot
/// is checked for the saved addresses, compared as JSON values (json::equivalent). Times are a monotonic
/// clock in ms that the caller supplies.
class OverwriteWatch final
{
public:
    static constexpr qint64 DefaultWindowMs = 5000;

    explicit OverwriteWatch(qint64 windowMs = DefaultWindowMs) : m_windowMs(windowMs) { }

    /// Starts watching the values `saved` wrote, saved at `savedAtMs`; replaces what was watched.
    void watch(const QList<Change>& saved, qint64 savedAtMs);
    /// The watched values that `snapshot`, seen at `nowMs`, no longer holds. Each is reported once and then
    /// no longer watched; values saved more than the window before `nowMs` are dropped unchecked.
    QList<Overwrite> check(const Snapshot& snapshot, qint64 nowMs);
    bool isWatching() const { return !m_watched.isEmpty(); }
    void clear() { m_watched.clear(); }

private:
    struct Watched
    {
        Address address;
        std::optional<json::JsonValue> value;
    };
    qint64 m_windowMs;
    qint64 m_savedAtMs = 0;
    QList<Watched> m_watched;
};

} // namespace statelens
