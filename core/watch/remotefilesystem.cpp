// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotefilesystem.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace statelens {

QString remoteFileSystemName(const QString& path)
{
#ifdef Q_OS_LINUX
    struct statfs sfs;
    if (::statfs(QFile::encodeName(path).constData(), &sfs) != 0)
        return {};
    // Magic numbers from linux/magic.h and the file systems' own headers (not all of them are there).
    switch (static_cast<unsigned long>(sfs.f_type)) {
    case 0x6969UL:
        return QStringLiteral("NFS");
    case 0x517BUL:
    case 0xFF534D42UL:
    case 0xFE534D42UL:
        return QStringLiteral("SMB/CIFS");
    case 0x65735546UL:
        return QStringLiteral("FUSE (sshfs, rclone, …)");
    case 0x01021997UL:
        return QStringLiteral("9p");
    case 0x00C36400UL:
        return QStringLiteral("CephFS");
    case 0x5346414FUL:
    case 0x6B414653UL:
        return QStringLiteral("AFS");
    case 0x73757245UL:
        return QStringLiteral("Coda");
    case 0x564CUL:
        return QStringLiteral("NCP");
    case 0x47504653UL:
        return QStringLiteral("GPFS");
    case 0x0BD00BD0UL:
        return QStringLiteral("Lustre");
    case 0x786F4256UL:
        return QStringLiteral("VirtualBox shared folder");
    default:
        return {};
    }
#else
    Q_UNUSED(path);
    return {};
#endif
}

} // namespace statelens
