// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filestamp.h"
#include "watchsettings.h"

namespace statelens {

/// What StateWatcher knows about one changed file when it decides whether to report it.
struct SettleInput
{
    FileStamp stamp; ///< as just stat'ed
    bool inotify = false; ///< its folder is watched by inotify (else polled)
    bool writing = false; ///< inotify saw it created, opened or modified and no close since
    bool movedIn = false; ///< inotify saw it renamed into place
    qint64 stableForMs = 0; ///< how long stat has given this same stamp
    qint64 pendingForMs = 0; ///< how long the change has waited
    qint64 mtimeAgeMs = 0; ///< now minus the stamp's mtime (wall clock)
};

/// True when a change can be reported without risk that the file is half-written or that a later write
/// gets the same (size, mtime):
/// - a removal, or a file renamed into place by an atomic writer, at once;
/// - a file whose writer closed it (inotify), once its mtime is older than the timestamp granularity;
/// - a file still open for writing (inotify), once stable for openWriteSettleMs;
/// - a polled file, once stable for settleMs (and its mtime old enough);
/// - anything, after maxHoldMs.
bool isSettled(const SettleInput& in, const WatchSettings& settings);

} // namespace statelens
