// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small I/O routines shared by the external writer programs that tests and benchmarks start.

#include <QByteArray>
#include <QtGlobal>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace statelens::test {

/// CLOCK_MONOTONIC in ns: comparable with the watching process's clock.
inline qint64 monotonicNs()
{
    struct timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

/// Prints "<program>: <what> <path>: <errno text>" and exits with status 2.
[[noreturn]] inline void failWith(const char* program, const char* what, const QByteArray& path)
{
    std::fprintf(stderr, "%s: %s %s: %s\n", program, what, path.constData(), std::strerror(errno));
    std::exit(2);
}

/// Writes everything (retrying on EINTR); exits through failWith() on an error.
inline void writeAll(const char* program, int fd, const char* data, qsizetype size, const QByteArray& path)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            failWith(program, "cannot write", path);
        }
        data += n;
        size -= n;
    }
}

} // namespace statelens::test
