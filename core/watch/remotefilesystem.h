// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace statelens {

/// The name of the file system `path` is on ("NFS", "SMB/CIFS", "FUSE (sshfs, …)", "9p", …) when it is
/// one where inotify does not see writes made by other machines or by the FUSE daemon's backend, so that
/// only polling can follow it; an empty string for local file systems (and when statfs fails).
QString remoteFileSystemName(const QString& path);

} // namespace statelens
