// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace statelens {

/// The temp files of atomic writers seen in the watched folders, to tell which ones were left behind.
class TempFileTracker final
{
public:
    /// Remembers `path` (again seen by a scan or an event); nothing happens if it is known.
    void add(const QString& path);
    void remove(const QString& path);
    void clear() { m_temps.clear(); }
    int count() const { return int(m_temps.size()); }

    /// The temp files whose mtime is more than `graceMs` old and that were not returned before (a file is
    /// returned again only when it is another inode). Files that are gone are forgotten.
    QStringList takeOrphans(int graceMs);

private:
    QHash<QString, quint64> m_temps; ///< path -> inode last returned as orphan (0: none)
};

} // namespace statelens
