// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/overwritewatch.h"
#include "model/livedelta.h"

#include "json/jsonvalue.h"

#include <QElapsedTimer>
#include <QHash>
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
class OverwriteBanner;
class LiveHost;

/// Live updates in the window: follows the open state with a LiveState, hands each newer snapshot to the
/// session (views update in place), keeps the pause switch and the status bar's "live updates" label, and
/// handles conflicts. A file that changes on disk where it has no pending edits is shown as it is on disk,
/// with the edits on top. When a key with a pending edit changes on disk too (seen live, or by a save that
/// was refused), the file keeps the version the edits started from on screen and the banner names the
/// keys and offers to take the disk's version, keep mine (after backing up theirs), or merge field by
/// field. For a few seconds after a save it watches whether the running tool writes over what was saved.
class LiveController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveController)

public:
    /// Follows `host`'s session; `host` outlives the controller (the window owns it).
    explicit LiveController(LiveHost* host);
    ~LiveController() override;

    LiveState* live() const { return m_live; }
    QAction* pauseAction() const { return m_pause; }
    ConflictBanner* banner() const { return m_banner; }
    OverwriteBanner* overwriteBanner() const { return m_overwriteBanner; }
    /// Files that changed on disk at keys that have pending edits.
    const QStringList& conflicts() const { return m_conflicts; }
    /// The addresses that changed on both sides.
    const QStringList& conflictKeys() const { return m_conflictKeys; }

    /// Drops my pending edits to the conflicting files (one undoable step) and shows the disk's version.
    void takeTheirs();
    /// Backs up the disk's version of each conflicting file, then saves my edits over it.
    bool keepMine();
    /// Three-way merge against the values the edits started from, field by field (diff::mergeValues);
    /// fields both sides changed are chosen in a MergeDialog. False when cancelled.
    bool merge();
    /// Writes again the values the running tool wrote over after the last save.
    bool saveAgain();

private:
    /// No edits are held back or conflicting any more (a new snapshot was read).
    void forgetEdits();
    void onLoaded();
    void onReloaded(const LiveDelta& delta);
    void onLiveUpdated(const LiveDelta& delta);
    void onPendingChanged();
    void onSaveConflict(const QString& message, const QStringList& keys);
    /// The addresses of the pending edits to `file` whose value on disk (live) is neither the one they
    /// started from nor the one they write.
    QStringList clashingKeys(const QString& file) const;
    void checkOverwrites();
    /// Shows the live snapshot, except the namespaces of files with pending edits (kept at their base);
    /// `hint` (null: compare everything) is what changed since the snapshot shown.
    void resync(const LiveDelta* hint, const QSet<QString>& filesToCompare);
    QSet<QString> editedFiles() const;
    /// The disk's version of `files` becomes the edits' base; `results` (by ns + '\0' + key) replaces an
    /// edit's value (nullopt: removal); an edit that leaves the disk's value as it is goes.
    void rebaseEdits(const QStringList& files, const QHash<QString, std::optional<json::JsonValue>>& results,
                     const QString& text);
    QString fileOfEdit(const QString& ns, const QString& key) const;

    LiveHost* m_host;
    LiveState* m_live;
    QAction* m_pause;
    ConflictBanner* m_banner;
    OverwriteBanner* m_overwriteBanner;
    std::shared_ptr<Source> m_source;
    QSet<QString> m_held; ///< files kept at the edits' base version on screen
    QSet<QString> m_rebase; ///< files whose disk version the next resync shows despite pending edits
    QStringList m_conflicts;
    QStringList m_conflictKeys;
    QStringList m_saveConflictKeys; ///< named by the last refused save
    OverwriteWatch m_overwrites;
    QElapsedTimer m_clock;
    QList<Change> m_saving; ///< what the save in progress writes
    QList<Overwrite> m_overwritten;
    QString m_conflictDetail;
    bool m_missed = false; ///< an update came while the session was busy
};

} // namespace statelens::ui
