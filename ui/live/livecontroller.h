// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/livedelta.h"

#include <QObject>
#include <QSet>

#include <memory>

class QAction;

namespace statelens {
class LiveState;
class Source;
}

namespace statelens::ui {

class ConflictBanner;
class MainWindow;

/// Live updates in the window: follows the open state with a LiveState, hands each newer snapshot to the
/// session (views update in place), keeps the pause switch and the status bar's "live updates" label, and
/// handles conflicts. A file with pending edits keeps the version the edits started from on screen; when
/// it changes on disk (seen live, or by a save that was refused), the banner offers to take the disk's
/// version, keep mine (after backing up theirs), or merge per key.
class LiveController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveController)

public:
    explicit LiveController(MainWindow* window);
    ~LiveController() override;

    LiveState* live() const { return m_live; }
    QAction* pauseAction() const { return m_pause; }
    ConflictBanner* banner() const { return m_banner; }
    /// Files that changed on disk while they have pending edits.
    const QStringList& conflicts() const { return m_conflicts; }

    /// Drops my pending edits to the conflicting files (one undoable step) and shows the disk's version.
    void takeTheirs();
    /// Backs up the disk's version of each conflicting file, then saves my edits over it.
    bool keepMine();
    /// Three-way merge against the values the edits started from; keys both sides changed are chosen in a
    /// MergeDialog. False when cancelled.
    bool merge();

private:
    /// No edits are held back or conflicting any more (a new snapshot was read).
    void forgetEdits();
    void onLoaded();
    void onReloaded(const LiveDelta& delta);
    void onLiveUpdated(const LiveDelta& delta);
    void onPendingChanged();
    void onSaveConflict(const QString& message);
    /// Shows the live snapshot, except the namespaces of files with pending edits (kept at their base);
    /// `hint` (null: compare everything) is what changed since the snapshot shown.
    void resync(const LiveDelta* hint, const QSet<QString>& filesToCompare);
    void showInWindow(const LiveDelta& delta);
    QSet<QString> editedFiles() const;
    void rebaseEdits(const QStringList& files, const QSet<QString>& drop, const QString& text);
    QString fileOfEdit(const QString& ns, const QString& key) const;

    MainWindow* m_window;
    LiveState* m_live;
    QAction* m_pause;
    ConflictBanner* m_banner;
    std::shared_ptr<Source> m_source;
    QSet<QString> m_held; ///< files kept at the edits' base version on screen
    QSet<QString> m_rebase; ///< files whose disk version the next resync shows despite pending edits
    QStringList m_conflicts;
    QString m_conflictDetail;
    bool m_missed = false; ///< an update came while the session was busy
};

} // namespace statelens::ui
