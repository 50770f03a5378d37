// SPDX-License-Identifier: GPL-3.0-or-later
#include "inotifyreader.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace statelens {

InotifyReader::InotifyReader(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        m_error = tr("inotify is not available: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InotifyReader::drain);
#else
    m_error = tr("inotify is not available on this system");
#endif
}

InotifyReader::~InotifyReader()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

int InotifyReader::addFolder(const QString& path)
{
#ifdef Q_OS_LINUX
    if (m_fd < 0)
        return -ENOSYS;
    const quint32 mask = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_OPEN | IN_CLOSE_NOWRITE | IN_MOVED_TO
        | IN_MOVED_FROM | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
    const int wd = ::inotify_add_watch(m_fd, QFile::encodeName(path).constData(), mask);
    return wd >= 0 ? wd : -errno;
#else
    Q_UNUSED(path);
    return -ENOSYS;
#endif
}

void InotifyReader::removeWatch(int watch)
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0 && watch >= 0)
        ::inotify_rm_watch(m_fd, watch); // fails harmlessly when the kernel already dropped it
#else
    Q_UNUSED(watch);
#endif
}

void InotifyReader::drain()
{
#ifdef Q_OS_LINUX
    if (m_fd < 0)
        return;
    alignas(struct inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            return; // EAGAIN: nothing more queued
        for (ssize_t offset = 0; offset < n;) {
            const auto* ev = reinterpret_cast<const struct inotify_event*>(buffer + offset);
            offset += ssize_t(sizeof(struct inotify_event)) + ev->len;
            Event e;
            e.watch = ev->wd;
            const quint32 m = ev->mask;
            if (m & IN_Q_OVERFLOW)
                e.flags |= Overflow;
            if (m & IN_CREATE)
                e.flags |= Created;
            if (m & IN_MODIFY)
                e.flags |= Modified;
            if (m & IN_CLOSE_WRITE)
                e.flags |= ClosedWrite;
            if (m & IN_MOVED_TO)
                e.flags |= MovedIn;
            if (m & (IN_MOVED_FROM | IN_DELETE))
                e.flags |= Gone;
            if (m & IN_OPEN)
                e.flags |= Opened;
            if (m & IN_CLOSE_NOWRITE)
                e.flags |= ClosedRead;
            if (m & IN_ATTRIB)
                e.flags |= Attrib;
            if (m & IN_ISDIR)
                e.flags |= IsDir;
            if (m & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_UNMOUNT))
                e.flags |= FolderGone;
            if (ev->len > 0)
                e.name = QFile::decodeName(ev->name);
            if (m_handler)
                m_handler(e);
        }
    }
#endif
}

int InotifyReader::maxUserWatches()
{
    QFile f(QStringLiteral("/proc/sys/fs/inotify/max_user_watches"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const int n = f.readAll().trimmed().toInt(&ok);
    return ok ? n : -1;
}

} // namespace statelens
