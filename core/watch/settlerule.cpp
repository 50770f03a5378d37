// SPDX-License-Identifier: GPL-3.0-or-later
#include "settlerule.h"

namespace statelens {

bool isSettled(const SettleInput& in, const WatchSettings& s)
{
    if (!in.stamp.exists || in.pendingForMs >= s.maxHoldMs)
        return true;
    // A negative age is an mtime in the future (clock skew, or set by hand): waiting would not help.
    const bool oldEnough = in.mtimeAgeMs >= s.timestampGranularityMs || in.mtimeAgeMs < 0;
    if (in.inotify && !in.writing)
        return in.movedIn || oldEnough; // a new inode is told apart by its inode number alone
    const int needStable = in.inotify ? s.openWriteSettleMs : s.settleMs;
    return in.stableForMs >= needStable && oldEnough;
}

} // namespace statelens
