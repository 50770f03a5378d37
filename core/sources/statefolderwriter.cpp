// SPDX-License-Identifier: GPL-3.0-or-later
// StateFolderSource::apply: maps addresses to files and writes them through applyJsonEdits().
#include "statefoldersource.h"

#include "io/filelock.h"
#include "io/jsonfilewriter.h"
#include "io/safewrite.h"
#include "io/statelayout.h"
#include "sources/sourceutil.h"
#include "sources/taskreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::StateFolderSource", s); }

struct FilePlan
{
    QList<JsonEdit> edits;
    bool create = false;
    bool remove = false;
    QString removed; ///< the address of a removed task or report, for a conflict
};

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// The parsed state.json that `base`'s namespaces are views into, if any: the write uses it instead of reading
/// the file again while the file is unchanged. (Not a value's document: a value read on demand has one of
/// its own.)
std::shared_ptr<const json::Document> parsedStateFile(const Snapshot& base, const QString& stateFile)
{
    for (const Namespace& ns : base.namespaces)
        if (ns.entries.sourceFile() == stateFile && ns.entries.sourceDocument())
            return ns.entries.sourceDocument();
    return nullptr;
}

/// The documented format's bookkeeping, which every save rewrites: ours, never a conflict.
JsonEdit ownEdit(const QString& key, json::JsonValue value)
{
    JsonEdit e;
    e.pointer = json::Pointer({ key });
    e.value = std::move(value);
    e.checkBase = false;
    return e;
}
} // namespace

Result<ApplyResult> StateFolderSource::apply(const Snapshot& base, const QList<Change>& changes)
{
    const bool documented = m_kind == SourceKind::Documented;
    const QString stateFile = layout::stateFile(m_path);
    if (const DamagedFile* d = base.info.damageOf(stateFile))
        for (const Change& c : changes)
            if (!c.address.ns.startsWith(u'@'))
                return Error::validation(tr("state.json is %1; restore a backup before editing values").arg(damageName(d->damage)),
                                         stateFile);

    QMap<QString, FilePlan> plans; // by file, in a stable order
    auto docFile = [&](const QList<Task>& list, const QList<Report>& reports, bool tasks, const QString& id) -> QString {
        if (tasks) {
            for (const Task& t : list)
                if (t.id == id)
                    return t.file;
        } else {
            for (const Report& r : reports)
                if (r.id == id)
                    return r.path;
        }
        return {};
    };
    for (const Change& c : changes) {
        const Address& a = c.address;
        const bool set = c.op == Change::Op::Set;
        if (a.ns == layout::tasksNamespace() || a.ns == layout::reportsNamespace()) {
            const bool tasks = a.ns == layout::tasksNamespace();
            // A task change recomputes the metrics from every task, and finds files by the tasks read.
            if (base.scope != SnapshotScope::Everything)
                return Error::validation(tr("%1 was read without its tasks and reports; read it whole to change %2")
                                             .arg(m_path, a.toString()));
            if (a.key.isEmpty())
                return Error::validation(tr("%1 needs an id: %1/<id>").arg(a.ns));
            QString file = docFile(base.tasks, base.reports, tasks, a.key);
            if (file.isEmpty()) {
                auto safe = layout::sanitizeTaskId(a.key);
                if (!safe)
                    return safe.error();
                file = (tasks ? layout::tasksDir(m_path) : layout::reportsDir(m_path)) + u'/' + safe.value() + QStringLiteral(".json");
                if (!set)
                    return Error::notFound(tr("no %1 with id %2").arg(tasks ? tr("task") : tr("report"), a.key));
                if (!a.pointer.isRoot())
                    return Error::notFound(tr("no %1 with id %2").arg(tasks ? tr("task") : tr("report"), a.key));
                if (!c.value.isObject())
                    return Error::validation(tr("a task or report must be a JSON object"));
                plans[file].create = true;
            }
            if (!set && a.pointer.isRoot()) {
                plans[file].remove = true;
                plans[file].removed = a.toString();
            } else {
                plans[file].edits.append(jsonEditFor(base, c, a.pointer));
            }
            continue;
        }
        json::Pointer p;
        if (documented) {
            if (auto v = layout::validateNamespace(a.ns); !v)
                return v.error();
            if (a.key.isEmpty()) {
                if (set)
                    return Error::validation(tr("set needs NAMESPACE/KEY"));
                p = json::Pointer({ QStringLiteral("namespaces"), a.ns });
            } else {
                if (auto v = layout::validateKey(a.key); !v)
                    return v.error();
                p = json::Pointer({ QStringLiteral("namespaces"), a.ns, a.key });
            }
        } else {
            if (a.ns != QLatin1String("state"))
                return Error::notFound(tr("no namespace '%1' (this coding-agent folder has \"state\", \"@tasks\" and \"@reports\")").arg(a.ns));
            if (a.key.isEmpty())
                return Error::validation(tr("the namespace \"state\" cannot be removed"));
            p = json::Pointer({ a.key });
        }
        for (const QString& t : a.pointer.tokens())
            p = p.child(t);
        if (set && c.value.toCompactJson().size() > (1 << 20) && documented)
            return Error::validation(tr("value of %1 is over the 1 MiB limit").arg(a.toString()));
        plans[stateFile].edits.append(jsonEditFor(base, c, p));
    }

    // One lock per folder, whatever its format: migrate, restore and the doctor take the same one. Held for
    // the whole save (task files are removed and written before state.json), so the file writes below do
    // not take it again.
    const QString lockPath = layout::lockFile(m_path);
    auto folderLock = FileLock::acquire(lockPath);
    if (!folderLock)
        return folderLock.error();
    auto request = [&](const QString& file, QList<JsonEdit> edits, bool create) {
        const bool isState = file == stateFile;
        JsonWriteRequest req;
        req.file = file;
        req.edits = std::move(edits);
        req.fallbackStyle = json::Style::javaScript();
        req.expected = base.stamps.contains(file) ? std::optional(base.stamps.value(file)) : std::nullopt;
        if (isState && req.expected)
            req.known = parsedStateFile(base, stateFile);
        req.confineTo = m_path;
        req.followLinkAnywhere = isState; // a symlinked state.json: its target is saved, the link kept
        req.createIfMissing = create || (isState && documented);
        if (isState && documented)
            req.initialContent = layout::emptyStateJson();
        return req;
    };

    // Nothing is written if any file changed on disk since `base` was read at a place this save changes
    // (changes elsewhere in the same files are kept: the writes apply the edits to the new content).
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        // A task file, or a tasks/ or reports/ folder, that is a symlink out of the state folder is shown but
        // never written through (state.json itself is followed wherever it points, as editors do).
        auto confined = it.key() == stateFile || it->remove ? checkConfined(it.key(), m_path) : checkConfinedFile(it.key(), m_path);
        if (!confined)
            return confined.error();
        if (it->remove) {
            if (auto r = checkUnchanged(it.key(), base.stamps.value(it.key())); !r) {
                Error e = r.error();
                e.conflicts << it->removed;
                return e;
            }
        }
        if (it->edits.isEmpty())
            continue;
        if (auto r = checkJsonEdits(request(it.key(), it->edits, it->create)); !r)
            return r.error();
    }

    ApplyResult result;
    const backups::LinkPolicy link = documented ? backups::LinkPolicy::Link : backups::LinkPolicy::Copy;
    QHash<QString, Task> tasksAfter;
    for (const Task& t : base.tasks)
        tasksAfter.insert(t.file, t);
    bool tasksChanged = false;

    auto write = [&](const QString& file, QList<JsonEdit> edits, bool create) -> Result<void> {
        const bool isState = file == stateFile;
        JsonWriteRequest req = request(file, std::move(edits), create);
        if (create)
            QDir().mkpath(QFileInfo(file).absolutePath());
        // Our generation of every file, plus the tool's state.backup.<ms>.json of state.json. Linked for
        // the documented format (replaced by rename); copied for coding-agent, which rewrites in place.
        req.backup = [root = m_path, link, isState](const QString& f) {
            std::function<Result<QString>(const QString&)> toolBackup;
            if (isState)
                toolBackup = [link](const QString& g) { return backups::timestamped(g, link); };
            return backups::beforeWrite(root, f, link, toolBackup);
        };
        auto out = applyJsonEdits(req);
        if (!out)
            return out.error();
        if (out->changed)
            result.filesWritten.append(file);
        result.backupsMade.append(out->backupPaths);
        if (!isState && file.startsWith(layout::tasksDir(m_path) + u'/')) {
            auto doc = json::Document::parse(out->content.build(), file);
            if (doc && doc->isObject(0)) {
                tasksAfter.insert(file, readTask(std::make_shared<const json::Document>(std::move(doc.value())), 0, file));
                tasksChanged = true;
            }
        }
        return {};
    };

    // Task and report files first, then state.json, whose metrics (documented format) follow the tasks.
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        const QString& file = it.key();
        if (file == stateFile)
            continue;
        if (it->remove) {
            if (auto confined = checkConfined(file, m_path); !confined)
                return confined.error();
            auto b = backups::safety(m_path, file, link);
            if (!b)
                return b.error();
            result.backupsMade.append(b.value());
            if (auto r = removeFileDurably(file); !r)
                return r.error();
            result.filesWritten.append(file);
            tasksChanged = tasksAfter.remove(file) > 0 || tasksChanged;
            continue;
        }
        if (auto r = write(file, it->edits, it->create); !r)
            return r.error();
    }
    QList<JsonEdit> stateEdits = plans.value(stateFile).edits;
    // Metrics follow the tasks: a save that changes tasks recomputes them; one that changes only values
    // leaves them as they are (the user changed nothing they are made of). last_saved marks every save.
    if (documented && tasksChanged) {
        const TaskMetrics m = computeMetrics(tasksAfter.values());
        json::JsonValue metrics = json::JsonValue::object();
        metrics.insert(QStringLiteral("total_tasks"), json::JsonValue::fromInt(m.total));
        metrics.insert(QStringLiteral("completed_tasks"), json::JsonValue::fromInt(m.completed));
        metrics.insert(QStringLiteral("failed_tasks"), json::JsonValue::fromInt(m.failed));
        metrics.insert(QStringLiteral("average_completion_time"), json::JsonValue::fromInt(m.averageCompletionMs));
        stateEdits.append(ownEdit(QStringLiteral("metrics"), metrics));
    }
    if (documented && (tasksChanged || plans.contains(stateFile)))
        stateEdits.append(ownEdit(QStringLiteral("last_saved"), json::JsonValue::fromString(isoNow())));
    if (!stateEdits.isEmpty()) {
        if (auto r = write(stateFile, stateEdits, false); !r)
            return r.error();
    }
    if (documented && !result.backupsMade.isEmpty()) {
        if (auto pruned = backups::prune(m_path, m_keepBackups, m_maxAgeDays); !pruned)
            return pruned.error();
    }
    if (auto pruned = backups::pruneGenerations(m_path, m_retention, result.filesWritten); !pruned)
        return pruned.error();
    return result;
}

} // namespace statelens
