// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecontroller.h"

#include "diff/valuemerge.h"
#include "io/jsonfilewriter.h"
#include "json/jsonequivalence.h"
#include "live/conflictbanner.h"
#include "live/livehost.h"
#include "live/livestate.h"
#include "live/mergedialog.h"
#include "live/overwritebanner.h"
#include "session/editcommand.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"
#include "sources/safetybackups.h"
#include "sources/sourceutil.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace statelens::ui {

LiveController::LiveController(LiveHost* host)
    : QObject(host->liveWidget()),
      m_host(host),
      m_live(new LiveState(this)),
      m_pause(new QAction(host->liveWidget()->style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause Live Updates"), this)),
      m_banner(new ConflictBanner(host->liveWidget())),
      m_overwriteBanner(new OverwriteBanner(host->liveWidget()))
{
    m_clock.start();
    m_pause->setObjectName(QStringLiteral("pauseLiveUpdates"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop following changes on disk; resuming shows everything that changed meanwhile"));
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (paused)
            m_live->pause();
        else
            m_live->resume();
    });
    StateSession* session = host->liveSession();
    connect(session, &StateSession::loaded, this, &LiveController::onLoaded);
    connect(session, &StateSession::reloaded, this, &LiveController::onReloaded);
    connect(session, &StateSession::saveConflict, this, &LiveController::onSaveConflict);
    connect(session, &StateSession::saveStarted, this, [this] { m_saving = m_host->liveSession()->pending()->changes(); });
    connect(session, &StateSession::saved, this, [this] {
        m_overwrites.watch(m_saving, m_clock.elapsed());
        m_overwritten.clear();
        m_overwriteBanner->showMessage({});
    });
    connect(session, &StateSession::busyChanged, this, [this](bool busy) {
        StateSession* s = m_host->liveSession();
        if (!busy && m_missed && s->hasState() && !s->isBusy()) {
            m_missed = false;
            resync(nullptr, {});
            checkOverwrites();
        }
    });
    connect(session->pending(), &PendingChanges::changed, this, &LiveController::onPendingChanged);
    connect(session->pending(), &PendingChanges::cleared, this, &LiveController::onPendingChanged);
    connect(m_live, &LiveState::updated, this, &LiveController::onLiveUpdated);
    connect(m_live, &LiveState::modeChanged, this, [this](const QString& text) {
        m_host->showLiveMode(text, m_live->modeDescription());
    });
    connect(m_live, &LiveState::reloadFailed, this,
            [this](const QString& message) { m_host->showLiveMessage(message, 8000); });
    connect(m_banner, &ConflictBanner::reloadRequested, this, &LiveController::takeTheirs);
    connect(m_banner, &ConflictBanner::keepMineRequested, this, &LiveController::keepMine);
    connect(m_banner, &ConflictBanner::mergeRequested, this, &LiveController::merge);
    connect(m_overwriteBanner, &OverwriteBanner::saveAgainRequested, this, &LiveController::saveAgain);
    connect(m_overwriteBanner, &OverwriteBanner::pauseRequested, this, [this] {
        m_overwriteBanner->showMessage({});
        m_pause->setChecked(true);
    });
}

LiveController::~LiveController() = default;

void LiveController::forgetEdits()
{
    m_rebase.clear();
    m_held.clear();
    m_conflicts.clear();
    m_conflictKeys.clear();
    m_saveConflictKeys.clear();
    m_conflictDetail.clear();
    m_missed = false;
    m_banner->showConflict({});
}

void LiveController::onLoaded()
{
    StateSession* s = m_host->liveSession();
    forgetEdits();
    if (s->source() != m_source) {
        m_source = s->source();
        if (auto r = m_live->start(m_source, s->snapshot()); !r) {
            m_host->showLiveMessage(tr("Live updates are off: %1").arg(r.error().toString()), 10000);
            return;
        }
        if (m_pause->isChecked())
            m_live->pause();
    } else {
        m_live->adopt(s->snapshot());
    }
}

void LiveController::onReloaded(const LiveDelta& delta)
{
    // Read again after our save (or Reload): the views move to it in place, as for a live update.
    forgetEdits();
    m_live->adopt(m_host->liveSession()->snapshot());
    m_host->showLiveSnapshot(m_host->liveSession()->snapshot(), delta);
}

void LiveController::onLiveUpdated(const LiveDelta& delta)
{
    StateSession* s = m_host->liveSession();
    if (!s->hasState())
        return;
    if (s->isBusy()) { // a save or load: it ends with a reload, or with busyChanged(false)
        m_missed = true;
        return;
    }
    resync(m_missed ? nullptr : &delta, {});
    m_missed = false;
    checkOverwrites();
}

void LiveController::checkOverwrites()
{
    if (!m_overwrites.isWatching())
        return;
    const QList<Overwrite> found = m_overwrites.check(m_live->snapshot(), m_clock.elapsed());
    if (found.isEmpty())
        return;
    m_overwritten += found;
    auto seconds = [](const Overwrite& o) { return QLocale().toString(double(o.afterMs) / 1000.0, 'f', 1); };
    QString text;
    if (m_overwritten.size() == 1) {
        text = tr("The running tool overwrote your change to %1 %2 s after it was saved.")
                   .arg(m_overwritten.first().address.toString(), seconds(m_overwritten.first()));
    } else {
        QStringList parts;
        for (const Overwrite& o : std::as_const(m_overwritten))
            parts << tr("%1 (%2 s after it was saved)").arg(o.address.toString(), seconds(o));
        text = tr("The running tool overwrote your changes to %1.").arg(parts.join(QLatin1String(", ")));
    }
    text += u' ' + tr("It may keep its own copy in memory: save again, or pause live updates until it stops.");
    m_overwriteBanner->showMessage(text);
}

bool LiveController::saveAgain()
{
    StateSession* session = m_host->liveSession();
    if (m_overwritten.isEmpty() || session->isBusy())
        return false;
    PendingChanges* pending = session->pending();
    QList<EditCommand::Step> steps;
    for (const Overwrite& o : std::as_const(m_overwritten)) {
        PendingEdit e;
        e.ns = o.address.ns;
        e.key = o.address.key;
        e.remove = !o.saved;
        if (o.saved)
            e.value = *o.saved;
        e.before = o.now;
        const PendingEdit* existing = pending->find(e.ns, e.key);
        steps << EditCommand::Step { e.ns, e.key, existing ? std::optional(*existing) : std::nullopt, e };
    }
    m_overwritten.clear();
    m_overwriteBanner->showMessage({});
    session->undoStack()->push(new EditCommand(pending, steps, tr("Save again what the tool wrote over")));
    return session->save();
}

void LiveController::onPendingChanged()
{
    StateSession* s = m_host->liveSession();
    if (!s->hasState() || s->isBusy() || !m_live->isActive())
        return;
    const QSet<QString> held = editedFiles() - m_rebase;
    if (held == m_held)
        return;
    const LiveDelta none;
    resync(&none, m_held - held);
}

void LiveController::onSaveConflict(const QString& message, const QStringList& keys)
{
    m_conflictDetail = tr("Nothing was saved: %1").arg(message);
    m_saveConflictKeys = keys;
    const LiveDelta none;
    resync(m_missed ? nullptr : &none, {});
    m_missed = false;
    if (m_conflicts.isEmpty())
        m_host->showLiveError(tr("%1 Reading the files again\u2026").arg(m_conflictDetail));
    // The refused save proves the disk moved on, whether or not a report came already.
    m_live->reloadNow(editedFiles().values());
}

QString LiveController::fileOfEdit(const QString& ns, const QString& key) const
{
    const Snapshot& shown = m_host->liveSession()->snapshot();
    if (const std::optional<Entry> e = shown.findEntry(ns, key))
        return e->file;
    if (ns == EditController::taskNamespace()) // a task edit holds its task file
        for (const Task& t : shown.tasks)
            if (t.id == key)
                return t.file;
    const QString file = namespaceFile(shown, ns);
    return file.isEmpty() ? namespaceFile(m_live->snapshot(), ns) : file;
}

QStringList LiveController::clashingKeys(const QString& file) const
{
    const Snapshot& live = m_live->snapshot();
    const Snapshot& shown = m_host->liveSession()->snapshot();
    QStringList keys;
    for (const PendingEdit& e : m_host->liveSession()->pending()->edits()) {
        if (fileOfEdit(e.ns, e.key) != file)
            continue;
        const Address address { e.ns, e.key, {} };
        const std::optional<json::JsonValue> theirs = valueAt(live, address);
        const std::optional<json::JsonValue> mine = e.remove ? std::nullopt : std::optional(e.value);
        // A whole namespace's edit started from what is shown; a key's edit knows its own start.
        const std::optional<json::JsonValue> before = e.isNamespace() ? valueAt(shown, address) : e.before;
        if (!json::equivalent(theirs, before) && !json::equivalent(theirs, mine))
            keys << address.toString();
    }
    return keys;
}

QSet<QString> LiveController::editedFiles() const
{
    QSet<QString> files;
    for (const PendingEdit& e : m_host->liveSession()->pending()->edits())
        if (const QString f = fileOfEdit(e.ns, e.key); !f.isEmpty())
            files.insert(f);
    return files;
}

void LiveController::resync(const LiveDelta* hint, const QSet<QString>& filesToCompare)
{
    StateSession* session = m_host->liveSession();
    const Snapshot& live = m_live->snapshot();
    const Snapshot& shown = session->snapshot();
    // A file that moved on only where nothing is pending is shown as it is on disk, the edits on top; one
    // that moved on at a key with a pending edit stays at the edits' base and is a conflict.
    QStringList conflicts;
    QStringList conflictKeys;
    for (const QString& f : editedFiles()) {
        if (m_rebase.contains(f) || !live.stamps.contains(f) || live.stamps.value(f).sameFile(shown.stamps.value(f)))
            continue;
        const QStringList keys = clashingKeys(f);
        if (keys.isEmpty()) {
            m_rebase.insert(f);
            continue;
        }
        conflicts << f;
        conflictKeys << keys;
    }
    conflicts.sort();
    for (const QString& k : std::as_const(m_saveConflictKeys))
        if (!conflicts.isEmpty() && !conflictKeys.contains(k))
            conflictKeys << k;
    const QSet<QString> held = editedFiles() - m_rebase;
    const QSet<QString> compare = filesToCompare + m_rebase + (m_held - held) + (held - m_held);
    Snapshot next = live;
    if (!held.isEmpty()) {
        // By hash, not by name lookups: a documented state.json holds thousands of namespaces.
        QHash<QString, qsizetype> shownAt;
        shownAt.reserve(shown.namespaces.size());
        for (qsizetype i = 0; i < shown.namespaces.size(); ++i)
            shownAt.insert(shown.namespaces[i].name, i);
        QSet<QString> liveNames;
        liveNames.reserve(live.namespaces.size());
        QList<Namespace> namespaces;
        namespaces.reserve(live.namespaces.size());
        for (const Namespace& n : live.namespaces) {
            liveNames.insert(n.name);
            if (!held.contains(namespaceFile(live, n)))
                namespaces << n;
            else if (const auto at = shownAt.constFind(n.name); at != shownAt.cend())
                namespaces << shown.namespaces[*at];
        }
        for (const Namespace& n : shown.namespaces)
            if (!liveNames.contains(n.name) && held.contains(namespaceFile(shown, n)))
                namespaces << n;
        next.namespaces = namespaces;
        for (const QString& f : held) // only a conflicting file copies the stamps (100,000 with the tasks)
            if (const auto it = shown.stamps.constFind(f); it != shown.stamps.cend() && !next.stamps.value(f).sameFile(*it))
                next.stamps.insert(f, *it);
        for (auto it = shown.namespaceFiles.cbegin(); it != shown.namespaceFiles.cend(); ++it)
            if (held.contains(it.value()))
                next.namespaceFiles.insert(it.key(), it.value());
    }

    LiveDelta d;
    if (!hint) {
        d = diffSnapshots(shown, next);
    } else {
        d = *hint;
        QSet<QString> names;
        for (const QString& n : hint->changedNamespaceNames())
            names.insert(n);
        for (const Snapshot* snap : { &shown, static_cast<const Snapshot*>(&next) })
            for (const Namespace& n : snap->namespaces)
                if (compare.contains(namespaceFile(*snap, n)))
                    names.insert(n.name);
        diffNamespacesInto(d, shown, next, &names);
    }
    m_held = held;
    m_rebase.clear();
    session->applyLive(next, d);
    m_host->showLiveSnapshot(m_host->liveSession()->snapshot(), d);
    if (conflicts.isEmpty() && !m_conflicts.isEmpty()) { // resolved
        m_conflictDetail.clear();
        m_saveConflictKeys.clear();
    }
    if (!conflicts.isEmpty() || conflicts != m_conflicts) {
        m_conflicts = conflicts;
        m_conflictKeys = conflictKeys;
        m_banner->showConflict(conflicts, conflictKeys, m_conflictDetail);
        if (!conflicts.isEmpty())
            m_host->showLiveError({}); // the conflict banner says it all
    }
}

void LiveController::rebaseEdits(const QStringList& files, const QHash<QString, std::optional<json::JsonValue>>& results,
                                 const QString& text)
{
    const Snapshot& live = m_live->snapshot();
    PendingChanges* pending = m_host->liveSession()->pending();
    const QSet<QString> fileSet(files.cbegin(), files.cend());
    QList<EditCommand::Step> steps;
    for (const PendingEdit& e : pending->edits()) {
        if (e.isNamespace() || !fileSet.contains(fileOfEdit(e.ns, e.key)))
            continue;
        // The disk's version is the new base: the edit now changes theirs.
        const std::optional<json::JsonValue> theirs = valueAt(live, Address { e.ns, e.key, {} });
        std::optional<json::JsonValue> value = e.remove ? std::nullopt : std::optional(e.value);
        if (const auto r = results.constFind(e.ns + QChar(0) + e.key); r != results.cend())
            value = *r;
        if (json::equivalent(value, theirs)) {
            steps << EditCommand::Step { e.ns, e.key, e, std::nullopt }; // nothing left to change
            continue;
        }
        PendingEdit rebased = e;
        rebased.remove = !value;
        if (value)
            rebased.value = *value;
        rebased.before = theirs;
        steps << EditCommand::Step { e.ns, e.key, e, rebased };
    }
    m_rebase += fileSet;
    if (!steps.isEmpty())
        m_host->liveSession()->undoStack()->push(new EditCommand(pending, steps, text));
    const LiveDelta none;
    resync(&none, fileSet);
}

void LiveController::takeTheirs()
{
    const QSet<QString> files(m_conflicts.cbegin(), m_conflicts.cend());
    PendingChanges* pending = m_host->liveSession()->pending();
    QList<EditCommand::Step> steps;
    for (const PendingEdit& e : pending->edits())
        if (files.contains(fileOfEdit(e.ns, e.key)))
            steps << EditCommand::Step { e.ns, e.key, e, std::nullopt };
    if (!steps.isEmpty())
        m_host->liveSession()->undoStack()->push(new EditCommand(pending, steps, tr("Take the version on disk")));
    m_host->showLiveMessage(tr("Showing the version on disk; Undo brings your changes back."), 8000);
}

bool LiveController::keepMine()
{
    const QStringList files = m_conflicts;
    if (files.isEmpty())
        return false;
    const auto saved = backup::backUpBeforeOverwrite(m_host->liveSession()->snapshot().info, files);
    if (!saved) {
        m_host->showLiveError(tr("Nothing was written: the version on disk could not be backed up: %1")
                                          .arg(saved.error().toString()));
        return false;
    }
    rebaseEdits(files, {}, tr("Keep my changes over the version on disk"));
    m_host->showLiveMessage(tr("The version on disk was backed up to %1; saving your changes.")
                                           .arg(saved->join(QLatin1String(", "))),
                                       10000);
    return m_host->liveSession()->save();
}

bool LiveController::merge()
{
    const QSet<QString> files(m_conflicts.cbegin(), m_conflicts.cend());
    if (files.isEmpty())
        return false;
    const Snapshot& live = m_live->snapshot();
    struct KeyMerge
    {
        QString id;
        diff::ValueMerge merge;
        int firstRow = 0;
    };
    QList<KeyMerge> merges;
    QList<MergeRow> rows;
    QHash<QString, std::optional<json::JsonValue>> results;
    for (const PendingEdit& e : m_host->liveSession()->pending()->edits()) {
        if (e.isNamespace() || !files.contains(fileOfEdit(e.ns, e.key)))
            continue;
        const QString id = e.ns + QChar(0) + e.key;
        diff::ValueMerge m = diff::mergeValues(e.before, valueAt(live, Address { e.ns, e.key, {} }),
                                               e.remove ? std::nullopt : std::optional(e.value));
        if (m.conflicts.isEmpty()) {
            results.insert(id, m.merged);
            continue;
        }
        const int firstRow = int(rows.size());
        for (const diff::FieldConflict& c : std::as_const(m.conflicts))
            rows << MergeRow { e.ns, e.key, c.pointer, c.base, c.theirs, c.mine };
        merges << KeyMerge { id, std::move(m), firstRow };
    }
    int mine = 0;
    int theirs = 0;
    if (!rows.isEmpty()) {
        MergeDialog dialog(rows, m_host->liveWidget());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        for (const KeyMerge& k : std::as_const(merges)) {
            QList<bool> keep;
            for (int i = 0; i < k.merge.conflicts.size(); ++i) {
                keep << dialog.keepsMine(k.firstRow + i);
                ++(keep.last() ? mine : theirs);
            }
            results.insert(k.id, k.merge.resolved(keep));
        }
    }
    rebaseEdits(m_conflicts, results, tr("Merge with the version on disk"));
    m_host->showLiveMessage(
        tr("Merged with the version on disk: of the fields both sides changed, %1 kept yours and %2 took the disk's. "
           "Save writes the result.")
            .arg(mine)
            .arg(theirs),
        10000);
    return true;
}

} // namespace statelens::ui
