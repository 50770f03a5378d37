// SPDX-License-Identifier: GPL-3.0-or-later
// StateFolderSource::reloadFiles(): one task, report, session or log file, the backups, or state.json.
#include "statefoldersource.h"

#include "io/safewrite.h"
#include "io/statelayout.h"
#include "sources/partialreload.h"
#include "sources/taskreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace statelens {

namespace {

using reload::ReadFile;

LogFile logFileOf(const QString& path)
{
    static const QRegularExpression sessionLog(QStringLiteral("^session_(.+)_(\\d+)\\.log$"));
    const QFileInfo fi(path);
    LogFile log;
    log.name = fi.fileName();
    log.path = path;
    log.size = fi.size();
    log.time = fi.lastModified().toUTC();
    if (const auto m = sessionLog.match(log.name); m.hasMatch()) {
        log.sessionId = m.captured(1);
        log.time = QDateTime::fromMSecsSinceEpoch(m.captured(2).toLongLong(), Qt::UTC);
    }
    if (const auto first = readFileHead(path, 1)) {
        const QByteArray head = first->trimmed();
        log.format = head.startsWith('{') || log.name.endsWith(QLatin1String(".jsonl")) ? LogFile::Format::JsonLines
                                                                                         : LogFile::Format::Text;
    }
    return log;
}

template<typename T>
int findByPath(const QList<T>& list, const QString& path)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].path == path)
            return i;
    return -1;
}

template<typename T>
void putByPath(QList<T>& list, T item)
{
    if (const int i = findByPath(list, item.path); i >= 0) {
        list[i] = std::move(item);
        return;
    }
    const auto at = std::lower_bound(list.begin(), list.end(), item.path, [](const T& x, const QString& p) { return x.path < p; });
    list.insert(at, std::move(item));
}

/// The problems crossCheck() puts on task files ("task X is in tasks/ but not in the state.json snapshot").
bool isCrossCheckProblem(const Problem& p, const QString& tasksDir)
{
    return p.code == Problem::Code::TaskSnapshotMismatch && p.file.startsWith(tasksDir);
}

} // namespace

Result<Reload> StateFolderSource::reloadFiles(Snapshot current, const QList<FileChange>& changes,
                                              const LoadContext& context) const
{
    const QString stateFile = layout::stateFile(m_path);
    const QString tasksDir = layout::tasksDir(m_path);
    const QString reportsDir = layout::reportsDir(m_path);
    const QString sessionsDir = layout::sessionsDir(m_path);
    const QString logsDir = layout::logsDir(m_path);
    const QString safetyDir = layout::backupsDir(m_path);
    static const QRegularExpression backupName(QStringLiteral("^state\\.(backup\\..*|pre-migration\\.backup.*)\\.json$"));
    enum class Part { State, Task, Report, Session, Log, Backups, Ignored };
    QList<Part> parts;
    for (const FileChange& c : changes) {
        const QFileInfo fi(c.path);
        const QString dir = fi.absolutePath();
        const QString name = fi.fileName();
        const bool json = name.endsWith(QLatin1String(".json"));
        if (c.path == stateFile) {
            if (c.kind == FileChange::Kind::Removed)
                return Source::reloadFiles(std::move(current), changes, context);
            parts << Part::State;
        } else if (dir == tasksDir && json) {
            parts << Part::Task;
        } else if (dir == reportsDir && json) {
            parts << Part::Report;
        } else if (dir == sessionsDir && json) {
            parts << Part::Session;
        } else if (dir == logsDir && (name.endsWith(QLatin1String(".log")) || name.endsWith(QLatin1String(".jsonl")))) {
            parts << Part::Log;
        } else if ((dir == m_path && backupName.match(name).hasMatch()) || dir == safetyDir) {
            parts << Part::Backups;
        } else if (dir == m_path || dir == layout::statelensDir(m_path)) {
            parts << Part::Ignored; // state.lock, notes, migration logs: not part of the model
        } else {
            return Source::reloadFiles(std::move(current), changes, context);
        }
    }

    const Snapshot before = reload::lightCopy(current);
    Reload r;
    r.snapshot = std::move(current); // the only copy, when the caller moved it in: changed in place
    Snapshot& s = r.snapshot;
    r.delta.files = changes;
    const FileChange* stateChange = nullptr;
    bool backupsChanged = false;
    QHash<QString, QString> tasksRemoved; // file -> id
    QStringList tasksAdded, tasksChanged;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const FileChange& c = changes[i];
        switch (parts[i]) {
        case Part::State: stateChange = &c; break;
        case Part::Backups: backupsChanged = true; break;
        case Part::Ignored: break;
        case Part::Task: {
            const ReadFile read = reload::readChanged(c, r.deferred, true);
            const int at = reload::findTask(s.tasks, c.path);
            if (read.outcome == ReadFile::Outcome::Gone) {
                if (at >= 0) {
                    tasksRemoved.insert(c.path, s.tasks[at].id);
                    s.tasks.removeAt(at);
                }
                s.stamps.remove(c.path);
                reload::dropProblemsOf(s, c.path);
            } else if (read.outcome == ReadFile::Outcome::Parsed) {
                Task t = readTaskFile(*read.doc, c.path);
                s.stamps.insert(c.path, read.stamp);
                reload::dropProblemsOf(s, c.path);
                if (at >= 0) {
                    if (!s.tasks[at].value.sameBytes(t.value))
                        tasksChanged << c.path;
                    s.tasks[at] = std::move(t);
                } else {
                    s.tasks.insert(reload::insertPosition(s.tasks, c.path), std::move(t));
                    tasksAdded << c.path;
                }
            }
            break;
        }
        case Part::Report:
        case Part::Session: {
            QList<Report>& list = parts[i] == Part::Report ? s.reports : s.sessions;
            const ReadFile read = reload::readChanged(c, r.deferred);
            if (read.outcome == ReadFile::Outcome::Gone) {
                if (const int at = findByPath(list, c.path); at >= 0)
                    list.removeAt(at);
                s.stamps.remove(c.path);
                reload::dropProblemsOf(s, c.path);
            } else if (read.outcome == ReadFile::Outcome::Parsed) {
                Report rep;
                rep.path = c.path;
                rep.id = QFileInfo(c.path).completeBaseName();
                rep.value = ValueRef(read.doc, 0);
                s.stamps.insert(c.path, read.stamp);
                reload::dropProblemsOf(s, c.path);
                putByPath(list, std::move(rep));
            }
            break;
        }
        case Part::Log:
            if (c.kind == FileChange::Kind::Removed || !QFileInfo::exists(c.path)) {
                if (const int at = findByPath(s.logs, c.path); at >= 0)
                    s.logs.removeAt(at);
            } else {
                putByPath(s.logs, logFileOf(c.path));
            }
            break;
        }
    }

    if (stateChange) {
        const ReadFile read = reload::readChanged(*stateChange, r.deferred);
        if (read.outcome == ReadFile::Outcome::Parsed) {
            QHash<QString, PreReadFile> preread;
            preread.insert(stateFile, PreReadFile { read.stamp, read.doc });
            LoadContext ctx = context;
            ctx.preread = &preread;
            Snapshot st;
            st.info = s.info;
            // state.json parses again: what was said about its damage no longer holds.
            st.info.damaged.clear();
            st.info.note.clear();
            st.tasks = s.tasks;
            const DocumentPtr doc = loadState(st, ctx);
            crossCheck(st, doc);
            addCommonProblems(st);
            s.namespaces = st.namespaces;
            s.sessions.removeIf([&](const Report& rep) { return rep.path == stateFile; });
            s.sessions = st.sessions + s.sessions;
            s.lastSaved = st.lastSaved;
            s.info = st.info;
            s.stamps.insert(stateFile, read.stamp);
            s.problems.removeIf([&](const Problem& p) { return p.file == stateFile || isCrossCheckProblem(p, tasksDir); });
            s.problems += st.problems;
            diffNamespacesInto(r.delta, before, s);
            r.delta.infoChanged = before.info.version != s.info.version || before.info.note != s.info.note
                || before.info.damaged.size() != s.info.damaged.size() || before.lastSaved != s.lastSaved;
        }
    }
    if (backupsChanged) {
        Snapshot scratch;
        scratch.info.damaged = s.info.damaged;
        loadBackups(scratch);
        s.backups = scratch.backups;
        s.info.damaged = scratch.info.damaged;
        r.delta.backups = diffBackups(before.backups, s.backups);
    }
    if (!tasksRemoved.isEmpty() || !tasksAdded.isEmpty() || !tasksChanged.isEmpty())
        r.delta.tasks = reload::taskDelta(s.tasks, tasksRemoved, tasksAdded, tasksChanged);
    r.delta.reports = diffReports(before.reports, s.reports);
    r.delta.sessions = diffReports(before.sessions, s.sessions);
    r.delta.logs = diffLogs(before.logs, s.logs);
    r.delta.problemsChanged = !sameProblems(before.problems, s.problems);
    return r;
}

} // namespace statelens
