// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwatcher.h"

#include "util/threadpriority.h"

namespace statelens {

BackgroundWatcher::BackgroundWatcher(QObject* parent) : QObject(parent), m_watcher(new StateWatcher)
{
    m_thread.setObjectName(QStringLiteral("statelens-watch"));
    m_watcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_watcher, &QObject::deleteLater);
    // These run on the watcher's thread (direct), and hand over to ours tagged with the session.
    connect(m_watcher, &StateWatcher::filesChanged, m_watcher,
            [this](const QList<FileChange>& changes) {
                reply(m_threadSession, [this, changes] { Q_EMIT filesChanged(changes); });
            },
            Qt::DirectConnection);
    connect(m_watcher, &StateWatcher::orphanTempFile, m_watcher,
            [this](const QString& path) { reply(m_threadSession, [this, path] { Q_EMIT orphanTempFile(path); }); },
            Qt::DirectConnection);
    connect(m_watcher, &StateWatcher::statusChanged, m_watcher,
            [this](const StateWatcher::Status& status) {
                // Not tied to a session: the latest status is always the one to show.
                QMetaObject::invokeMethod(
                    this,
                    [this, status] {
                        m_status = status;
                        Q_EMIT statusChanged();
                    },
                    Qt::QueuedConnection);
            },
            Qt::DirectConnection);
    m_thread.start();
    post(lowerThreadPriority); // scanning 100k files must not take a core from the UI
}

BackgroundWatcher::~BackgroundWatcher()
{
    m_thread.quit();
    m_thread.wait(); // m_watcher is deleted on its thread as it finishes
}

void BackgroundWatcher::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_watcher, std::move(work), Qt::QueuedConnection);
}

void BackgroundWatcher::reply(quint64 session, std::function<void()> deliver)
{
    QMetaObject::invokeMethod(
        this,
        [this, session, deliver = std::move(deliver)] {
            if (session == m_session)
                deliver();
        },
        Qt::QueuedConnection);
}

void BackgroundWatcher::setSettings(const WatchSettings& settings)
{
    m_settings = settings;
}

void BackgroundWatcher::watch(const QString& path, const QStringList& subfolders, const ReadState& read)
{
    const quint64 session = ++m_session;
    m_ready = false;
    post([this, session, path, subfolders, read, settings = m_settings] {
        m_threadSession = session;
        m_watcher->stop();
        m_watcher->resume(); // a pause belonged to what was watched before
        m_watcher->setSettings(settings);
        if (auto r = m_watcher->watch(path, subfolders); !r) {
            const QString message = r.error().toString();
            reply(session, [this, message] { Q_EMIT watchFailed(message); });
            return;
        }
        const QList<FileChange> newer = newerThan(read);
        reply(session, [this, newer] {
            m_ready = true;
            Q_EMIT ready();
            if (!newer.isEmpty())
                Q_EMIT filesChanged(newer);
        });
    });
}

void BackgroundWatcher::stop()
{
    const quint64 session = ++m_session;
    m_ready = false;
    post([this, session] {
        m_threadSession = session;
        m_watcher->stop();
    });
}

void BackgroundWatcher::pause()
{
    post([this] { m_watcher->pause(); });
}

void BackgroundWatcher::resume()
{
    post([this] { m_watcher->resume(); });
}

void BackgroundWatcher::reportNewer(const ReadState& read)
{
    post([this, read] {
        const QList<FileChange> newer = newerThan(read);
        if (!newer.isEmpty())
            reply(m_threadSession, [this, newer] { Q_EMIT filesChanged(newer); });
    });
}

QList<FileChange> BackgroundWatcher::newerThan(const ReadState& read) const
{
    QList<FileChange> newer;
    const QHash<QString, FileStamp> known = m_watcher->knownFiles();
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        const auto seen = read.stamps.constFind(it.key());
        if (seen != read.stamps.cend()) {
            if (!seen->sameFile(it.value()))
                newer << FileChange { it.key(), FileChange::Kind::Modified, it.value() };
        } else if (read.readStartedNs > 0 && it->mtimeNs >= read.readStartedNs) {
            newer << FileChange { it.key(), FileChange::Kind::Added, it.value() };
        }
    }
    return newer;
}

} // namespace statelens
