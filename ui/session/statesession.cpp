// SPDX-License-Identifier: GPL-3.0-or-later
#include "statesession.h"

#include "common/uisettings.h"
#include "session/pendingchanges.h"
#include "util/executor.h"

#include <QDateTime>
#include <QPointer>

namespace statelens::ui {

namespace {

Result<std::shared_ptr<Source>> openWithCore(const QString& path)
{
    auto opened = openSource(path);
    if (!opened)
        return opened.error();
    return std::shared_ptr<Source>(std::move(opened.value()));
}

} // namespace

StateSession::StateSession(QObject* parent)
    : QObject(parent), m_opener(openWithCore), m_pending(new PendingChanges(this)), m_undo(new QUndoStack(this))
{
}

StateSession::~StateSession()
{
    // Workers hold no pointer to us except through queued calls guarded by QPointer; still, wait for
    // them so that no thread outlives the window.
    if (m_cancel)
        m_cancel->store(true);
    if (m_loadWatcher)
        m_loadWatcher->waitForFinished();
    if (m_saveWatcher)
        m_saveWatcher->waitForFinished();
}

void StateSession::open(const QString& path)
{
    stopLoad();
    m_path = path;
    m_source.reset();
    startLoad(nullptr);
}

void StateSession::reload()
{
    if (!m_source) {
        if (!m_path.isEmpty())
            open(m_path);
        return;
    }
    stopLoad();
    startLoad(m_source);
}

void StateSession::cancelLoad()
{
    if (m_cancel)
        m_cancel->store(true);
}

void StateSession::stopLoad()
{
    if (!m_loadWatcher)
        return;
    m_cancel->store(true);
    m_loadWatcher->disconnect(this);
    m_loadWatcher->deleteLater(); // finishes on its own; its result is dropped
    m_loadWatcher = nullptr;
}

void StateSession::startLoad(std::shared_ptr<Source> existing)
{
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<StateSession> self(this);
    auto progress = [self, generation](int percent, const QString& what) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, percent, what] {
                if (self && self->m_generation == generation)
                    Q_EMIT self->loadProgress(percent, what);
            },
            Qt::QueuedConnection);
    };
    std::optional<Snapshot> shown; // a reload compares with it (on the worker)
    if (existing && m_loaded)
        shown = m_snapshot;
    auto work = [opener = m_opener, path = m_path, existing, cancel = m_cancel, progress, shown]() {
        LoadOutcome out;
        out.source = existing;
        if (!out.source) {
            auto opened = opener(path);
            if (!opened) {
                out.error = opened.error();
                return out;
            }
            out.source = std::move(opened.value());
        }
        LoadContext context;
        context.cancel = cancel.get();
        context.progress = progress;
        const qint64 began = QDateTime::currentMSecsSinceEpoch() * 1000000;
        auto snapshot = out.source->load(context);
        if (snapshot) {
            out.snapshot = std::move(snapshot.value());
            out.snapshot->readStartedNs = began;
            if (shown)
                out.delta = diffSnapshots(*shown, *out.snapshot);
        }
        else
            out.error = snapshot.error();
        return out;
    };
    m_loadWatcher = new QFutureWatcher<LoadOutcome>(this);
    connect(m_loadWatcher, &QFutureWatcherBase::finished, this, [this, generation] { finishLoad(generation); });
    m_loadWatcher->setFuture(runInBackground(std::move(work)));
    Q_EMIT loadStarted(m_path);
    Q_EMIT busyChanged(true);
}

void StateSession::finishLoad(quint64 generation)
{
    if (generation != m_generation || !m_loadWatcher)
        return;
    const LoadOutcome out = m_loadWatcher->result();
    const bool cancelled = m_cancel && m_cancel->load();
    if (!out.error) {
        // While isLoading() still says so: what follows edits (the live view) waits for loaded() or
        // reloaded() instead of acting on a snapshot that is being replaced.
        m_source = out.source;
        releaseInBackground(std::exchange(m_snapshot, *out.snapshot));
        m_pending->clear();
        m_undo->clear();
    }
    m_loadWatcher->deleteLater();
    m_loadWatcher = nullptr;
    if (out.error) {
        Q_EMIT busyChanged(isBusy());
        if (out.error->kind == Error::Kind::Cancelled || cancelled)
            Q_EMIT loadCancelled();
        else
            Q_EMIT loadFailed(out.error->toString());
        return;
    }
    const bool inPlace = m_loaded && out.delta;
    m_loaded = true;
    if (inPlace)
        Q_EMIT reloaded(*out.delta);
    else
        Q_EMIT loaded();
    // Only now: what waits for the end of the load (a live update that came meanwhile) sees the new state.
    Q_EMIT busyChanged(isBusy());
}

bool StateSession::save()
{
    if (!m_source || isBusy() || m_pending->isEmpty())
        return false;
    // Read at each save, so that a change in the preferences applies to the state already open.
    m_source->setGenerationRetention(UiSettings::generationRetention());
    auto work = [source = m_source, base = m_snapshot, changes = m_pending->changes()]() {
        SaveOutcome out;
        auto applied = source->apply(base, changes);
        if (!applied) {
            out.error = applied.error();
            return out;
        }
        out.result = applied.value();
        // Only the files this save wrote are read back; anything else means a full reload after.
        const qint64 began = QDateTime::currentMSecsSinceEpoch() * 1000000;
        if (auto back = source->readBack(base, *out.result); back) {
            back->snapshot.readStartedNs = began;
            out.readBack = std::move(back.value());
        }
        return out;
    };
    m_saveWatcher = new QFutureWatcher<SaveOutcome>(this);
    connect(m_saveWatcher, &QFutureWatcherBase::finished, this, &StateSession::finishSave);
    m_saveWatcher->setFuture(runInBackground(std::move(work)));
    Q_EMIT saveStarted();
    Q_EMIT busyChanged(true);
    return true;
}

void StateSession::finishSave()
{
    const SaveOutcome out = m_saveWatcher->result();
    if (out.error) {
        m_saveWatcher->deleteLater();
        m_saveWatcher = nullptr;
        Q_EMIT busyChanged(isBusy());
        if (out.error->kind == Error::Kind::Conflict)
            Q_EMIT saveConflict(out.error->toString(), out.error->conflicts);
        else
            Q_EMIT saveFailed(out.error->toString());
        return;
    }
    m_lastSave = QDateTime::currentDateTime();
    if (out.readBack) {
        // The edits are on disk and read back. Taken over while isSaving() still says so, so that what
        // follows the edits waits for reloaded() instead of acting on the snapshot being replaced.
        releaseInBackground(std::exchange(m_snapshot, out.readBack->snapshot));
        m_undo->clear();
        m_pending->clear();
        m_saveWatcher->deleteLater();
        m_saveWatcher = nullptr;
        Q_EMIT saved(out.result->filesWritten);
        Q_EMIT reloaded(out.readBack->delta);
        Q_EMIT busyChanged(isBusy());
        return;
    }
    m_saveWatcher->deleteLater();
    m_saveWatcher = nullptr;
    Q_EMIT saved(out.result->filesWritten);
    // Someone else wrote meanwhile: everything is read again. That starts first, so that views that see
    // the edits go (isLoading()) know that the saved values are on their way and keep their rows. The
    // edits are on disk now; keeping them would write them twice if the reload failed.
    reload();
    m_undo->clear();
    m_pending->clear();
}

void StateSession::applyLive(const Snapshot& snapshot, const LiveDelta& delta)
{
    if (!m_loaded || isLoading())
        return;
    releaseInBackground(std::exchange(m_snapshot, snapshot));
    Q_EMIT liveUpdated(delta);
}

void StateSession::revert()
{
    m_undo->clear();
    m_pending->clear();
}

} // namespace statelens::ui
