// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filestamp.h"

#include <QList>
#include <QString>

#include <optional>

namespace statelens {

struct FolderEntry
{
    QString name;
    bool isFolder = false; ///< a real folder (symlinks to folders are left out of listings)
    FileStamp stamp; ///< of the file (symlinks followed); not filled for folders
};

/// Lists the regular files and folders in `path`, with one fstatat() per file: the cheap way to scan
/// folders of 100,000 files. Entries that vanish while listing are left out. nullopt when the folder
/// cannot be opened (gone, or no permission).
std::optional<QList<FolderEntry>> listFolder(const QString& path);

} // namespace statelens
