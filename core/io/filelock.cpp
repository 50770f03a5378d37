// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace statelens {

FileLock::~FileLock()
{
    release();
}

FileLock::FileLock(FileLock&& o) noexcept : m_fd(o.m_fd)
{
    o.m_fd = -1;
}

FileLock& FileLock::operator=(FileLock&& o) noexcept
{
    if (this != &o) {
        release();
        m_fd = o.m_fd;
        o.m_fd = -1;
    }
    return *this;
}

void FileLock::release()
{
    if (m_fd >= 0) {
        // Take our holder record out while still holding the lock: a record left behind would name a
        // holder that is gone, which is what the doctor reports as a stale lock (docs/DOCTOR.md).
        (void)!::ftruncate(m_fd, 0);
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

Result<FileLock> FileLock::acquire(const QString& lockPath, int timeoutMs)
{
    const QByteArray name = QFile::encodeName(lockPath);
    // O_NONBLOCK: a FIFO planted under the lock's name must not block the open; O_NOFOLLOW: a symlink
    // there is not followed out of the folder.
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW, 0644);
    if (fd < 0) {
        const int err = errno;
        // Name the real cause: a folder that is missing, read-only, immutable or not ours, not only the file.
        const QString dir = QFileInfo(lockPath).absolutePath();
        const QString why = !QFileInfo::exists(dir) ? QCoreApplication::translate("FileLock", "the folder does not exist")
                                                     : QString::fromLocal8Bit(std::strerror(err));
        return Error::io(lockPath, QCoreApplication::translate("FileLock", "cannot create or open the lock file in %1: %2").arg(dir, why));
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error::io(lockPath, QCoreApplication::translate("FileLock", "the lock file is not a regular file"));
    }
    QDeadlineTimer deadline(timeoutMs);
    int sleepMs = 2;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const int err = errno;
            ::close(fd);
            return Error::io(lockPath, QString::fromLocal8Bit(std::strerror(err)));
        }
        if (deadline.hasExpired()) {
            char buf[256] = {};
            const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
            ::close(fd);
            const QString holder = n > 0 ? QString::fromUtf8(buf, n).trimmed()
                                         : QCoreApplication::translate("FileLock", "another process");
            return Error { Error::Kind::Busy,
                           QCoreApplication::translate("FileLock", "busy, held by %1 (waited %2 ms)").arg(holder).arg(timeoutMs),
                           lockPath };
        }
        QThread::msleep(ulong(sleepMs));
        sleepMs = qMin(sleepMs * 2, 50);
    }
    // Say who we are, in place (the file is never replaced).
    const QByteArray me = QStringLiteral("%1 pid %2 since %3\n")
                              .arg(QCoreApplication::applicationName().isEmpty() ? QStringLiteral("statelens")
                                                                                  : QCoreApplication::applicationName())
                              .arg(::getpid())
                              .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                              .toUtf8();
    if (::ftruncate(fd, 0) == 0)
        (void)!::pwrite(fd, me.constData(), size_t(me.size()), 0);
    FileLock lock;
    lock.m_fd = fd;
    return lock;
}

} // namespace statelens
