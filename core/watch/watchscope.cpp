// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchscope.h"

#include <QDir>
#include <QFileInfo>

namespace statelens {

WatchScope::WatchScope(const QString& path, bool isFolder, const QStringList& subfolders)
{
    const QFileInfo info(path);
    if (isFolder) {
        m_root = QDir::cleanPath(info.absoluteFilePath());
        for (const QString& s : subfolders) {
            const QString clean = QDir::cleanPath(s);
            if (!clean.isEmpty() && clean != u"." && !clean.startsWith(QLatin1String(".."))
                && !clean.startsWith(u'/'))
                m_subfolders.append(clean);
        }
    } else {
        m_root = QDir::cleanPath(info.absolutePath());
        m_singleName = info.fileName();
        m_singleStem = info.completeBaseName();
    }
}

bool WatchScope::includesFolder(const QString& path) const
{
    if (path == m_root)
        return true;
    if (!m_singleName.isEmpty() || !path.startsWith(m_root + u'/'))
        return false;
    const QString rel = path.mid(m_root.size() + 1);
    if (rel.count(u'/') > 32)
        return false;
    for (const QString& spec : m_subfolders) {
        if (spec == u"*" || rel == spec || rel.startsWith(spec + u'/') || spec.startsWith(rel + u'/'))
            return true;
    }
    return false;
}

bool WatchScope::includesFile(const QString& folder, const QString& name) const
{
    return m_singleName.isEmpty() || (folder == m_root && name == m_singleName);
}

bool WatchScope::includesTemp(const QString& folder, const QString& name) const
{
    return m_singleName.isEmpty() || (folder == m_root && name.contains(m_singleStem));
}

} // namespace statelens
