// SPDX-License-Identifier: GPL-3.0-or-later
#include "livestate.h"

#include "io/statelayout.h"
#include "model/snapshotcopy.h"
#include "sources/partialreload.h"
#include "util/executor.h"
#include "watch/backgroundwatcher.h"
#include "watch/sqlitedataversionwatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>

namespace statelens {

namespace {

bool sameProblem(const Problem& a, const Problem& b)
{
    return a.file == b.file && a.message == b.message && a.severity == b.severity;
}

/// `spare` (the snapshot before `current`) made equal to `current`: the files in `lag` (what the reload
/// that made `current` read) are copied over from it, the small parts are shared. Falls back to `current`.
Snapshot syncSpare(Snapshot s, const Snapshot& current, const QStringList& lag)
{
    for (const QString& path : lag) {
        if (const auto it = current.stamps.constFind(path); it != current.stamps.cend())
            s.stamps.insert(path, *it);
        else
            s.stamps.remove(path);
        const int i = reload::findTask(current.tasks, path);
        const int j = reload::findTask(s.tasks, path);
        if (i >= 0 && j >= 0)
            s.tasks[j] = current.tasks[i];
        else if (i >= 0)
            s.tasks.insert(reload::insertPosition(s.tasks, path), current.tasks[i]);
        else if (j >= 0)
            s.tasks.removeAt(j);
    }
    if (s.tasks.size() != current.tasks.size() || s.stamps.size() != current.stamps.size())
        return current;
    // The spare keeps its own tasks and stamps (patched above, so the next patch does not detach the
    // current snapshot's); everything else is current's.
    return withTasksAndStamps(current, std::move(s.tasks), std::move(s.stamps));
}

/// What the watcher's baseline is compared with. The kernel stamps files with a coarse clock (a tick
/// behind), so "modified after the read began" allows a second of slack: a spare reload is cheap, a
/// missed file is not. A snapshot that does not say when it was read is taken as read just now.
BackgroundWatcher::ReadState readStateOf(const Snapshot& s)
{
    const qint64 began = s.readStartedNs > 0 ? s.readStartedNs : QDateTime::currentMSecsSinceEpoch() * 1000000;
    return { s.stamps, began - 1000000000LL };
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}
} // namespace

LiveState::LiveState(QObject* parent) : QObject(parent), m_watcher(new BackgroundWatcher(this))
{
    m_persist.setInterval(100);
    m_persist.setSingleShot(false);
    m_clock.start();
    connect(&m_persist, &QTimer::timeout, this, &LiveState::checkSuspects);
    connect(m_watcher, &BackgroundWatcher::filesChanged, this, [this](const QList<FileChange>& changes) {
        enqueue(changes);
        if (!m_paused) // a report may cross a pause(); resume() reads what is queued
            startJob();
    });
    connect(m_watcher, &BackgroundWatcher::statusChanged, this, &LiveState::emitMode);
    connect(m_watcher, &BackgroundWatcher::ready, this, &LiveState::ready);
    connect(m_watcher, &BackgroundWatcher::watchFailed, this, [this](const QString& message) {
        stop();
        Q_EMIT reloadFailed(tr("Live updates are off: %1").arg(message));
    });
    connect(m_watcher, &BackgroundWatcher::orphanTempFile, this, [this](const QString& path) {
        Problem p;
        p.severity = Problem::Severity::Warning;
        p.file = path;
        p.message = tr("leftover temporary file of an interrupted write: its writer stopped before renaming it");
        m_snapshot.problems.append(p);
        LiveDelta d;
        d.problemsChanged = true;
        Q_EMIT updated(d);
    });
}

LiveState::~LiveState()
{
    ++m_generation;
    m_reloads.waitForDone();
}

Result<void> LiveState::start(std::shared_ptr<Source> source, Snapshot snapshot)
{
    stop();
    m_source = std::move(source);
    releaseInBackground(std::exchange(m_snapshot, std::move(snapshot)));
    m_paused = false;
    m_watcher->setSettings(m_settings);
    const BackgroundWatcher::ReadState readState = readStateOf(m_snapshot);
    const Source::WatchPlan plan = m_source->watchPlan();
    Result<void> result;
    if (!plan.database.isEmpty()) {
        m_database = plan.database;
        m_sqlite = std::make_unique<SqliteDataVersionWatcher>();
        connect(m_sqlite.get(), &SqliteDataVersionWatcher::changed, this, &LiveState::onSqliteChanged);
        result = m_sqlite->watch(m_database, qBound(100, m_settings.pollIntervalMs / 4, 1000));
    }
    if (result && !plan.root.isEmpty()) {
        if (QFileInfo::exists(plan.root))
            m_watcher->watch(plan.root, plan.subfolders, readState);
        else if (plan.database.isEmpty())
            result = Error::notFound(tr("%1 does not exist").arg(plan.root), plan.root);
        else // the database alone: its watch is ready at once
            QMetaObject::invokeMethod(this, &LiveState::ready, Qt::QueuedConnection);
    } else if (result) {
        QMetaObject::invokeMethod(this, &LiveState::ready, Qt::QueuedConnection);
    }
    if (!result) {
        stop();
        return result;
    }
    emitMode();
    return {};
}

void LiveState::stop()
{
    ++m_generation;
    m_watcher->stop();
    if (m_sqlite) {
        m_sqlite->stop();
        m_sqlite.reset();
    }
    m_database.clear();
    m_source.reset();
    m_queue.clear();
    releaseInBackground(std::exchange(m_spare, Snapshot()));
    m_spareValid = false;
    m_suspects.clear();
    m_persistent.clear();
    m_persist.stop();
    emitMode();
}

void LiveState::adopt(Snapshot snapshot)
{
    ++m_generation; // a reload in flight was made from the old snapshot
    releaseInBackground(std::exchange(m_snapshot, std::move(snapshot)));
    releaseInBackground(std::exchange(m_spare, Snapshot()));
    m_spareValid = false;
    m_suspects.clear();
    m_persistent.clear();
    m_queue.clear();
    if (!m_source)
        return;
    // The load may have read older versions than the watcher has reported since.
    m_watcher->reportNewer(readStateOf(m_snapshot));
    QList<FileChange> stale;
    if (!m_database.isEmpty() && !m_snapshot.stamps.value(m_database).sameFile(FileStamp::stat(m_database)))
        stale << FileChange { m_database, FileChange::Kind::Modified, FileStamp::stat(m_database) };
    enqueue(stale);
    startJob();
}

void LiveState::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_watcher->pause();
    emitMode();
}

void LiveState::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_watcher->resume(); // reports what changed meanwhile
    if (!m_database.isEmpty())
        onSqliteChanged();
    startJob();
    emitMode();
}

void LiveState::reloadNow(const QStringList& paths)
{
    QList<FileChange> changes;
    for (const QString& p : paths) {
        const FileStamp stamp = FileStamp::stat(p);
        changes << FileChange { p, stamp.exists ? FileChange::Kind::Modified : FileChange::Kind::Removed, stamp };
    }
    enqueue(changes);
    startJob();
}

void LiveState::onSqliteChanged()
{
    if (m_paused)
        return;
    enqueue({ FileChange { m_database, FileChange::Kind::Modified, FileStamp::stat(m_database) } });
    startJob();
}

void LiveState::enqueue(const QList<FileChange>& changes)
{
    for (const FileChange& c : changes) {
        const auto same = std::find_if(m_queue.begin(), m_queue.end(), [&](const FileChange& q) { return q.path == c.path; });
        if (same != m_queue.end())
            *same = c; // the newer report wins
        else
            m_queue << c;
    }
}

void LiveState::startJob()
{
    if (m_running || m_queue.isEmpty() || !m_source)
        return;
    m_running = true;
    const quint64 generation = m_generation;
    QList<FileChange> changes = std::exchange(m_queue, {});
    const bool useSpare = m_spareValid;
    m_spareValid = false;
    Snapshot spare = std::exchange(m_spare, Snapshot());
    m_reloads.post([this, generation, changes, source = m_source, current = m_snapshot, spare = std::move(spare),
                  lag = m_lag, useSpare]() mutable {
        Snapshot base = useSpare ? syncSpare(std::move(spare), current, lag) : current;
        spare = Snapshot();
        current = Snapshot(); // base may now be the only copy of its lists: the reload changes them in place
        auto result = std::make_shared<Result<Reload>>(source->reloadFiles(std::move(base), changes));
        QMetaObject::invokeMethod(
            this, [this, generation, changes, result] { finishJob(generation, changes, std::move(*result)); },
            Qt::QueuedConnection);
    });
}

void LiveState::finishJob(quint64 generation, const QList<FileChange>& changes, Result<Reload> result)
{
    m_running = false;
    if (generation != m_generation) {
        startJob();
        return;
    }
    if (!result) {
        Q_EMIT reloadFailed(result.error().toString());
        startJob();
        return;
    }
    Reload& r = result.value();
    QSet<QString> failing;
    for (const DeferredFile& d : std::as_const(r.deferred)) {
        failing.insert(d.path);
        const auto it = m_suspects.constFind(d.path);
        if (it == m_suspects.cend() || !it->file.stamp.sameFile(d.stamp))
            m_suspects.insert(d.path, Suspect { d, m_clock.elapsed() });
    }
    for (const FileChange& c : changes)
        if (!failing.contains(c.path)) {
            m_suspects.remove(c.path);
            m_persistent.remove(c.path); // read fine now: the source dropped its problems
        }
    // A problem added while this reload ran was not in its base.
    for (auto it = m_persistent.cbegin(); it != m_persistent.cend(); ++it)
        if (std::none_of(r.snapshot.problems.cbegin(), r.snapshot.problems.cend(),
                         [&](const Problem& p) { return sameProblem(p, it.value()); })) {
            r.snapshot.problems.append(it.value());
            r.delta.problemsChanged = true;
        }
    if (!m_suspects.isEmpty() && !m_persist.isActive())
        m_persist.start();
    releaseInBackground(std::exchange(m_spare, std::move(m_snapshot)));
    m_lag.clear();
    for (const FileChange& c : changes)
        m_lag << c.path;
    m_spareValid = !r.delta.full;
    m_snapshot = std::move(r.snapshot);
    if (!r.delta.isEmpty())
        Q_EMIT updated(r.delta);
    startJob();
}

void LiveState::checkSuspects()
{
    bool changed = false;
    for (auto it = m_suspects.begin(); it != m_suspects.end();) {
        if (!FileStamp::stat(it.key()).sameFile(it->file.stamp)) {
            it = m_suspects.erase(it); // written again: a newer report follows
            continue;
        }
        if (m_clock.elapsed() - it->sinceMs < m_persistMs) {
            ++it;
            continue;
        }
        addPersistentProblem(it->file);
        changed = true;
        it = m_suspects.erase(it);
    }
    if (m_suspects.isEmpty())
        m_persist.stop();
    if (changed) {
        LiveDelta d;
        d.problemsChanged = true;
        Q_EMIT updated(d);
    }
}

void LiveState::addPersistentProblem(const DeferredFile& file)
{
    if (const auto old = m_persistent.constFind(file.path); old != m_persistent.cend())
        m_snapshot.problems.removeIf([&](const Problem& p) { return sameProblem(p, old.value()); });
    Problem p = Problem::fromError(file.error);
    p.file = file.path;
    p.message = tr("%1 (the last version that could be read is shown)").arg(file.error.message);
    m_persistent.insert(file.path, p);
    m_snapshot.problems.append(p);
}

QString LiveState::modeText() const
{
    if (!m_source)
        return tr("live updates: off");
    if (m_paused)
        return tr("live updates: paused");
    const StateWatcher::Status& status = m_watcher->status();
    switch (status.mode) {
    case StateWatcher::Mode::Inotify: return tr("live updates: inotify");
    case StateWatcher::Mode::Polling: return tr("live updates: polling every %1 s").arg(seconds(status.pollIntervalMs));
    case StateWatcher::Mode::Mixed:
        return tr("live updates: inotify + polling every %1 s").arg(seconds(status.pollIntervalMs));
    case StateWatcher::Mode::Inactive: break;
    }
    if (m_sqlite)
        return tr("live updates: SQLite data_version every %1 s").arg(seconds(m_sqlite->interval()));
    return tr("live updates: off");
}

QString LiveState::modeDescription() const
{
    QStringList parts;
    if (m_watcher->status().mode != StateWatcher::Mode::Inactive || m_paused)
        parts << (m_paused ? tr("Watching paused") : m_watcher->status().description);
    if (m_sqlite)
        parts << tr("%1: PRAGMA data_version every %2 s").arg(QFileInfo(m_database).fileName(), seconds(m_sqlite->interval()));
    return parts.join(QLatin1String("; "));
}

void LiveState::emitMode()
{
    Q_EMIT modeChanged(modeText());
}

} // namespace statelens
