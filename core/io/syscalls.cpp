// SPDX-License-Identifier: GPL-3.0-or-later
#include "syscalls.h"

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace statelens::io {

namespace {
ssize_t realWrite(int fd, const void* data, size_t size) { return ::write(fd, data, size); }
int realFsync(int fd) { return ::fsync(fd); }
int realRename(const char* from, const char* to) { return ::rename(from, to); }
int realLinkat(int fromDirFd, const char* from, int toDirFd, const char* to, int flags)
{
    return ::linkat(fromDirFd, from, toDirFd, to, flags);
}
ssize_t realCopyFileRange(int fromFd, off_t* fromOffset, int toFd, off_t* toOffset, size_t size, unsigned flags)
{
    return ::copy_file_range(fromFd, fromOffset, toFd, toOffset, size, flags);
}
} // namespace

const Syscalls& realSyscalls()
{
    static const Syscalls real { realWrite, realFsync, realFsync, realRename, realLinkat, realCopyFileRange };
    return real;
}

Syscalls& syscalls()
{
    static Syscalls current = realSyscalls();
    return current;
}

} // namespace statelens::io
