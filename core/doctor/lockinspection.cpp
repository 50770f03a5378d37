// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockinspection.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace statelens::doctor {

LockInspection inspectLock(const QString& lockPath)
{
    LockInspection out;
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
    if (fd < 0)
        return out;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { // a FIFO or device under the lock's name
        ::close(fd);
        return out;
    }
    out.exists = true;
    char buf[512] = {};
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    if (n > 0)
        out.record = QString::fromUtf8(buf, n).trimmed();
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
        ::flock(fd, LOCK_UN);
    else
        out.held = errno == EWOULDBLOCK;
    ::close(fd);
    static const QRegularExpression pidRe(QStringLiteral("\\bpid (\\d+)\\b"));
    if (const auto m = pidRe.match(out.record); m.hasMatch()) {
        out.pid = m.captured(1).toLongLong();
        out.pidAlive = out.pid > 0 && (::kill(pid_t(out.pid), 0) == 0 || errno == EPERM);
    }
    return out;
}

} // namespace statelens::doctor
