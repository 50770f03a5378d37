// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QSocketNotifier;

namespace statelens {

/// A raw inotify instance read from the event loop, with one watch per folder. Unlike QFileSystemWatcher
/// it asks for in-place writes (IN_MODIFY, IN_CLOSE_WRITE) of the files in a watched folder, names the
/// file each event concerns, and reports a kernel queue overflow instead of dropping events silently.
/// On systems without inotify isValid() is false and nothing is ever reported.
class InotifyReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InotifyReader)

public:
    enum Flag : quint32 {
        Created = 0x1, ///< a name appeared (open with O_CREAT, link, mkdir)
        Modified = 0x2, ///< written or truncated (in place)
        ClosedWrite = 0x4, ///< a writer closed the file
        MovedIn = 0x8, ///< renamed into the folder (over the old file of that name, if any)
        Gone = 0x10, ///< deleted or renamed away
        IsDir = 0x20, ///< the name is a folder
        FolderGone = 0x40, ///< the watched folder itself was deleted, moved or unmounted; its watch is over
        Overflow = 0x80, ///< the kernel queue overflowed: events were lost, rescan everything
        Attrib = 0x100, ///< metadata changed (chmod, touch)
        Opened = 0x200, ///< opened, for reading or writing (open with O_TRUNC gives no Modified)
        ClosedRead = 0x400, ///< a reader closed the file
    };

    struct Event
    {
        int watch = -1;
        quint32 flags = 0;
        QString name; ///< empty for events about the watched folder itself
    };

    explicit InotifyReader(QObject* parent = nullptr);
    ~InotifyReader() override;

    bool isValid() const { return m_fd >= 0; }
    /// Why isValid() is false (translated).
    QString errorString() const { return m_error; }

    /// Watches the folder `path`. Returns the watch id (>= 0) or -errno (ENOSPC: the user's watch limit).
    int addFolder(const QString& path);
    void removeWatch(int watch);
    /// Reads every event queued so far and passes it to the handler; also done whenever the descriptor
    /// becomes readable.
    void drain();
    void setHandler(std::function<void(const Event&)> handler) { m_handler = std::move(handler); }

    /// The kernel's limit on inotify watches per user (/proc/sys/fs/inotify/max_user_watches), -1 if unknown.
    static int maxUserWatches();

private:
    int m_fd = -1;
    QString m_error;
    QSocketNotifier* m_notifier = nullptr;
    std::function<void(const Event&)> m_handler;
};

} // namespace statelens
