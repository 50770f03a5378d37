// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempfiletracker.h"

#include "io/filestamp.h"

#include <ctime>

namespace statelens {

void TempFileTracker::add(const QString& path)
{
    if (!m_temps.contains(path))
        m_temps.insert(path, 0);
}

void TempFileTracker::remove(const QString& path)
{
    m_temps.remove(path);
}

QStringList TempFileTracker::takeOrphans(int graceMs)
{
    struct timespec ts;
    ::clock_gettime(CLOCK_REALTIME, &ts);
    const qint64 now = qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
    QStringList orphans;
    for (auto it = m_temps.begin(); it != m_temps.end();) {
        const FileStamp st = FileStamp::stat(it.key());
        if (!st.exists) {
            it = m_temps.erase(it);
            continue;
        }
        if (it.value() != st.inode && (now - st.mtimeNs) / 1000000 >= graceMs) {
            it.value() = st.inode;
            orphans.append(it.key());
        }
        ++it;
    }
    return orphans;
}

} // namespace statelens
