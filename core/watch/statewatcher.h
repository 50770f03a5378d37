// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filechange.h"
#include "io/filestamp.h"
#include "tempfiletracker.h"
#include "util/result.h"
#include "watchscope.h"
#include "watchsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace statelens {

class InotifyReader;

/// Follows a state folder (or a single file) while other programs write it, and reports which files
/// changed, once each change has settled (see docs/WATCHING.md):
/// - local folders: one inotify watch per folder, which sees files created, renamed over, rewritten in
///   place and deleted, by name; a kernel queue overflow leads to a rescan of every folder;
/// - network and FUSE file systems, systems without inotify, folders beyond the watch budget, or polling
///   forced in the settings: a scan of (size, mtime, inode) every pollInterval();
/// - a change is reported once the writer is done with it (renamed in, or closed, or stable for settleMs)
///   and its mtime is old enough that a later write cannot reuse it, so a consumer that reads it with
///   FileChange::readContent() never sees a half-written file;
/// - temp files of atomic writers are never reported; those left behind are reported by orphanTempFile().
/// Works with a plain QCoreApplication event loop; it never touches widgets.
class StateWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateWatcher)

public:
    enum class Mode {
        Inactive, ///< nothing watched (or paused)
        Inotify, ///< every folder by inotify
        Polling, ///< every folder by polling
        Mixed, ///< some folders by inotify, the rest by polling (watch budget or limit reached)
    };
    Q_ENUM(Mode)

    /// What a status bar shows about the watcher; statusChanged() reports every change of it.
    struct Status
    {
        Mode mode = Mode::Inactive;
        bool paused = false;
        int pollIntervalMs = 0;
        QString description; ///< modeDescription()
        bool operator==(const Status&) const = default;
    };

    explicit StateWatcher(QObject* parent = nullptr);
    ~StateWatcher() override;

    /// Takes effect with the next watch(); the poll interval and orphan grace period apply at once.
    void setSettings(const WatchSettings& settings);
    const WatchSettings& settings() const { return m_settings; }
    void setPollInterval(int ms);
    int pollInterval() const { return m_settings.pollIntervalMs; }

    /// Starts watching `path`: a folder, with its own files and every file below the listed `subfolders`
    /// (paths relative to it such as "tasks" or ".claude/checkpoints"; "*" for all), or a single file. What
    /// was watched before is dropped. The files present now are the baseline: only later changes are
    /// reported. The error names the path when it cannot be read.
    Result<void> watch(const QString& path, const QStringList& subfolders = {});
    /// Stops watching and forgets every file.
    void stop();
    /// Stops reporting until resume(). Nothing is lost: resume() rescans and reports what changed meanwhile.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    Mode mode() const { return m_mode; }
    /// One line for the status bar saying how the state is followed and why (translated).
    QString modeDescription() const;
    QString watchedPath() const { return m_path; }
    int folderCount() const { return int(m_folders.size()); }
    int inotifyWatchCount() const { return m_watchCount; }

    /// Every file that is known now, with the version that was last reported (or found at watch()).
    QHash<QString, FileStamp> knownFiles() const;

Q_SIGNALS:
    /// Files whose (size, mtime, inode) differ from what was last reported, once settled.
    void filesChanged(const QList<statelens::FileChange>& changes);
    /// A temp file of an atomic writer that was not touched for orphanGraceMs (its writer died); once per
    /// temp file.
    void orphanTempFile(const QString& path);
    /// Mode, paused, poll interval or the description changed.
    void statusChanged(const statelens::StateWatcher::Status& status);

private:
    struct FileRecord
    {
        FileStamp reported;
        FileStamp observed;
        qint64 observedSinceMs = 0;
        qint64 pendingSinceMs = -1;
        bool writing = false; ///< inotify: created or modified, no close seen since
        int opens = 0; ///< inotify: opens minus closes seen (O_TRUNC truncates with no IN_MODIFY)
        qint64 lastEventMs = 0;
        bool movedIn = false; ///< inotify: renamed in since the last report
    };
    struct Folder
    {
        int watch = -1;
        QSet<QString> files; ///< names of the files with a record
    };

    void onEvent(int watch, quint32 flags, const QString& name);
    void addFolder(const QString& path, bool baseline);
    void scanFolder(const QString& path, bool baseline);
    void folderGone(const QString& path);
    void markDirty(const QString& path);
    void schedule();
    void process();
    void poll();
    void checkTemps();
    void updateMode();
    void publishStatus();
    qint64 effectiveBudget() const;

    WatchSettings m_settings;
    QString m_path; ///< what watch() was given (absolute)
    WatchScope m_scope;
    /// Owned here, not through a Qt parent: stop() ends it at once.
    std::unique_ptr<InotifyReader> m_inotify;
    QHash<int, QString> m_watchToFolder;
    QHash<QString, Folder> m_folders;
    QHash<QString, FileRecord> m_files;
    TempFileTracker m_temps;
    QSet<QString> m_dirtyFiles;
    QSet<QString> m_dirtyFolders;
    QSet<QString> m_pending;
    bool m_rescanAll = false;
    bool m_paused = false;
    bool m_watchLimitHit = false;
    QString m_remoteFs;
    int m_watchCount = 0;
    Mode m_mode = Mode::Inactive;
    Status m_published;
    QElapsedTimer m_clock;
    // Children, so that moveToThread() takes them along.
    QTimer m_debounce { this };
    QTimer m_poll { this };
    QTimer m_orphans { this };
};

} // namespace statelens
