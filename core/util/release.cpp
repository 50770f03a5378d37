// SPDX-License-Identifier: GPL-3.0-or-later
#include "release.h"

#include "threadpriority.h"

namespace statelens {

namespace {
struct ReleasePool
{
    QThreadPool pool;
    ReleasePool()
    {
        pool.setObjectName(QStringLiteral("statelens-release"));
        pool.setMaxThreadCount(1); // freeing is memory-bound: one thread, in order
        pool.setExpiryTimeout(-1); // stays, so that its lowered priority does too
        pool.start(lowerThreadPriority);
    }
};
} // namespace

QThreadPool* releasePool()
{
    static ReleasePool instance; // waits for what is queued at exit
    return &instance.pool;
}

} // namespace statelens
