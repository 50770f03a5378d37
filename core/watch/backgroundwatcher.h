// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filechange.h"
#include "io/filestamp.h"
#include "statewatcher.h"
#include "watchsettings.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <functional>

namespace statelens {

/// A StateWatcher on a thread of its own. Listing and stat-ing a folder of 100,000 task files (when
/// watching starts, in every polling round, after an inotify overflow) costs hundreds of milliseconds;
/// here it never holds up the thread that owns this object (the UI thread in the app).
///
/// Why a thread of its own and not the Executor (core/util/executor.h): the watcher is not a task that
/// ends but an event loop that lives as long as the watch (inotify socket notifier, debounce and poll
/// timers), and a pool thread given to it for good would be one core fewer for loading and sorting.
///
/// Every call returns at once and takes effect on the watcher's thread, in call order. Reports made for
/// an earlier watch() or before stop() are dropped, never delivered late. Because the baseline is taken
/// a moment after the caller read the state, watch() is given the stamps that the caller read: files
/// changed since then are reported as soon as the baseline is there.
class BackgroundWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundWatcher)

public:
    explicit BackgroundWatcher(QObject* parent = nullptr);
    /// Stops the thread and waits for it.
    ~BackgroundWatcher() override;

    /// Used from the next watch() on.
    void setSettings(const WatchSettings& settings);

    /// What the caller had read before calling watch(): files whose version differs from `stamps`,
    /// and files absent from `stamps` modified at or after `readStartedNs` (wall clock, 0 for none),
    /// are reported once the baseline is taken.
    struct ReadState
    {
        QHash<QString, FileStamp> stamps;
        qint64 readStartedNs = 0;
    };

    /// Starts watching `path` (see StateWatcher::watch()). A failure is reported by watchFailed().
    void watch(const QString& path, const QStringList& subfolders, const ReadState& read);
    void stop();
    void pause();
    void resume();
    /// Reports the files that the watcher knows in a newer version than `read` (for a state that was
    /// read again elsewhere, such as after a save).
    void reportNewer(const ReadState& read);

    /// The last status the watcher published.
    const StateWatcher::Status& status() const { return m_status; }
    /// False until the baseline of the latest watch() is taken.
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void filesChanged(const QList<statelens::FileChange>& changes);
    void orphanTempFile(const QString& path);
    void statusChanged();
    /// The baseline of the latest watch() is taken: later changes are reported.
    void ready();
    void watchFailed(const QString& message);

private:
    /// Runs `work` on the watcher's thread, after everything posted before.
    void post(std::function<void()> work);
    /// Delivers `deliver` on the caller's thread unless a later watch() or stop() came first.
    void reply(quint64 session, std::function<void()> deliver);
    /// On the watcher's thread: the files known in a newer version than `read`.
    QList<FileChange> newerThan(const ReadState& read) const;

    QThread m_thread;
    StateWatcher* m_watcher; ///< lives on m_thread
    WatchSettings m_settings;
    StateWatcher::Status m_status;
    quint64 m_session = 0; ///< caller's thread: bumped by watch() and stop()
    quint64 m_threadSession = 0; ///< watcher's thread: the session it works for
    bool m_ready = false;
};

} // namespace statelens
