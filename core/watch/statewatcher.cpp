// SPDX-License-Identifier: GPL-3.0-or-later
#include "statewatcher.h"

#include "folderlisting.h"
#include "inotifyreader.h"
#include "remotefilesystem.h"
#include "settlerule.h"
#include "tempfilenames.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <ctime>

namespace statelens {

namespace {

qint64 wallClockNs()
{
    struct timespec ts;
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

qint64 threadCpuNs()
{
    struct timespec ts;
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

QString parentOf(const QString& path)
{
    return path.left(path.lastIndexOf(u'/'));
}

QString nameOf(const QString& path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

} // namespace

StateWatcher::StateWatcher(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    setSettings(WatchSettings {});
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &StateWatcher::process);
    connect(&m_poll, &QTimer::timeout, this, &StateWatcher::poll);
    connect(&m_orphans, &QTimer::timeout, this, &StateWatcher::checkTemps);
}

StateWatcher::~StateWatcher() = default;

void StateWatcher::setSettings(const WatchSettings& settings)
{
    m_settings = settings;
    setPollInterval(settings.pollIntervalMs);
    m_orphans.setInterval(qBound(50, m_settings.orphanGraceMs / 4, 2000));
}

void StateWatcher::setPollInterval(int ms)
{
    m_settings.pollIntervalMs = qMax(10, ms);
    m_poll.setInterval(m_settings.pollIntervalMs);
    publishStatus();
}

Result<void> StateWatcher::watch(const QString& path, const QStringList& subfolders)
{
    stop();
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(tr("%1 does not exist").arg(path), path);
    const WatchScope scope(path, info.isDir(), subfolders);
    if (!listFolder(scope.root()))
        return Error::io(scope.root(), tr("cannot read the folder %1").arg(scope.root()));
    m_path = info.absoluteFilePath();
    m_scope = scope;
    if (!m_settings.forcePolling) {
        m_inotify = std::make_unique<InotifyReader>();
        m_inotify->setHandler([this](const InotifyReader::Event& e) { onEvent(e.watch, e.flags, e.name); });
    }
    m_remoteFs = remoteFileSystemName(m_scope.root());
    addFolder(m_scope.root(), true);
    m_orphans.setInterval(qBound(50, m_settings.orphanGraceMs / 4, 2000));
    m_orphans.start();
    updateMode();
    return {};
}

void StateWatcher::stop()
{
    m_debounce.stop();
    m_poll.stop();
    m_orphans.stop();
    m_inotify.reset();
    m_watchToFolder.clear();
    m_folders.clear();
    m_files.clear();
    m_temps.clear();
    m_dirtyFiles.clear();
    m_dirtyFolders.clear();
    m_pending.clear();
    m_path.clear();
    m_scope = {};
    m_remoteFs.clear();
    m_rescanAll = false;
    m_watchLimitHit = false;
    m_watchCount = 0;
    updateMode();
}

void StateWatcher::pause()
{
    if (m_paused)
        return;
    m_paused = true; // events are still read, so that the kernel queue does not overflow meanwhile
    m_debounce.stop();
    m_poll.stop();
    m_orphans.stop();
    publishStatus();
}

void StateWatcher::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_scope.isEmpty()) {
        publishStatus();
        return;
    }
    m_rescanAll = true;
    schedule();
    m_orphans.start();
    updateMode();
}

QHash<QString, FileStamp> StateWatcher::knownFiles() const
{
    QHash<QString, FileStamp> known;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it->reported.exists)
            known.insert(it.key(), it->reported);
    }
    return known;
}

qint64 StateWatcher::effectiveBudget() const
{
    const int kernel = InotifyReader::maxUserWatches();
    const qint64 budget = m_settings.watchBudget;
    return kernel > 0 ? qMin<qint64>(budget, kernel / 2) : budget;
}

void StateWatcher::addFolder(const QString& path, bool baseline)
{
    if (m_folders.contains(path))
        return;
    Folder folder;
    if (m_inotify && m_inotify->isValid() && m_remoteFs.isEmpty()) {
        const QString remote = remoteFileSystemName(path);
        if (!remote.isEmpty()) {
            m_remoteFs = remote;
        } else if (m_watchCount >= effectiveBudget()) {
            m_watchLimitHit = true;
        } else {
            const int wd = m_inotify->addFolder(path);
            if (wd >= 0 && !m_watchToFolder.contains(wd)) {
                folder.watch = wd;
                m_watchToFolder.insert(wd, path);
                ++m_watchCount;
            } else if (wd == -ENOSPC) {
                m_watchLimitHit = true;
            }
        }
    }
    m_folders.insert(path, folder);
    scanFolder(path, baseline);
}

void StateWatcher::scanFolder(const QString& path, bool baseline)
{
    const auto entries = listFolder(path);
    if (!entries) {
        folderGone(path);
        return;
    }
    auto folderIt = m_folders.find(path);
    if (folderIt == m_folders.end())
        return;
    if (folderIt->watch < 0 && path == m_scope.root() && m_inotify && m_inotify->isValid()
        && m_remoteFs.isEmpty() && m_watchCount < effectiveBudget()) {
        // The root folder came back after it was removed: arm its watch again.
        const int wd = m_inotify->addFolder(path);
        if (wd >= 0 && !m_watchToFolder.contains(wd)) {
            folderIt->watch = wd;
            m_watchToFolder.insert(wd, path);
            ++m_watchCount;
        }
    }
    if (baseline)
        m_files.reserve(m_files.size() + entries->size());
    QSet<QString> missing = folderIt->files;
    QStringList newFolders;
    for (const FolderEntry& e : *entries) {
        const QString full = path + u'/' + e.name;
        if (e.isFolder) {
            if (m_scope.includesFolder(full) && !m_folders.contains(full))
                newFolders.append(full);
            continue;
        }
        if (isAtomicWriterTempName(path, e.name)) {
            if (m_scope.includesTemp(path, e.name))
                m_temps.add(full);
            continue;
        }
        if (!m_scope.includesFile(path, e.name))
            continue;
        missing.remove(e.name);
        auto it = m_files.find(full);
        if (it == m_files.end() && baseline) {
            FileRecord rec;
            rec.reported = e.stamp;
            m_files.insert(full, rec);
            folderIt->files.insert(e.name);
        } else if (it == m_files.end() || !it->reported.sameFile(e.stamp) || it->pendingSinceMs >= 0) {
            markDirty(full);
        }
    }
    for (const QString& name : std::as_const(missing))
        markDirty(path + u'/' + name);
    for (const QString& f : std::as_const(newFolders))
        addFolder(f, baseline);
}

void StateWatcher::folderGone(const QString& path)
{
    const QString prefix = path + u'/';
    for (auto it = m_folders.begin(); it != m_folders.end();) {
        if (it.key() != path && !it.key().startsWith(prefix)) {
            ++it;
            continue;
        }
        for (const QString& name : std::as_const(it->files))
            markDirty(it.key() + u'/' + name);
        if (it->watch >= 0) {
            m_watchToFolder.remove(it->watch);
            if (m_inotify)
                m_inotify->removeWatch(it->watch);
            --m_watchCount;
        }
        if (it.key() == m_scope.root()) {
            it->watch = -1; // polled until it comes back
            ++it;
        } else {
            it = m_folders.erase(it);
        }
    }
    if (path != m_scope.root() && path.startsWith(m_scope.root()))
        m_dirtyFolders.insert(parentOf(path)); // it may have been replaced by another folder of that name
    updateMode();
}

void StateWatcher::onEvent(int watch, quint32 flags, const QString& name)
{
    if (flags & InotifyReader::Overflow) {
        m_rescanAll = true;
        schedule();
        return;
    }
    const QString folder = m_watchToFolder.value(watch);
    if (folder.isEmpty())
        return;
    if (name.isEmpty()) {
        if (flags & InotifyReader::FolderGone)
            folderGone(folder);
        schedule();
        return;
    }
    const QString path = folder + u'/' + name;
    if (flags & InotifyReader::IsDir) {
        if ((flags & (InotifyReader::Created | InotifyReader::MovedIn)) && m_scope.includesFolder(path))
            m_dirtyFolders.insert(path);
        else if ((flags & InotifyReader::Gone) && m_folders.contains(path))
            folderGone(path);
        schedule();
        return;
    }
    if (isAtomicWriterTempName(folder, name)) {
        if (!m_scope.includesTemp(folder, name))
            return;
        if (flags & InotifyReader::Gone)
            m_temps.remove(path);
        else
            m_temps.add(path);
        return;
    }
    if (!m_scope.includesFile(folder, name))
        return;
    FileRecord& rec = m_files[path];
    rec.lastEventMs = m_clock.elapsed();
    if (flags & InotifyReader::Opened)
        ++rec.opens;
    if (flags & (InotifyReader::ClosedRead | InotifyReader::ClosedWrite))
        rec.opens = qMax(0, rec.opens - 1);
    if (flags & (InotifyReader::Created | InotifyReader::Modified))
        rec.writing = true;
    if (flags & (InotifyReader::ClosedWrite | InotifyReader::Gone))
        rec.writing = false;
    if (flags & InotifyReader::Gone)
        rec.opens = 0;
    if (flags & InotifyReader::MovedIn) {
        rec.movedIn = true;
        rec.writing = false;
        rec.opens = 0;
    }
    if (flags == InotifyReader::ClosedRead)
        return; // a reader (often our consumer) is done: nothing changed
    markDirty(path);
}

void StateWatcher::markDirty(const QString& path)
{
    m_dirtyFiles.insert(path);
    schedule();
}

void StateWatcher::schedule()
{
    // Not restarted by later events: a steady stream of writes must not postpone every report.
    if (!m_paused && !m_debounce.isActive())
        m_debounce.start(m_settings.debounceMs);
}

void StateWatcher::poll()
{
    const qint64 cpuBefore = threadCpuNs();
    QStringList polled;
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        if (it->watch < 0)
            polled.append(it.key());
    }
    for (const QString& folder : std::as_const(polled)) {
        if (m_folders.contains(folder))
            scanFolder(folder, false);
    }
    // One stat per file: 100,000 files cost a few hundred ms of CPU. Keep polling below a fifth of a core.
    const qint64 cpuMs = (threadCpuNs() - cpuBefore) / 1000000;
    m_poll.setInterval(int(qMax<qint64>(m_settings.pollIntervalMs, cpuMs * 5)));
}

void StateWatcher::process()
{
    if (m_paused || m_scope.isEmpty())
        return;
    if (m_inotify)
        m_inotify->drain();
    if (m_rescanAll) {
        m_rescanAll = false;
        for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it)
            m_dirtyFolders.insert(it.key());
    }
    // Folders first: their scans find the files to look at (and folderGone() may add a parent).
    while (!m_dirtyFolders.isEmpty()) {
        const QSet<QString> folders = std::exchange(m_dirtyFolders, {});
        for (const QString& f : folders) {
            if (m_folders.contains(f))
                scanFolder(f, false);
            else if (m_scope.includesFolder(f) && m_folders.contains(parentOf(f)) && QFileInfo(f).isDir())
                addFolder(f, false);
        }
    }
    updateMode();

    struct Seen
    {
        QString path;
        FileStamp stamp;
    };
    const QSet<QString> candidates = std::exchange(m_dirtyFiles, {}).unite(m_pending);
    QList<Seen> seen;
    seen.reserve(candidates.size());
    for (const QString& path : candidates)
        seen.append({ path, FileStamp::stat(path) });
    // A write that began while we looked marks its file dirty again: it is looked at in the next round.
    if (m_inotify)
        m_inotify->drain();

    const qint64 now = m_clock.elapsed();
    const qint64 wall = wallClockNs();
    QList<FileChange> changes;
    for (const Seen& s : std::as_const(seen)) {
        auto it = m_files.find(s.path);
        if (it == m_files.end()) {
            if (!s.stamp.exists)
                continue;
            it = m_files.insert(s.path, FileRecord {});
        }
        FileRecord& rec = *it;
        if (m_dirtyFiles.contains(s.path))
            continue;
        if (s.stamp.sameFile(rec.reported)) {
            rec.pendingSinceMs = -1;
            rec.movedIn = false;
            m_pending.remove(s.path);
            if (!rec.reported.exists)
                m_files.erase(it);
            continue;
        }
        if (!s.stamp.sameFile(rec.observed)) {
            rec.observed = s.stamp;
            rec.observedSinceMs = now;
        }
        if (rec.pendingSinceMs < 0)
            rec.pendingSinceMs = now;
        const QString folderPath = parentOf(s.path);
        const auto folder = m_folders.find(folderPath);
        SettleInput in;
        in.stamp = s.stamp;
        in.inotify = folder != m_folders.end() && folder->watch >= 0;
        if (rec.opens > 0 && now - rec.lastEventMs > m_settings.maxHoldMs)
            rec.opens = 0; // inotify merges identical events, so the count can drift
        in.writing = rec.writing || rec.opens > 0;
        in.movedIn = rec.movedIn;
        in.stableForMs = now - rec.observedSinceMs;
        in.pendingForMs = now - rec.pendingSinceMs;
        in.mtimeAgeMs = (wall - s.stamp.mtimeNs) / 1000000;
        if (!isSettled(in, m_settings)) {
            m_pending.insert(s.path);
            continue;
        }
        FileChange change;
        change.path = s.path;
        change.stamp = s.stamp;
        if (!rec.reported.exists)
            change.kind = FileChange::Kind::Added;
        else if (!s.stamp.exists)
            change.kind = FileChange::Kind::Removed;
        else if (s.stamp.inode != rec.reported.inode || s.stamp.device != rec.reported.device)
            change.kind = FileChange::Kind::Replaced;
        else
            change.kind = FileChange::Kind::Modified;
        changes.append(change);
        m_pending.remove(s.path);
        rec.pendingSinceMs = -1;
        rec.movedIn = false;
        if (s.stamp.exists) {
            rec.reported = s.stamp;
            if (folder != m_folders.end())
                folder->files.insert(nameOf(s.path));
        } else {
            m_files.erase(it);
            if (folder != m_folders.end())
                folder->files.remove(nameOf(s.path));
        }
    }
    if (!m_pending.isEmpty() || !m_dirtyFiles.isEmpty() || !m_dirtyFolders.isEmpty())
        m_debounce.start(m_settings.debounceMs);
    if (!changes.isEmpty())
        Q_EMIT filesChanged(changes);
}

void StateWatcher::checkTemps()
{
    const QStringList orphans = m_temps.takeOrphans(m_settings.orphanGraceMs);
    for (const QString& path : orphans)
        Q_EMIT orphanTempFile(path);
}

void StateWatcher::updateMode()
{
    Mode mode = Mode::Inactive;
    if (!m_scope.isEmpty()) {
        const bool anyPolled
            = std::any_of(m_folders.cbegin(), m_folders.cend(), [](const Folder& f) { return f.watch < 0; });
        mode = m_watchCount == 0 ? Mode::Polling : anyPolled ? Mode::Mixed : Mode::Inotify;
    }
    const bool poll = mode == Mode::Polling || mode == Mode::Mixed;
    if (poll && !m_paused && !m_poll.isActive())
        m_poll.start();
    else if (!poll)
        m_poll.stop();
    m_mode = mode;
    publishStatus();
}

void StateWatcher::publishStatus()
{
    Status now { m_mode, m_paused, m_settings.pollIntervalMs, modeDescription() };
    if (now == m_published)
        return;
    m_published = std::move(now);
    Q_EMIT statusChanged(m_published);
}

QString StateWatcher::modeDescription() const
{
    if (m_mode == Mode::Inactive)
        return tr("Not watching");
    if (m_paused)
        return tr("Watching paused");
    QString why;
    if (m_settings.forcePolling)
        why = tr("polling is turned on in the settings");
    else if (!m_remoteFs.isEmpty())
        why = tr("%1 is on %2, where inotify does not see writes made elsewhere")
                  .arg(m_scope.root(), m_remoteFs);
    else if (m_inotify && !m_inotify->isValid())
        why = m_inotify->errorString();
    else if (m_watchLimitHit)
        why = tr("the inotify watch limit (%1 folders) is reached").arg(effectiveBudget());
    else
        why = tr("some folders cannot be watched by inotify");
    const QString every = QString::number(m_settings.pollIntervalMs / 1000.0, 'g', 3);
    switch (m_mode) {
    case Mode::Inotify:
        return tr("Live (inotify on %n folder(s))", nullptr, m_watchCount);
    case Mode::Polling:
        return tr("Polling every %1 s: %2").arg(every, why);
    case Mode::Mixed:
        return tr("Live (inotify on %1 folders), %2 more polled every %3 s: %4")
            .arg(m_watchCount)
            .arg(m_folders.size() - m_watchCount)
            .arg(every, why);
    case Mode::Inactive:
        break;
    }
    return {};
}

} // namespace statelens
