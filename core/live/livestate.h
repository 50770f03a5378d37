// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/livedelta.h"
#include "sources/source.h"
#include "util/executor.h"
#include "watch/watchsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace statelens {

class SqliteDataVersionWatcher;
class BackgroundWatcher;

/// A state that follows the disk: owns the Source, its current Snapshot and the watchers on
/// Source::watchPlan() (StateWatcher for files, SqliteDataVersionWatcher for rs-llmspell's database).
/// Each settled report is read again off the calling thread through Source::reloadFiles() (only what
/// changed), and updated() says what differs. A file caught mid-write or one that does not parse keeps
/// its last good data; a parse error becomes a Problem only when the file stays that way for
/// persistMs(). Needs an event loop only (no widgets).
class LiveState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveState)

public:
    explicit LiveState(QObject* parent = nullptr);
    ~LiveState() override;

    /// Used by the next start().
    void setSettings(const WatchSettings& settings) { m_settings = settings; }
    const WatchSettings& settings() const { return m_settings; }
    /// How long a file must keep failing to parse, unchanged, before it is reported as a Problem.
    void setPersistMs(int ms) { m_persistMs = ms; }
    int persistMs() const { return m_persistMs; }

    /// Starts following `source`, whose state is `snapshot` now (as just loaded). What was followed before
    /// is dropped. Files changed since `snapshot` was read (see Snapshot::readStartedNs) are read again
    /// once the watcher has its baseline. The error names the path that cannot be watched; a failure
    /// found later on the watcher's thread is reported by reloadFailed() and stops following.
    Result<void> start(std::shared_ptr<Source> source, Snapshot snapshot);
    void stop();
    bool isActive() const { return m_source != nullptr; }
    /// Replaces the current snapshot with one loaded elsewhere (a reload after saving), dropping any
    /// reload in flight, then reads again the files that the watcher knows in a newer version.
    void adopt(Snapshot snapshot);

    /// Stops reading changes until resume(), which reports what changed meanwhile.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    /// Reads `paths` again now, even while paused (for example after a save was refused).
    void reloadNow(const QStringList& paths);
    /// True while a reload runs or waits.
    bool isBusy() const { return m_running || !m_queue.isEmpty(); }

    const Snapshot& snapshot() const { return m_snapshot; }
    std::shared_ptr<Source> source() const { return m_source; }
    /// The file watcher (it runs on a thread of its own; its signals arrive on ours).
    BackgroundWatcher* watcher() const { return m_watcher; }

    /// Short text for a status bar: "live updates: inotify", "live updates: polling every 2 s",
    /// "live updates: paused", "live updates: off" (translated).
    QString modeText() const;
    /// One line saying how the state is followed and why (translated).
    QString modeDescription() const;

Q_SIGNALS:
    /// snapshot() changed; `delta` says what differs from the previous one.
    void updated(const statelens::LiveDelta& delta);
    void modeChanged(const QString& text);
    /// After start(): the watchers have their baseline, every later change is reported.
    void ready();
    /// A reload failed as a whole (the state could not be read); the snapshot was kept.
    void reloadFailed(const QString& message);

private:
    void enqueue(const QList<FileChange>& changes);
    void startJob();
    void finishJob(quint64 generation, const QList<FileChange>& changes, Result<Reload> result);
    void checkSuspects();
    void onSqliteChanged();
    void emitMode();

    WatchSettings m_settings;
    std::shared_ptr<Source> m_source;
    Snapshot m_snapshot;
    BackgroundWatcher* m_watcher;
    /// Owned here, not through a Qt parent: stop() ends it at once.
    std::unique_ptr<SqliteDataVersionWatcher> m_sqlite;
    QString m_database;
    bool m_paused = false;
    bool m_running = false;
    quint64 m_generation = 0;
    QList<FileChange> m_queue;
    struct Suspect
    {
        DeferredFile file;
        qint64 sinceMs = 0;
    };
    void addPersistentProblem(const DeferredFile& file);

    /// The previous snapshot, no longer shown once views took the current one: the next reload starts
    /// from it (brought up to date with the files of m_lag) so that it changes lists nobody else holds
    /// instead of copying 100,000 tasks and stamps each time.
    Snapshot m_spare;
    QStringList m_lag;
    bool m_spareValid = false;
    QHash<QString, Suspect> m_suspects; ///< files that did not parse, waiting to see whether it persists
    QHash<QString, Problem> m_persistent; ///< problems added for files that kept failing
    QElapsedTimer m_clock;
    QTimer m_persist;
    int m_persistMs = 1500;
    Strand m_reloads; ///< reloads run one after the other, each on the previous result
};

} // namespace statelens
