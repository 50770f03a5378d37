// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/types.h>

namespace statelens::io {

/// The system calls through which writeFileAtomically() and linkOrCopyForBackup() change the disk. In
/// production they are the libc functions; a test replaces one of them (through syscalls()) to inject a
/// disk fault (ENOSPC, EIO, EROFS, EACCES, a short write) at one step of a save and restores the table
/// afterwards (SyscallsOverride). Reading is not routed through here.
struct Syscalls
{
    ssize_t (*write)(int fd, const void* data, size_t size);
    int (*fsyncFile)(int fd); ///< the temp file's fsync
    int (*fsyncDir)(int fd); ///< the folder's fsync after a rename, link or removal
    int (*rename)(const char* from, const char* to);
    int (*linkat)(int fromDirFd, const char* from, int toDirFd, const char* to, int flags);
    /// copy_file_range(2): the unchanged ranges of a spliced save (EXDEV, EINVAL, ENOSYS, EOPNOTSUPP fall
    /// back to writing them from memory).
    ssize_t (*copyFileRange)(int fromFd, off_t* fromOffset, int toFd, off_t* toOffset, size_t size, unsigned flags);
};

/// The table in use (the libc functions unless a test replaced some).
Syscalls& syscalls();
/// The libc functions.
const Syscalls& realSyscalls();

} // namespace statelens::io
