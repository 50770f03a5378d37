// SPDX-License-Identifier: GPL-3.0-or-later
#include "statefoldersource.h"

#include "io/jsonfilewriter.h"
#include "io/safewrite.h"
#include "io/statelayout.h"
#include "sources/safetybackups.h"
#include "sources/taskreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::StateFolderSource", s); }

Problem info(const QString& file, const QString& message, Problem::Severity sev = Problem::Severity::Info)
{
    Problem p;
    p.severity = sev;
    p.file = file;
    p.message = message;
    return p;
}

/// The places of state.json that a SnapshotScope::Focus load reads in full: the focused namespaces or keys.
/// Top-level scalars (version, last_saved) are read anyway.
QList<QStringList> focusOf(const LoadContext& context, bool documented)
{
    if (context.scope != SnapshotScope::Focus)
        return {};
    QList<QStringList> out;
    for (const Address& a : context.focus) {
        QStringList tokens;
        if (documented)
            tokens << QStringLiteral("namespaces") << a.ns;
        else if (a.ns != QLatin1String("state"))
            continue; // nothing of state.json: the top level alone is read
        if (!a.key.isEmpty())
            tokens << a.key;
        out.append(tokens);
    }
    if (out.isEmpty())
        out.append(QStringList { QStringLiteral("namespaces"), QString() }); // some focus, so others collapse
    return out;
}

/// What of state.json is read into nodes: the focus of a Focus load; otherwise everything except the insides
/// of the documented format's values (handed out whole, read when asked for: ValueRef) and of the tasks
/// snapshot's tasks (of which only id and status are read). A 100 MB state.json then costs a tape of its
/// keys, not of every value in it.
json::ParseOptions shapeOf(const LoadContext& context, bool documented)
{
    json::ParseOptions shape;
    shape.focus = focusOf(context, documented);
    if (documented && shape.focus.isEmpty())
        shape.collapse = { { QStringLiteral("namespaces"), QStringLiteral("*"), QStringLiteral("*") },
                           { QStringLiteral("tasks"), QStringLiteral("*"), QStringLiteral("*") } };
    return shape;
}

Problem coded(Problem p, Problem::Code code)
{
    p.code = code;
    return p;
}
} // namespace

StateFolderSource::StateFolderSource(const QString& root, SourceKind kind)
    : Source(QFileInfo(root).absoluteFilePath()), m_kind(kind)
{
}

void StateFolderSource::setBackupRetention(int count, int maxAgeDays)
{
    m_keepBackups = count;
    m_maxAgeDays = maxAgeDays;
}

Source::WatchPlan StateFolderSource::watchPlan() const
{
    QStringList folders { layout::tasksDir(m_path), layout::logsDir(m_path), layout::reportsDir(m_path),
                          layout::sessionsDir(m_path) };
    // StateLens's own generations: a backup written by another StateLens shows up in the Backups view.
    if (m_kind == SourceKind::Documented || m_kind == SourceKind::CodingAgent)
        folders << layout::backupsDir(m_path);
    for (QString& f : folders)
        f = f.mid(m_path.size() + 1);
    return { m_path, folders, {} };
}

Result<Snapshot> StateFolderSource::load(const LoadContext& context) const
{
    if (!QFileInfo(m_path).isDir())
        return Error::notFound(tr("state folder does not exist"), m_path);
    Snapshot s;
    s.info.kind = m_kind;
    s.info.path = m_path;
    context.report(0, tr("reading state.json"));
    const DocumentPtr state = loadState(s, context);
    if (context.cancelled())
        return Error { Error::Kind::Cancelled, tr("cancelled"), m_path };
    if (context.scope != SnapshotScope::Everything) {
        // Reading or writing a key needs state.json alone: no tasks, backups or cross-checks.
        s.scope = context.scope;
        context.report(100, tr("done"));
        return s;
    }
    loadSideFolders(s, context);
    if (context.cancelled())
        return Error { Error::Kind::Cancelled, tr("cancelled"), m_path };
    context.report(95, tr("checking backups"));
    loadBackups(s);
    crossCheck(s, state);
    for (const QString& dir : { layout::tasksDir(m_path), layout::reportsDir(m_path), layout::sessionsDir(m_path),
                                layout::logsDir(m_path) })
        reportLinkOutside(dir, m_path, s);
    reportTempFiles(m_path, s);
    reportTempFiles(layout::tasksDir(m_path), s);
    addCommonProblems(s);
    context.report(100, tr("done"));
    return s;
}

DocumentPtr StateFolderSource::loadState(Snapshot& s, const LoadContext& context) const
{
    const QString file = layout::stateFile(m_path);
    const bool documented = m_kind == SourceKind::Documented;
    DocumentPtr doc;
    QString shownFile = file;
    if (!QFileInfo::exists(file)) {
        s.problems.append(info(file, tr("state.json does not exist: the state is empty")));
    } else if (auto r = readJsonFile(file, s, context, shapeOf(context, documented)); r) {
        doc = r.value();
    } else if (r.error().kind == Error::Kind::Cancelled) {
        return {};
    } else {
        s.problems.append(Problem::fromError(r.error()));
        DamagedFile damaged = describeDamage(file, r.error());
        // Show what the documents say to fall back to: the newest backup that parses, else the tasks alone.
        // Nothing here is editable until state.json is restored (SourceInfo::damaged says so).
        QStringList names = listFiles(m_path, { QStringLiteral("state.backup.*.json") });
        std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
            return backups::timestampOf(QFileInfo(a).fileName()) > backups::timestampOf(QFileInfo(b).fileName());
        });
        Snapshot scratch;
        for (const QString& b : names) {
            if (auto bd = readJsonFile(b, scratch, context); bd && bd.value()->isObject(0)) {
                doc = bd.value();
                shownFile = b;
                break;
            }
        }
        damaged.fallback = doc ? DamagedFile::Fallback::Backup : DamagedFile::Fallback::TasksOnly;
        if (doc)
            damaged.shownFrom = shownFile;
        s.info.damaged.append(damaged);
        s.info.note = doc ? tr("state.json is %1; showing the newest readable backup, %2, until it is restored")
                                .arg(damageName(damaged.damage), QFileInfo(shownFile).fileName())
                          : tr("state.json is %1 and no backup parses; showing what tasks/ holds")
                                .arg(damageName(damaged.damage));
        s.problems.append(info(file, s.info.note, Problem::Severity::Error));
    }

    s.info.version = QStringLiteral("none");
    if (documented) {
        s.info.detectedBy = tr("state.json has a \"version\" and a \"namespaces\" object");
    } else {
        s.info.detectedBy = tr("state.json holds tasks, sessions, metrics and last_saved, without a version; tasks/ beside it");
        s.info.versionOrigin = tr("inferred: no \"version\" field, so the coding-agent format's first version");
    }
    if (!doc)
        return doc;
    const json::Document& d = *doc;
    if (!d.isObject(0)) {
        const Error notObject = Error::validation(tr("state.json must hold a JSON object"), shownFile);
        s.problems.append(Problem::fromError(notObject));
        if (shownFile == file)
            s.info.damaged.append(describeDamage(file, notObject));
        return {};
    }
    const QString version = memberString(d, 0, u"version");
    if (!version.isEmpty()) {
        s.info.version = version;
        s.info.versionOrigin = tr("field \"version\"");
    }
    s.lastSaved = parseTime(memberString(d, 0, u"last_saved"));

    if (documented) {
        const quint32 nss = d.member(0, u"namespaces");
        if (nss != json::Document::npos && d.isObject(nss)) {
            // A namespace or key given twice: the last one wins, as Document::member() and every JSON reader.
            // One problem per duplicated name, however often it repeats (100,000 copies are one problem).
            QHash<QString, qsizetype> nsIndex;
            QSet<QString> reported;
            d.forEachMember(nss, [&](quint32 k, quint32 v) {
                const QString name = d.string(k);
                if (const auto earlier = nsIndex.constFind(name); earlier != nsIndex.cend()) {
                    if (!reported.contains(name)) {
                        reported.insert(name);
                        s.problems.append(duplicateKeyProblem(shownFile, name));
                    }
                    s.namespaces.removeAt(*earlier);
                    nsIndex.remove(name);
                    for (auto it = nsIndex.begin(); it != nsIndex.end(); ++it)
                        if (*it > *earlier)
                            --*it;
                }
                if (d.isCollapsed(v))
                    return true; // off the focus (SnapshotScope::Focus): not read
                if (auto ok = layout::validateNamespace(name); !ok)
                    s.problems.append(info(shownFile, ok.error().message, Problem::Severity::Warning));
                if (!d.isObject(v)) {
                    s.problems.append(info(shownFile, tr("namespace '%1' is not an object").arg(name), Problem::Severity::Warning));
                    return true;
                }
                Namespace ns;
                ns.name = name;
                QStringList duplicates;
                ns.entries = EntryList::fromObject(doc, v, shownFile, &duplicates);
                for (const QString& key : std::as_const(duplicates)) {
                    const QString address = name + u'/' + key;
                    if (!reported.contains(address)) {
                        reported.insert(address);
                        s.problems.append(duplicateKeyProblem(shownFile, address));
                    }
                }
                nsIndex.insert(name, s.namespaces.size());
                s.namespaces.append(std::move(ns));
                return true;
            });
        } else {
            s.problems.append(info(shownFile, tr("state.json has no \"namespaces\" object"), Problem::Severity::Warning));
        }
    } else {
        QStringList duplicates;
        s.namespaces.append(namespaceFromObject(QStringLiteral("state"), doc, shownFile, &duplicates));
        for (const QString& key : std::as_const(duplicates))
            s.problems.append(duplicateKeyProblem(shownFile, QStringLiteral("state/") + key));
    }
    const quint32 sessions = d.member(0, u"sessions");
    if (sessions != json::Document::npos && d.isArray(sessions))
        d.forEachElement(sessions, [&](int i, quint32 v) {
            Report r;
            r.id = d.isObject(v) ? memberString(d, v, u"id") : QString();
            if (r.id.isEmpty())
                r.id = QString::number(i);
            r.path = shownFile;
            r.value = ValueRef(doc, v);
            s.sessions.append(r);
            return true;
        });
    return doc;
}

void StateFolderSource::loadSideFolders(Snapshot& s, const LoadContext& context) const
{
    LoadContext tasksContext = context;
    tasksContext.progress = [&context](int percent, const QString& what) { context.report(5 + percent * 80 / 100, what); };
    s.tasks = readTaskFolder(layout::tasksDir(m_path), s, tasksContext);

    static const QRegularExpression sessionLog(QStringLiteral("^session_(.+)_(\\d+)\\.log$"));
    for (const QString& f : listFiles(layout::logsDir(m_path), { QStringLiteral("*.log"), QStringLiteral("*.jsonl") })) {
        const QFileInfo fi(f);
        LogFile log;
        log.name = fi.fileName();
        log.path = f;
        log.size = fi.size();
        log.time = fi.lastModified().toUTC();
        if (const auto m = sessionLog.match(log.name); m.hasMatch()) {
            log.sessionId = m.captured(1);
            log.time = QDateTime::fromMSecsSinceEpoch(m.captured(2).toLongLong(), Qt::UTC);
        }
        if (const auto first = readFileHead(f, 1)) {
            const QByteArray head = first->trimmed();
            log.format = head.startsWith('{') || log.name.endsWith(QLatin1String(".jsonl")) ? LogFile::Format::JsonLines
                                                                                             : LogFile::Format::Text;
        }
        s.logs.append(log);
    }
    for (const QString& f : listFiles(layout::reportsDir(m_path), { QStringLiteral("*.json") })) {
        Report r;
        r.path = f;
        r.id = QFileInfo(f).completeBaseName();
        if (QFileInfo(f).isSymLink())
            reportLinkOutside(f, m_path, s);
        if (auto doc = readJsonFile(f, s, context); doc)
            r.value = ValueRef(doc.value(), 0);
        else
            s.problems.append(Problem::fromError(doc.error()));
        s.reports.append(r);
    }
    for (const QString& f : listFiles(layout::sessionsDir(m_path), { QStringLiteral("*.json") })) {
        Report r;
        r.path = f;
        r.id = QFileInfo(f).completeBaseName();
        if (QFileInfo(f).isSymLink())
            reportLinkOutside(f, m_path, s);
        if (auto doc = readJsonFile(f, s, context); doc)
            r.value = ValueRef(doc.value(), 0);
        else
            s.problems.append(Problem::fromError(doc.error()));
        s.sessions.append(r);
    }
}

void StateFolderSource::loadBackups(Snapshot& s) const
{
    // A copy of state.json: its schema version, and its entries (keys of the documented format, else tasks).
    auto describe = [](const json::Document& d, Backup& b) {
        const QString v = d.isObject(0) ? memberString(d, 0, u"version") : QString();
        b.schemaVersion = v.isEmpty() ? QStringLiteral("none") : v;
        if (!d.isObject(0))
            return;
        const quint32 nss = d.member(0, u"namespaces");
        const quint32 tasks = d.member(0, u"tasks");
        if (nss != json::Document::npos && d.isObject(nss)) {
            b.entries = 0;
            d.forEachMember(nss, [&](quint32, quint32 ns) { return b.entries += d.childCount(ns), true; });
        } else if (tasks != json::Document::npos) {
            b.entries = d.childCount(tasks);
        } else {
            b.entries = d.childCount(0);
        }
    };
    auto add = [&](const QString& f, const QString& kind, const QDateTime& time) {
        s.backups.append(jsonFileBackup(f, kind, time, describe));
    };
    for (const QString& f : listFiles(m_path, { QStringLiteral("state.backup.*.json") })) {
        const qint64 ms = backups::timestampOf(QFileInfo(f).fileName());
        add(f, QStringLiteral("state-backup"), ms >= 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime());
    }
    for (const QString& f : listFiles(m_path, { QStringLiteral("state.pre-migration.backup*.json") }))
        add(f, QStringLiteral("pre-migration"), {});
    s.backups.append(backup::scanSafetyBackups(m_path));
    std::sort(s.backups.begin(), s.backups.end(), [](const Backup& a, const Backup& b) { return a.time > b.time; });
    // A damaged state.json is replaced whole by a copy of an earlier state.json (the tool's timestamped
    // backups, a pre-migration copy).
    findHealthyBackups(s, [](const Backup& b, const QString&) {
        return b.kind == QLatin1String("state-backup") || b.kind == QLatin1String("pre-migration");
    });
}

void StateFolderSource::crossCheck(Snapshot& s, const DocumentPtr& state) const
{
    const QString file = layout::stateFile(m_path);
    if (!state || !state->isObject(0))
        return;
    const json::Document& d = *state;
    // Tasks: tasks/ is what the server reads at start-up; state.json's copy is a snapshot.
    const quint32 snapTasks = d.member(0, u"tasks");
    if (snapTasks != json::Document::npos && d.isArray(snapTasks)) {
        QHash<QString, QString> onDisk;
        for (const Task& t : std::as_const(s.tasks))
            onDisk.insert(t.id, t.status);
        QSet<QString> inSnapshot;
        d.forEachElement(snapTasks, [&](int, quint32 v) {
            const QString id = memberString(d, v, u"id");
            const QString status = memberString(d, v, u"status");
            inSnapshot.insert(id);
            if (!onDisk.contains(id))
                s.problems.append(coded(info(file, tr("task %1 is in the state.json snapshot but has no file in tasks/").arg(id),
                                             Problem::Severity::Warning),
                                        Problem::Code::TaskSnapshotMismatch));
            else if (onDisk.value(id) != status)
                s.problems.append(coded(info(file, tr("task %1 is '%2' in tasks/ but '%3' in the state.json snapshot")
                                                       .arg(id, onDisk.value(id), status)),
                                        Problem::Code::TaskSnapshotMismatch));
            return true;
        });
        for (const Task& t : std::as_const(s.tasks))
            if (!inSnapshot.contains(t.id))
                s.problems.append(coded(info(t.file, tr("task %1 is in tasks/ but not in the state.json snapshot").arg(t.id)),
                                        Problem::Code::TaskSnapshotMismatch));
    }
    // Metrics: stored versus recomputed from tasks/.
    const quint32 metrics = d.member(0, u"metrics");
    if (metrics != json::Document::npos && d.isObject(metrics)) {
        const TaskMetrics m = computeMetrics(s.tasks);
        const std::pair<const char16_t*, qint64> expected[] = {
            { u"total_tasks", m.total }, { u"completed_tasks", m.completed }, { u"failed_tasks", m.failed },
            { u"average_completion_time", m.averageCompletionMs } };
        for (const auto& [name, value] : expected) {
            const quint32 n = d.member(metrics, name);
            const qint64 stored = n != json::Document::npos ? qint64(d.number(n)) : -1;
            if (stored != value)
                s.problems.append(coded(info(file, tr("metrics.%1 is %2 in state.json, but the tasks give %3")
                                                       .arg(QString::fromUtf16(name))
                                                       .arg(n != json::Document::npos ? QString::fromUtf8(d.raw(n)) : tr("missing"))
                                                       .arg(value),
                                             Problem::Severity::Warning),
                                        Problem::Code::MetricsMismatch));
        }
    }
}

} // namespace statelens
