// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuploader.h"

#include "io/safewrite.h"
#include "io/statelayout.h"
#include "sources/langgraph/checkpointblob.h"
#include "sources/langgraph/langgraphdatabase.h"
#include "sources/langgraph/langgraphstate.h"
#include "sources/llmspell/llmspellbackupset.h"
#include "sources/taskreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace statelens::backup {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::backup", s); }

bool isStateFolder(SourceKind k) { return k == SourceKind::Documented || k == SourceKind::CodingAgent; }

/// The namespace a file is shown as in `current`, else the file's stem (as the JSON-files sources name them).
QString namespaceForFile(const Snapshot& current, const QString& file)
{
    for (auto it = current.namespaceFiles.cbegin(); it != current.namespaceFiles.cend(); ++it)
        if (QFileInfo(it.value()).absoluteFilePath() == file)
            return it.key();
    return QFileInfo(file).completeBaseName();
}

/// Adds what `target` (a file of the state, as it was: `bytes`, or absent) holds to the loaded backup.
Result<void> addFile(LoadedBackup& lb, const Snapshot& current, const QString& root, const QString& target,
                     const std::optional<QByteArray>& bytes, const QString& shownFile)
{
    const SourceKind kind = current.info.kind;
    DocumentPtr doc;
    if (bytes) {
        if (bytes->isEmpty())
            return Error { Error::Kind::Parse, tr("the backup is empty (0 bytes)"), shownFile };
        auto parsed = json::Document::parse(*bytes, shownFile);
        if (!parsed)
            return parsed.error();
        doc = std::make_shared<const json::Document>(std::move(parsed.value()));
    }
    Snapshot& s = lb.snapshot;
    if (isStateFolder(kind) && target == layout::stateFile(root)) {
        if (doc && !doc->isObject(0))
            return Error { Error::Kind::Parse, tr("state.json must hold a JSON object"), shownFile };
        if (kind == SourceKind::Documented) {
            lb.coverage.allNamespaces = true;
            const quint32 nss = doc ? doc->member(0, u"namespaces") : json::Document::npos;
            if (nss != json::Document::npos && doc->isObject(nss))
                doc->forEachMember(nss, [&](quint32 k, quint32 v) {
                    Namespace ns { doc->string(k), {} };
                    if (doc->isObject(v)) // a key given twice: the last one, as everywhere
                        ns.entries = EntryList::fromObject(doc, v, shownFile);
                    s.namespaces.append(std::move(ns));
                    return true;
                });
        } else {
            // coding-agent: state.json is the namespace "state"; its tasks array is the tasks at that time.
            lb.coverage.namespaces.insert(QStringLiteral("state"));
            if (doc) {
                s.namespaces.append(namespaceFromObject(QStringLiteral("state"), doc, shownFile));
                const quint32 tasks = doc->member(0, u"tasks");
                if (tasks != json::Document::npos && doc->isArray(tasks)) {
                    lb.coverage.allTasks = true;
                    doc->forEachElement(tasks, [&](int, quint32 v) {
                        if (doc->isObject(v))
                            s.tasks.append(readTask(doc, v, shownFile));
                        return true;
                    });
                }
            }
        }
        if (doc) {
            const QString v = memberString(*doc, 0, u"version");
            s.info.version = v.isEmpty() ? QStringLiteral("none") : v;
            s.lastSaved = parseTime(memberString(*doc, 0, u"last_saved"));
        }
        s.namespaceFiles.insert(QStringLiteral("state"), target);
        return {};
    }
    if (isStateFolder(kind) && QFileInfo(target).absolutePath() == layout::tasksDir(root)) {
        QString id = QFileInfo(target).completeBaseName();
        if (doc && doc->isObject(0)) {
            Task t = readTask(doc, 0, shownFile);
            if (!t.id.isEmpty())
                id = t.id;
            t.id = id;
            s.tasks.append(t);
        }
        lb.coverage.tasks.insert(id);
        return {};
    }
    const QString ns = namespaceForFile(current, target);
    lb.coverage.namespaces.insert(ns);
    s.namespaceFiles.insert(ns, target);
    if (doc) {
        s.namespaces.append(namespaceFromObject(ns, doc, shownFile));
        const quint32 v = doc->isObject(0) ? doc->member(0, u"version") : json::Document::npos;
        if (v != json::Document::npos)
            s.info.version = QString::fromUtf8(doc->raw(v)).remove(u'"');
    } else {
        s.namespaces.append(Namespace { ns, {} });
    }
    return {};
}

/// The file a generation ("<relative path with / as _>.<ms>.bak") was taken of.
QString safetyCopyTarget(const Snapshot& current, const QString& root, const QString& fileName)
{
    QStringList known = current.stamps.keys();
    for (const QString& f : current.namespaceFiles)
        known.append(f);
    for (const Task& t : current.tasks)
        known.append(t.file);
    if (isStateFolder(current.info.kind)) {
        known.append(layout::stateFile(root));
        // A task file that has since been deleted: its name still says tasks_<id>.json.
        if (fileName.startsWith(QLatin1String("tasks_"))) {
            const QString rest = fileName.mid(6);
            const qsizetype json = rest.indexOf(QLatin1String(".json."));
            if (json > 0)
                known.append(layout::tasksDir(root) + u'/' + rest.left(json + 5));
        }
    }
    QString best;
    for (const QString& f : std::as_const(known)) {
        QString rel = QDir(root).relativeFilePath(f);
        if (rel.startsWith(QLatin1String("..")))
            continue;
        rel.replace(u'/', u'_');
        if (fileName.startsWith(rel + u'.') && rel.size() > QDir(root).relativeFilePath(best).size())
            best = QFileInfo(f).absoluteFilePath();
    }
    return best;
}

Result<void> loadLlmSpell(LoadedBackup& lb)
{
    auto entries = loadLlmSpellBackupEntries(lb.backup.path);
    if (!entries)
        return entries.error();
    QHash<QString, qsizetype> index;
    for (const Entry& e : std::as_const(entries.value())) {
        const QString ns = e.meta.value(QStringLiteral("namespace")).toString();
        auto it = index.constFind(ns);
        if (it == index.constEnd()) {
            it = index.insert(ns, lb.snapshot.namespaces.size());
            lb.snapshot.namespaces.append(Namespace { ns, {} });
        }
        lb.snapshot.namespaces[*it].entries.append(e);
    }
    lb.coverage.allNamespaces = true;
    lb.coverage.scopedRowsOnly = true;
    return {};
}

/// A LangGraph checkpoint: the channels it holds, as the thread's namespace (which it covers whole: a
/// channel it lacks was empty then).
Result<void> loadLangGraphCheckpoint(LoadedBackup& lb)
{
    const QString thread = lb.backup.meta.value(QStringLiteral("thread")).toString();
    const QString ns = lb.backup.meta.value(QStringLiteral("checkpoint_ns")).toString();
    const QString id = lb.backup.meta.value(QStringLiteral("checkpoint_id")).toString();
    auto row = langgraph::readCheckpoint(lb.backup.path, thread, ns, id);
    if (!row)
        return row.error();
    auto checkpoint = langgraph::decodeBlob(row->type, row->checkpoint, lb.backup.path);
    if (!checkpoint)
        return checkpoint.error();
    const QString name = langgraph::namespaceName(thread, ns);
    lb.snapshot.namespaces.append(Namespace { name, langgraph::entriesOf(checkpoint.value(), lb.backup.path, id) });
    lb.snapshot.namespaceFiles.insert(name, lb.backup.path);
    lb.coverage.namespaces.insert(name);
    return {};
}

Result<void> loadSafety(LoadedBackup& lb, const Snapshot& current, const QString& root)
{
    auto m = readSafetyManifest(lb.backup.path);
    if (!m)
        return m.error();
    for (const SafetyFile& f : std::as_const(m->files)) {
        std::optional<QByteArray> bytes;
        if (f.existed) {
            auto b = readSafetyFile(lb.backup.path, f);
            if (!b)
                return b.error();
            bytes = std::move(b.value());
        }
        const QString shown = lb.backup.path + QStringLiteral("/files/") + f.path;
        if (auto r = addFile(lb, current, root, QDir::cleanPath(root + u'/' + f.path), bytes, shown); !r)
            return r;
    }
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < lb.snapshot.namespaces.size(); ++i)
        index.insert(lb.snapshot.namespaces[i].name, i);
    for (const SafetyValue& v : std::as_const(m->values)) {
        if (m->complete) {
            lb.coverage.allNamespaces = true;
            lb.coverage.scopedRowsOnly = current.info.kind == SourceKind::LlmSpell;
        } else {
            lb.coverage.keys.insert(keyAddress(v.ns, v.key));
        }
        auto it = index.constFind(v.ns);
        if (it == index.constEnd()) {
            it = index.insert(v.ns, lb.snapshot.namespaces.size());
            lb.snapshot.namespaces.append(Namespace { v.ns, {} });
        }
        if (!v.existed)
            continue;
        Entry e;
        e.key = v.key;
        e.value = ValueRef::fromValue(v.value);
        e.file = lb.backup.path + QStringLiteral("/manifest.json");
        lb.snapshot.namespaces[*it].entries.append(e);
    }
    if (m->complete && isStateFolder(current.info.kind))
        lb.coverage.allTasks = true;
    lb.safety = std::move(m.value());
    lb.safetyFolder = lb.backup.path;
    return {};
}

} // namespace

QString wholeCopyTarget(const Backup& backup, const QString& root)
{
    if (backup.kind == QLatin1String("pre-migration")) {
        // A single file's <file>.pre-migration.backup[.<epoch-ms>]; a state folder's state.pre-migration.backup*.json.
        const qsizetype single = backup.path.lastIndexOf(QLatin1String(".pre-migration.backup"));
        if (single > 0 && !backup.path.endsWith(QLatin1String(".json")))
            return backup.path.left(single);
        return layout::stateFile(root);
    }
    if (backup.kind == QLatin1String("state-backup"))
        return layout::stateFile(root);
    if (backup.kind == QLatin1String("bak") && backup.path.endsWith(QLatin1String(".bak")))
        return backup.path.chopped(4);
    return {};
}

Result<LoadedBackup> loadBackup(const Snapshot& current, const Backup& backup)
{
    if (backup.health != Health::Ok)
        return Error { Error::Kind::Validation,
                       tr("backup %1 cannot be used (%2): %3").arg(backup.id, healthName(backup.health), backup.reason), backup.path };
    LoadedBackup lb;
    lb.backup = backup;
    lb.snapshot.info = current.info;
    lb.snapshot.info.path = backup.path;
    lb.snapshot.info.readOnly = true;
    lb.snapshot.info.version = backup.schemaVersion;
    lb.snapshot.info.note = tr("backup %1").arg(backup.id);
    const QString root = stateRootOf(current.info);
    const QString& kind = backup.kind;
    Result<void> r;
    if (kind.startsWith(QLatin1String("llmspell"))) {
        r = loadLlmSpell(lb);
    } else if (kind == langgraph::CheckpointBackupKind) {
        r = loadLangGraphCheckpoint(lb);
    } else if ((kind == QLatin1String("safety") || kind == QLatin1String("manual")) && QFileInfo(backup.path).isDir()) {
        r = loadSafety(lb, current, root);
    } else {
        QString target = wholeCopyTarget(backup, root);
        if (target.isEmpty() && kind == QLatin1String("generation"))
            target = safetyCopyTarget(current, root, QFileInfo(backup.path).fileName());
        if (target.isEmpty())
            return Error { Error::Kind::Unsupported, tr("cannot tell which file backup %1 is a copy of").arg(backup.id), backup.path };
        auto bytes = readFile(backup.path);
        if (!bytes)
            return bytes.error();
        r = addFile(lb, current, root, target, bytes.value(), backup.path);
    }
    if (!r)
        return Error { r.error().kind, tr("backup %1 cannot be used: %2").arg(backup.id, r.error().message), r.error().file,
                       r.error().line, r.error().column };
    return lb;
}

Snapshot asOnDisk(const Snapshot& current)
{
    Snapshot s = current;
    QSet<QString> shown;
    for (const DamagedFile& d : current.info.damaged) {
        shown.insert(d.path);
        if (!d.shownFrom.isEmpty())
            shown.insert(d.shownFrom);
    }
    if (shown.isEmpty())
        return s;
    for (Namespace& ns : s.namespaces)
        ns.entries.removeIf([&](const Entry& e) { return shown.contains(e.file); });
    s.namespaces.removeIf([](const Namespace& ns) { return ns.entries.isEmpty(); });
    s.sessions.removeIf([&](const Report& r) { return shown.contains(r.path); });
    return s;
}

diff::DiffResult compareWithCurrent(const Snapshot& current, const LoadedBackup& backup)
{
    if (current.info.isDamaged())
        return diff::diffSnapshots(trimToCoverage(asOnDisk(current), backup.coverage), backup.snapshot);
    return diff::diffSnapshots(trimToCoverage(current, backup.coverage), backup.snapshot);
}

} // namespace statelens::backup
