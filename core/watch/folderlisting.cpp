// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderlisting.h"

#include <QFile>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace statelens {

std::optional<QList<FolderEntry>> listFolder(const QString& path)
{
    DIR* dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir)
        return std::nullopt;
    const int fd = ::dirfd(dir);
    QList<FolderEntry> entries;
    while (const struct dirent* d = ::readdir(dir)) {
        const char* n = d->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
            continue;
        FolderEntry e;
        struct stat st;
        if (d->d_type == DT_DIR) {
            e.isFolder = true;
        } else if (d->d_type == DT_REG || d->d_type == DT_LNK || d->d_type == DT_UNKNOWN) {
            if (d->d_type == DT_UNKNOWN) {
                if (::fstatat(fd, n, &st, AT_SYMLINK_NOFOLLOW) != 0)
                    continue;
                if (S_ISDIR(st.st_mode)) {
                    e.isFolder = true;
                    e.name = QFile::decodeName(n);
                    entries.append(std::move(e));
                    continue;
                }
            }
            if (::fstatat(fd, n, &st, 0) != 0 || !S_ISREG(st.st_mode))
                continue;
            e.stamp = FileStamp::fromStat(st);
        } else {
            continue;
        }
        e.name = QFile::decodeName(n);
        entries.append(std::move(e));
    }
    ::closedir(dir);
    return entries;
}

} // namespace statelens
