// SPDX-License-Identifier: GPL-3.0-or-later
#include "statestore.h"

#include "io/filechange.h"
#include "io/jsonfilewriter.h"
#include "io/safewrite.h"
#include "io/statelayout.h"
#include "json/jsoneditor.h"
#include "sources/statefoldersource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <unistd.h>

namespace statelens {

namespace {

Change change(Change::Op op, const QString& ns, const QString& key, const json::JsonValue& v = {})
{
    Change c;
    c.op = op;
    c.address.ns = ns;
    c.address.key = key;
    c.value = v;
    return c;
}
} // namespace

QString StateStore::defaultRoot(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (!arguments[i].startsWith(u'-'))
            return QFileInfo(arguments[i]).absoluteFilePath();
    const QString env = qEnvironmentVariable("STATE_PATH");
    if (!env.isEmpty())
        return QFileInfo(env).absoluteFilePath();
    return QDir::current().absoluteFilePath(QStringLiteral("coding-agent-state"));
}

StateStore::StateStore(const QString& root, QObject* parent) : StateStore(root, Options(), parent) { }

StateStore::StateStore(const QString& root, const Options& options, QObject* parent)
    : QObject(parent), m_root(QFileInfo(root).absoluteFilePath()), m_options(options)
{
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        Q_EMIT autosaveTriggered();
        if (hasStagedChanges())
            (void)commit();
    });
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &StateStore::shutdown);
}

StateStore::~StateStore() = default;

Result<StateStore::LoadReport> StateStore::load()
{
    for (const QString& dir : { m_root, layout::tasksDir(m_root), layout::logsDir(m_root), layout::reportsDir(m_root),
                                layout::sessionsDir(m_root) })
        if (!QDir().mkpath(dir))
            return Error::io(dir, tr("cannot create the folder"));
    LoadReport report;
    const QString stateFile = layout::stateFile(m_root);
    StateFolderSource source(m_root, SourceKind::Documented);
    auto snapshot = source.load();
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(snapshot.value());
    report.problems = m_snapshot.problems;
    report.usedFile = stateFile;
    if (!QFileInfo::exists(stateFile)) {
        report.fallback = Fallback::Missing;
    } else if (const DamagedFile* damaged = m_snapshot.info.damageOf(stateFile)) {
        // state.json is corrupt: keep it, copy it aside as evidence, and say what we use instead.
        const QString evidence = stateFile + QStringLiteral(".corrupt.%1").arg(QDateTime::currentMSecsSinceEpoch());
        if (auto c = copyFileAtomically(stateFile, evidence); c)
            report.evidence = evidence;
        report.fallback = damaged->fallback == DamagedFile::Fallback::Backup ? Fallback::Backup : Fallback::Tasks;
        if (report.fallback == Fallback::Backup)
            report.usedFile = damaged->shownFrom;
    }
    if (report.fallback != Fallback::None && report.fallback != Fallback::Missing) {
        // Remember what the file looked like so the next save may replace it (and only it).
        m_corruptStamp = FileStamp::stat(stateFile);
    }
    m_fallback = report.fallback;
    Q_EMIT loaded();
    return report;
}

Result<void> StateStore::failed(const Error& e)
{
    Q_EMIT saveError(e.toString());
    return e;
}

Result<void> StateStore::write(const QList<Change>& changes)
{
    const QString stateFile = layout::stateFile(m_root);
    if (m_fallback == Fallback::Backup || m_fallback == Fallback::Tasks) {
        // Recover first: state.json becomes the state we are showing (the backup, or an empty state),
        // replacing exactly the corrupt file that load() saw (its evidence copy is kept).
        QByteArray recovered = layout::emptyStateJson();
        if (const DamagedFile* d = m_snapshot.info.damageOf(stateFile); d && !d->shownFrom.isEmpty())
            if (auto text = readFile(d->shownFrom); text)
                recovered = text.value();
        WriteOptions opt;
        opt.expected = m_corruptStamp;
        if (auto w = writeFileAtomically(stateFile, recovered, opt); !w)
            return failed(w.error());
        if (auto r = load(); !r)
            return failed(r.error());
    }
    StateFolderSource source(m_root, SourceKind::Documented);
    source.setBackupRetention(m_options.keepBackups, m_options.maxBackupAgeDays);
    for (const Change& c : changes)
        if (c.op == Change::Op::Set && !c.address.ns.startsWith(u'@')
            && c.value.toCompactJson().size() > m_options.maxValueBytes)
            return failed(Error::validation(tr("value of %1 is %2 bytes; the limit is %3")
                                                .arg(c.address.toString())
                                                .arg(c.value.toCompactJson().size())
                                                .arg(m_options.maxValueBytes),
                                            stateFile));
    auto result = source.apply(m_snapshot, changes);
    if (!result)
        return failed(result.error());
    // Read back only what this save wrote (state.json, task and report files, the new backup), as live
    // updates do; the rest of the snapshot stays as it was.
    auto reloaded = source.readBack(std::move(m_snapshot), *result);
    if (!reloaded) {
        // Someone wrote in between: read everything again.
        auto full = source.load();
        if (!full)
            return failed(full.error());
        m_snapshot = std::move(full.value());
    } else {
        m_snapshot = std::move(reloaded->snapshot);
    }
    m_lastSave = QDateTime::currentDateTimeUtc();
    Q_EMIT saved();
    return {};
}

Result<void> StateStore::save(const QString& ns, const QString& key, const json::JsonValue& value)
{
    return write({ change(Change::Op::Set, ns, key, value) });
}

Result<void> StateStore::remove(const QString& ns, const QString& key)
{
    if (!m_snapshot.findEntry(ns, key))
        return Error::notFound(tr("no key '%1' in namespace '%2'").arg(key, ns), layout::stateFile(m_root));
    return write({ change(Change::Op::Remove, ns, key) });
}

Result<json::JsonValue> StateStore::value(const QString& ns, const QString& key) const
{
    for (auto it = m_staged.crbegin(); it != m_staged.crend(); ++it)
        if (it->address.ns == ns && it->address.key == key) {
            if (it->op == Change::Op::Remove)
                break;
            return it->value;
        }
    const std::optional<Entry> e = m_snapshot.findEntry(ns, key);
    if (!e)
        return Error::notFound(tr("no key '%1' in namespace '%2'").arg(key, ns), layout::stateFile(m_root));
    return e->value.toValue();
}

QStringList StateStore::keys(const QString& ns) const
{
    QStringList out;
    if (const Namespace* n = m_snapshot.findNamespace(ns))
        for (const Entry& e : n->entries)
            out.append(e.key);
    return out;
}

QStringList StateStore::namespaces() const
{
    QStringList out;
    for (const Namespace& n : m_snapshot.namespaces)
        out.append(n.name);
    return out;
}

Result<void> StateStore::stage(const QString& ns, const QString& key, const json::JsonValue& value)
{
    if (auto v = layout::validateNamespace(ns); !v)
        return v;
    if (auto v = layout::validateKey(key); !v)
        return v;
    m_staged.append(change(Change::Op::Set, ns, key, value));
    return {};
}

Result<void> StateStore::stageRemove(const QString& ns, const QString& key)
{
    m_staged.append(change(Change::Op::Remove, ns, key));
    return {};
}

Result<void> StateStore::commit()
{
    if (m_staged.isEmpty())
        return {};
    auto r = write(m_staged);
    if (r)
        m_staged.clear();
    return r;
}

Result<void> StateStore::saveTask(const json::JsonValue& task)
{
    const json::JsonValue* id = task.isObject() ? task.member(QStringLiteral("id")) : nullptr;
    if (!id || !id->isString())
        return Error::validation(tr("a task needs a string \"id\""));
    if (auto safe = layout::sanitizeTaskId(id->toString()); !safe)
        return safe.error();
    return write({ change(Change::Op::Set, layout::tasksNamespace(), id->toString(), task) });
}

Result<QList<json::JsonValue>> StateStore::loadTasks() const
{
    QList<json::JsonValue> out;
    for (const Task& t : m_snapshot.tasks)
        out.append(t.value.toValue());
    return out;
}

Result<json::JsonValue> StateStore::loadTask(const QString& id) const
{
    for (const Task& t : m_snapshot.tasks)
        if (t.id == id)
            return t.value.toValue();
    return Error::notFound(tr("no task '%1'").arg(id), layout::tasksDir(m_root));
}

Result<void> StateStore::deleteTask(const QString& id)
{
    return write({ change(Change::Op::Remove, layout::tasksNamespace(), id) });
}

Result<QString> StateStore::saveSessionLog(const QString& sessionId, const QString& content)
{
    auto safe = layout::sanitizeTaskId(sessionId);
    if (!safe)
        return safe.error();
    QDir().mkpath(layout::logsDir(m_root));
    const QString path = layout::logsDir(m_root)
        + QStringLiteral("/session_%1_%2.log").arg(safe.value()).arg(QDateTime::currentMSecsSinceEpoch());
    auto w = writeFileAtomically(path, content.toUtf8());
    if (!w)
        return w.error();
    return path;
}

Result<QString> StateStore::saveReport(const QString& reportId, const json::JsonValue& report)
{
    auto safe = layout::sanitizeTaskId(reportId);
    if (!safe)
        return safe.error();
    if (!report.isObject())
        return Error::validation(tr("a report must be a JSON object"));
    if (auto r = write({ change(Change::Op::Set, layout::reportsNamespace(), reportId, report) }); !r)
        return r.error();
    for (const Report& r : std::as_const(m_snapshot.reports))
        if (r.id == reportId)
            return r.path;
    return layout::reportsDir(m_root) + u'/' + safe.value() + QStringLiteral(".json");
}

Result<StateStore::BackupCreated> StateStore::createBackup()
{
    const QString stateFile = layout::stateFile(m_root);
    if (!QFileInfo::exists(stateFile))
        return Error::notFound(tr("there is no state.json to back up"), stateFile);
    auto b = backups::timestamped(stateFile);
    if (!b)
        return b.error();
    if (auto p = backups::prune(m_root, m_options.keepBackups, m_options.maxBackupAgeDays); !p)
        return p.error();
    StateFolderSource source(m_root, SourceKind::Documented);
    if (auto s = source.load(); s)
        m_snapshot = std::move(s.value());
    return BackupCreated { QFileInfo(b.value()).fileName(), QFileInfo(b.value()).size() };
}

QList<Backup> StateStore::backups() const
{
    return m_snapshot.backups;
}

Result<QStringList> StateStore::pruneBackups(int keep, int maxAgeDays)
{
    return backups::prune(m_root, keep, maxAgeDays);
}

QString StateStore::schemaVersion() const
{
    return m_snapshot.info.version;
}

StateStore::Health StateStore::health() const
{
    Health h;
    const QFileInfo dir(m_root);
    h.directoryExists = dir.isDir();
    h.writable = h.directoryExists && ::access(QFile::encodeName(m_root).constData(), W_OK) == 0;
    const QStorageInfo storage(m_root);
    h.freeBytes = storage.isValid() ? storage.bytesAvailable() : -1;
    h.lastSaveTime = m_lastSave.isValid() ? m_lastSave : m_snapshot.lastSaved;
    h.backupCount = int(std::count_if(m_snapshot.backups.cbegin(), m_snapshot.backups.cend(),
                                      [](const Backup& b) { return b.kind == QLatin1String("state-backup"); }));
    h.problems = m_snapshot.problems;
    if (h.freeBytes >= 0 && h.freeBytes < (64 << 20)) {
        Problem p;
        p.severity = Problem::Severity::Warning;
        p.file = m_root;
        p.message = tr("disk space low: %1 MiB free").arg(h.freeBytes >> 20);
        h.problems.append(p);
    }
    return h;
}

void StateStore::setAutosaveInterval(int ms)
{
    if (ms > 0)
        m_autosave.start(ms);
    else
        m_autosave.stop();
}

void StateStore::shutdown()
{
    if (hasStagedChanges())
        (void)commit();
}

} // namespace statelens
