// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/livedelta.h"
#include "model/snapshot.h"
#include "sources/source.h"

#include <QFutureWatcher>
#include <QObject>
#include <QUndoStack>

#include <atomic>
#include <functional>
#include <memory>

namespace statelens::ui {

class PendingChanges;

/// The open state: its Source, the last Snapshot read, the pending edits and their undo stack. Loading and
/// saving run on a worker thread; the snapshot is replaced whole when a load finishes.
class StateSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateSession)

public:
    using Opener = std::function<Result<std::shared_ptr<Source>>(const QString& path)>;

    explicit StateSession(QObject* parent = nullptr);
    ~StateSession() override;

    /// Replaces openSource() (tests open sources built in code).
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    /// Starts opening `path`; pending edits of the previous state are dropped (ask first).
    void open(const QString& path);
    /// Reads the open source again, keeping nothing pending.
    void reload();
    void cancelLoad();
    /// Starts writing the pending edits; returns false when there is nothing to write or it is busy.
    bool save();
    /// Drops every pending edit.
    void revert();

    bool isLoading() const { return m_loadWatcher != nullptr; }
    bool isSaving() const { return m_saveWatcher != nullptr; }
    bool isBusy() const { return isLoading() || isSaving(); }
    bool hasState() const { return m_loaded; }
    /// Nothing can be edited: the source is read-only, or a state file is damaged (until it is restored).
    bool isReadOnly() const { return m_snapshot.info.readOnly || m_snapshot.info.isDamaged(); }
    const Snapshot& snapshot() const { return m_snapshot; }
    /// The open source (shared with the live updates), null before the first load.
    std::shared_ptr<Source> source() const { return m_source; }
    /// Replaces the snapshot with a newer one read by the live updates; `delta` says what differs. Views
    /// update in place through liveUpdated(). Pending edits are kept.
    void applyLive(const Snapshot& snapshot, const LiveDelta& delta);
    /// The path being opened or open.
    QString path() const { return m_path; }
    QDateTime lastSavedByUs() const { return m_lastSave; }

    PendingChanges* pending() const { return m_pending; }
    QUndoStack* undoStack() const { return m_undo; }

Q_SIGNALS:
    void loadStarted(const QString& path);
    void loadProgress(int percent, const QString& what);
    /// A state was opened: everything shown is replaced.
    void loaded();
    /// The open state was read again (after a save, or Reload) and replaced the snapshot in place;
    /// `delta` (computed off the UI thread) says what differs, so views keep their selection, scroll
    /// position and expanded branches.
    void reloaded(const statelens::LiveDelta& delta);
    void loadFailed(const QString& message);
    void loadCancelled();
    void saveStarted();
    void saved(const QStringList& filesWritten);
    void saveFailed(const QString& message);
    /// The save was refused because a file changed on disk since it was read, at `keys` (addresses; empty
    /// when the conflict is not about particular keys). Nothing was written; the pending edits are kept.
    void saveConflict(const QString& message, const QStringList& keys);
    /// applyLive() replaced the snapshot.
    void liveUpdated(const statelens::LiveDelta& delta);
    void busyChanged(bool busy);

private:
    struct LoadOutcome
    {
        std::shared_ptr<Source> source;
        std::optional<Snapshot> snapshot;
        std::optional<LiveDelta> delta; ///< from the snapshot shown before, when reloading
        std::optional<Error> error;
    };
    struct SaveOutcome
    {
        std::optional<ApplyResult> result;
        std::optional<Reload> readBack; ///< the state after the save, from the files it wrote
        std::optional<Error> error;
    };

    void startLoad(std::shared_ptr<Source> existing);
    void finishLoad(quint64 generation);
    void finishSave();
    void stopLoad();

    Opener m_opener;
    QString m_path;
    std::shared_ptr<Source> m_source;
    Snapshot m_snapshot;
    bool m_loaded = false;
    QDateTime m_lastSave;
    PendingChanges* m_pending;
    QUndoStack* m_undo;

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<LoadOutcome>* m_loadWatcher = nullptr;
    QFutureWatcher<SaveOutcome>* m_saveWatcher = nullptr;
};

} // namespace statelens::ui
