// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace statelens {

/// How StateWatcher watches. The defaults suit state folders on a local disk; see docs/WATCHING.md.
struct WatchSettings
{
    /// Events are collected this long before the files they name are looked at again.
    int debounceMs = 40;
    /// A file whose writer is not known to be done (polling, or written in place without a close seen)
    /// is reported only after its (size, mtime, inode) stayed the same this long.
    int settleMs = 80;
    /// Same, while inotify says that a writer still has the file open for writing.
    int openWriteSettleMs = 500;
    /// A file that never settles (a log appended to all the time) is reported after this long anyway.
    int maxHoldMs = 2000;
    /// Coarsest file timestamp step that is expected. A version is reported only once its mtime is this
    /// much in the past, so that a later write in place always gets a different mtime (git's "racy" rule).
    int timestampGranularityMs = 20;
    /// Interval of the mtime/size/inode scan of folders that are not watched by inotify.
    int pollIntervalMs = 1000;
    /// Poll everything, even where inotify would work.
    bool forcePolling = false;
    /// At most this many inotify watches (one per folder); further folders are polled. The kernel limit
    /// (/proc/sys/fs/inotify/max_user_watches) is shared by every program of the user, so at most half of
    /// it is used whatever this says.
    int watchBudget = 4096;
    /// A temp file of an atomic writer that was not touched for this long is reported by orphanTempFile().
    int orphanGraceMs = 10000;
};

} // namespace statelens
