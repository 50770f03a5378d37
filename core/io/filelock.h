// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

#include <memory>

namespace statelens {

/// An exclusive advisory lock (flock) on a sidecar lock file that is never replaced, so that it keeps
/// protecting while the data files next to it are renamed over. The holder writes who it is into the
/// file, so that a waiting writer can say who holds it, and empties it again on release(). A record left by
/// a holder that was killed is stale (the flock died with it): the next acquire() takes the lock and
/// replaces the record.
class FileLock
{
public:
    FileLock() = default;
    ~FileLock();
    FileLock(FileLock&& o) noexcept;
    FileLock& operator=(FileLock&& o) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    /// Takes the lock, waiting at most `timeoutMs`. A lock held elsewhere gives a Busy error that says
    /// "busy, held by …". A lock file that cannot be created names the real cause (the folder is missing,
    /// read-only or immutable), a FIFO or device under its name is refused without blocking.
    static Result<FileLock> acquire(const QString& lockPath, int timeoutMs = 3000);

    bool isLocked() const { return m_fd >= 0; }
    void release();

private:
    int m_fd = -1;
};

} // namespace statelens
