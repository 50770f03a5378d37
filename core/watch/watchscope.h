// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace statelens {

/// Which folders and files belong to a watched state: a folder's own files plus the files below the listed
/// subfolders, or one single file.
class WatchScope final
{
public:
    WatchScope() = default;
    /// `path` is an absolute folder (when `isFolder`) or file. `subfolders` are relative to the folder
    /// ("tasks", ".claude/checkpoints"; "*" for all); ".." and absolute entries are ignored.
    WatchScope(const QString& path, bool isFolder, const QStringList& subfolders);

    bool isEmpty() const { return m_root.isEmpty(); }
    /// The folder that is watched (the file's folder for a single file).
    const QString& root() const { return m_root; }

    /// True for the root and for the listed subfolders, what is below them, and the folders that lead to
    /// them (at most 32 levels deep).
    bool includesFolder(const QString& path) const;
    /// True for a file named `name` in `folder` (which includesFolder()).
    bool includesFile(const QString& folder, const QString& name) const;
    /// True for a temp file that may belong to one of the included files.
    bool includesTemp(const QString& folder, const QString& name) const;

private:
    QString m_root;
    QString m_singleName; ///< the file's name when a single file is watched
    QString m_singleStem; ///< its name without the last extension (temp files contain it)
    QStringList m_subfolders;
};

} // namespace statelens
