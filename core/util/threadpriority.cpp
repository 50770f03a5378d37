// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpriority.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace statelens {

void lowerThreadPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#if defined(__linux__)
    // On Linux the nice value belongs to the thread (and threads it starts inherit it).
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    const int now = ::getpriority(PRIO_PROCESS, tid);
    if (now < 10)
        ::setpriority(PRIO_PROCESS, tid, 10);
#endif
}

} // namespace statelens
