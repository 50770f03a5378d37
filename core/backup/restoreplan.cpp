// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoreplan.h"

#include "backup/backupcatalogue.h"
#include "io/jsonfilewriter.h"
#include "io/safewrite.h"
#include "io/statelayout.h"
#include "json/jsoneditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <sys/stat.h>

namespace statelens::backup {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::backup::Planner", s); }

bool isStateFolder(SourceKind k) { return k == SourceKind::Documented || k == SourceKind::CodingAgent; }
/// Sources whose state is database rows: a restore is a list of changes that Source::apply() writes
/// (rs-llmspell rows; LangGraph channels, written as one new checkpoint per thread).
bool writesRows(SourceKind k) { return k == SourceKind::LlmSpell || k == SourceKind::LangGraph; }

json::Style fallbackStyleOf(SourceKind k)
{
    switch (k) {
    case SourceKind::StatefulObject: {
        json::Style s = json::Style::python();
        s.sortKeys = true;
        return s;
    }
    case SourceKind::AutonomousDev: return json::Style::python();
    default: return json::Style::javaScript();
    }
}

int modeOf(const QString& path, int fallback)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return fallback;
    return int(st.st_mode & 07777);
}

/// Edits to one JSON file, collected before the file is read.
struct FileOps
{
    QList<JsonEdit> edits;
    std::optional<json::JsonValue> whole; ///< replace the whole value (a task file)
    bool remove = false;                  ///< remove the file (a task the backup does not have)
    QMap<QString, json::JsonValue> newNamespaces; ///< documented: namespaces to create whole, if missing
    QSet<QString> droppedNamespaces;      ///< documented: namespaces the backup does not have, removed whole
};

class Planner
{
public:
    Planner(const Snapshot& current, const LoadedBackup& backup)
        : m_current(current), m_backup(backup), m_kind(current.info.kind), m_root(stateRootOf(current.info))
    {
    }

    Result<RestorePlan> run(const RestoreScope& scope);

private:
    Result<void> planEntry(const diff::EntryDiff& d, const QSet<QString>& wholeNamespacesRemoved);
    Result<void> planFile(const QString& file, const FileOps& ops);
    Result<void> planExact();
    Result<QString> fileForNamespace(const QString& ns) const;
    Result<QString> fileForTask(const QString& id) const;
    Result<std::optional<QByteArray>> readCurrent(const QString& file, FileStamp* stamp) const;
    QByteArray render(const json::JsonValue& v) const
    {
        QByteArray out = v.toJson(fallbackStyleOf(m_kind));
        if (m_kind == SourceKind::Documented)
            out += '\n';
        return out;
    }

    const Snapshot& m_current;
    const LoadedBackup& m_backup;
    SourceKind m_kind;
    QString m_root;
    QMap<QString, FileOps> m_ops;
    QStringList m_order; // files in the order first touched: namespace files before task files
    RestorePlan m_plan;
};

Result<RestorePlan> Planner::run(const RestoreScope& scope)
{
    m_plan.root = m_root;
    m_plan.base = m_current;
    m_plan.backup = m_backup.backup;
    m_plan.scope = scope.addresses;
    const diff::DiffResult all = compareWithCurrent(m_current, m_backup);
    for (const diff::EntryDiff& d : all.entries)
        if (d.scope != diff::EntryDiff::Scope::Report && scope.includes(d))
            m_plan.entries.append(d);
    if (m_backup.safety && scope.everything() && !writesRows(m_kind)) {
        if (auto r = planExact(); !r)
            return r.error();
        return m_plan;
    }
    // Documented format: a namespace the backup lacks, restored whole, is removed as one member.
    QSet<QString> wholeRemoved;
    if (m_kind == SourceKind::Documented)
        for (const Namespace& ns : m_current.namespaces) {
            if (m_backup.snapshot.findNamespace(ns.name))
                continue;
            int removed = 0;
            for (const diff::EntryDiff& d : std::as_const(m_plan.entries))
                removed += d.scope == diff::EntryDiff::Scope::Key && d.ns == ns.name && d.kind == diff::ChangeKind::Removed;
            if (removed == ns.entries.size())
                wholeRemoved.insert(ns.name);
        }
    for (const diff::EntryDiff& d : std::as_const(m_plan.entries))
        if (auto r = planEntry(d, wholeRemoved); !r)
            return r.error();
    if (writesRows(m_kind)) {
        for (const Change& c : std::as_const(m_plan.changes)) {
            const std::optional<Entry> e = m_current.findEntry(c.address.ns, c.address.key);
            m_plan.valuesBefore.append({ c.address.ns, c.address.key, e.has_value(), e ? e->value.toValue() : json::JsonValue() });
        }
    }
    for (const QString& file : std::as_const(m_order))
        if (auto r = planFile(file, m_ops.value(file)); !r)
            return r.error();
    return m_plan;
}

Result<QString> Planner::fileForNamespace(const QString& ns) const
{
    if (isStateFolder(m_kind)) {
        if (m_kind == SourceKind::CodingAgent && ns != QLatin1String("state"))
            return Error::validation(tr("a coding-agent folder has no namespace '%1'").arg(ns), m_root);
        return layout::stateFile(m_root);
    }
    QString file = m_current.namespaceFiles.value(ns);
    if (file.isEmpty())
        file = m_backup.snapshot.namespaceFiles.value(ns);
    if (file.isEmpty())
        return Error::notFound(tr("no file to restore namespace '%1' into").arg(ns), m_root);
    return file;
}

Result<QString> Planner::fileForTask(const QString& id) const
{
    for (const Task& t : m_current.tasks)
        if (t.id == id && !t.file.isEmpty())
            return t.file;
    // An id from the backup names a new file: refused before a path is built when it could leave tasks/.
    auto safe = layout::sanitizeTaskId(id);
    if (!safe)
        return Error { safe.error().kind, safe.error().message, m_backup.backup.path };
    return layout::tasksDir(m_root) + u'/' + safe.value() + QStringLiteral(".json");
}

Result<void> Planner::planEntry(const diff::EntryDiff& d, const QSet<QString>& wholeRemoved)
{
    const bool remove = d.kind == diff::ChangeKind::Removed;
    if (d.scope == diff::EntryDiff::Scope::Task) {
        if (!isStateFolder(m_kind))
            return Error::validation(tr("this state has no task files"), m_root);
        if (!remove && !d.after.isObject())
            return Error::validation(tr("task %1 in the backup is not a JSON object").arg(d.key), m_backup.backup.path);
        auto taskFile = fileForTask(d.key);
        if (!taskFile)
            return taskFile.error();
        const QString file = taskFile.value();
        if (!m_ops.contains(file))
            m_order.append(file);
        FileOps& ops = m_ops[file];
        if (remove)
            ops.remove = true;
        else
            ops.whole = d.after;
        return {};
    }
    if (writesRows(m_kind)) {
        Change c;
        c.op = remove ? Change::Op::Remove : Change::Op::Set;
        c.address.ns = d.ns;
        c.address.key = d.key;
        c.value = d.after;
        m_plan.changes.append(c);
        return {};
    }
    auto file = fileForNamespace(d.ns);
    if (!file)
        return file.error();
    if (!m_ops.contains(*file)) {
        // Namespace files go before task files: they are written first, and rolled back if a task fails.
        qsizetype at = 0;
        while (at < m_order.size() && !m_ops.value(m_order[at]).whole && !m_ops.value(m_order[at]).remove)
            ++at;
        m_order.insert(at, *file);
    }
    FileOps& ops = m_ops[*file];
    json::Pointer p;
    if (m_kind == SourceKind::Documented) {
        if (wholeRemoved.contains(d.ns)) {
            ops.droppedNamespaces.insert(d.ns);
            return {};
        }
        p = json::Pointer({ QStringLiteral("namespaces"), d.ns, d.key });
        if (!remove) {
            json::JsonValue& obj = ops.newNamespaces[d.ns];
            if (!obj.isObject())
                obj = json::JsonValue::object();
            obj.insert(d.key, d.after);
        }
    } else if (d.key != QLatin1String(".") || isStateFolder(m_kind)) {
        p = json::Pointer({ d.key });
    }
    ops.edits.append({ p, remove ? std::nullopt : std::optional(d.after) });
    return {};
}

Result<std::optional<QByteArray>> Planner::readCurrent(const QString& file, FileStamp* stamp) const
{
    const QFileInfo fi(file);
    const bool known = m_current.stamps.contains(file);
    const FileStamp expected = m_current.stamps.value(file);
    if (!fi.exists() && !fi.isSymLink()) {
        if (known && expected.exists)
            return Error { Error::Kind::Conflict, tr("the file was removed since the state was read; reload first"), file };
        *stamp = FileStamp::stat(file);
        return std::optional<QByteArray>();
    }
    if (!fi.isFile())
        return Error { Error::Kind::Conflict, tr("is not a regular file; it cannot be restored into"), file };
    auto bytes = readFile(file);
    if (!bytes)
        return bytes.error();
    *stamp = FileStamp::ofContent(file, *bytes);
    if (!known)
        return Error { Error::Kind::Conflict, tr("the file appeared since the state was read; reload first"), file };
    if (!expected.hash.isEmpty() && expected.hash != stamp->hash)
        return Error { Error::Kind::Conflict, tr("the file changed since the state was read; reload first"), file };
    return std::optional<QByteArray>(std::move(bytes.value()));
}

Result<void> Planner::planFile(const QString& file, const FileOps& ops)
{
    FileWrite w;
    w.path = file;
    auto before = readCurrent(file, &w.stamp);
    if (!before)
        return before.error();
    w.before = std::move(before.value());
    w.mode = modeOf(file, 0644);
    if (const DamagedFile* d = m_current.info.damageOf(file); d && w.before) {
        // Nothing in a damaged file can be kept or edited: it is replaced whole by the backup's copy.
        if (wholeCopyTarget(m_backup.backup, m_root) != file)
            return Error { Error::Kind::Validation,
                           tr("%1 is %2; restore it from a backup that holds the whole file%3")
                               .arg(QFileInfo(file).fileName(), damageName(d->damage),
                                    d->healthyBackupId.isEmpty() ? QString() : tr(", such as %1").arg(d->healthyBackupId)),
                           file };
        auto whole = readFile(m_backup.backup.path);
        if (!whole)
            return whole.error();
        w.after = std::move(whole.value());
        w.damaged = true;
        m_plan.files.append(w);
        return {};
    }
    if (ops.remove) {
        if (!w.before)
            return {};
        m_plan.files.append(w);
        return {};
    }
    QByteArray text;
    if (w.before) {
        text = *w.before;
    } else if (ops.whole) {
        w.after = render(*ops.whole);
        m_plan.files.append(w);
        return {};
    } else {
        text = m_kind == SourceKind::Documented ? layout::emptyStateJson() : QByteArray("{}");
    }
    auto doc = json::Document::parse(text, file);
    if (!doc)
        return Error { doc.error().kind, tr("cannot restore into a file that does not parse: %1").arg(doc.error().message),
                       file, doc.error().line, doc.error().column };
    json::Editor editor(std::move(doc.value()), fallbackStyleOf(m_kind), file);
    if (ops.whole) {
        if (auto r = editor.set(json::Pointer(), *ops.whole); !r)
            return r;
    }
    const json::Pointer namespaces({ QStringLiteral("namespaces") });
    if (m_kind == SourceKind::Documented && (!ops.newNamespaces.isEmpty() || !ops.droppedNamespaces.isEmpty())
        && !editor.value(namespaces)) {
        if (auto r = editor.set(namespaces, json::JsonValue::object()); !r)
            return r;
    }
    QSet<QString> created;
    for (auto it = ops.newNamespaces.cbegin(); it != ops.newNamespaces.cend(); ++it)
        if (!editor.value(namespaces.child(it.key()))) {
            if (auto r = editor.set(namespaces.child(it.key()), it.value()); !r)
                return r;
            created.insert(it.key());
        }
    for (const QString& ns : ops.droppedNamespaces)
        if (editor.value(namespaces.child(ns)))
            if (auto r = editor.remove(namespaces.child(ns)); !r)
                return r;
    for (const JsonEdit& e : ops.edits) {
        if (m_kind == SourceKind::Documented && e.pointer.tokens().size() == 3 && created.contains(e.pointer.tokens()[1]))
            continue;
        auto r = e.value ? editor.set(e.pointer, *e.value) : editor.remove(e.pointer);
        if (!r)
            return Error { r.error().kind, tr("cannot restore %1: %2").arg(e.pointer.toString(), r.error().message), file };
    }
    if (m_kind == SourceKind::Documented && editor.value(json::Pointer({ QStringLiteral("last_saved") })))
        if (auto r = editor.set(json::Pointer({ QStringLiteral("last_saved") }),
                                json::JsonValue::fromString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
            !r)
            return r;
    auto out = editor.text();
    if (!out)
        return out.error();
    if (w.before && out.value() == *w.before)
        return {};
    w.after = std::move(out.value());
    m_plan.files.append(w);
    return {};
}

Result<void> Planner::planExact()
{
    m_plan.exact = true;
    const SafetyManifest& m = *m_backup.safety;
    for (const SafetyFile& f : m.files) {
        FileWrite w;
        // The manifest's paths are relative to the state: one that climbs out of it is refused, never written.
        if (f.path.isEmpty() || f.path.contains(QChar(0)) || QDir::isAbsolutePath(f.path)
            || QDir::cleanPath(f.path) == QLatin1String("..") || QDir::cleanPath(f.path).startsWith(QLatin1String("../")))
            return Error::validation(tr("the safety backup names a file outside the state folder: %1").arg(f.path),
                                     m_backup.safetyFolder);
        w.path = QDir::cleanPath(m_root + u'/' + f.path);
        auto before = readCurrent(w.path, &w.stamp);
        if (!before)
            return before.error();
        w.before = std::move(before.value());
        w.mode = f.existed ? f.mode : modeOf(w.path, 0644);
        if (f.existed) {
            auto bytes = readSafetyFile(m_backup.safetyFolder, f);
            if (!bytes)
                return bytes.error();
            w.after = std::move(bytes.value());
        }
        if (w.before == w.after)
            continue;
        w.damaged = w.before && m_current.info.damageOf(w.path) != nullptr;
        m_plan.files.append(w);
    }
    for (const SafetyValue& v : m.values) {
        const std::optional<Entry> e = m_current.findEntry(v.ns, v.key);
        if (!v.existed && !e)
            continue;
        if (v.existed && e && e->value.toValue() == v.value)
            continue;
        Change c;
        c.op = v.existed ? Change::Op::Set : Change::Op::Remove;
        c.address.ns = v.ns;
        c.address.key = v.key;
        c.value = v.value;
        m_plan.changes.append(c);
        m_plan.valuesBefore.append({ v.ns, v.key, e.has_value(), e ? e->value.toValue() : json::JsonValue() });
    }
    return {};
}

} // namespace

bool RestoreScope::includes(const diff::EntryDiff& entry) const
{
    if (everything())
        return true;
    const QString ns = json::Pointer::escape(entry.ns);
    return addresses.contains(ns) || addresses.contains(entry.address());
}

QStringList RestorePlan::touched() const
{
    QStringList out;
    const QDir dir(root);
    for (const FileWrite& f : files)
        out.append(dir.relativeFilePath(f.path));
    if (!changes.isEmpty())
        out.append(QStringLiteral("database"));
    return out;
}

Result<RestorePlan> planRestore(const Snapshot& current, const LoadedBackup& backup, const RestoreScope& scope)
{
    Planner planner(current, backup);
    return planner.run(scope);
}

Result<RestorePlan> planRestore(const Snapshot& current, const BackupCatalogue& catalogue, const QString& backupId,
                                const RestoreScope& scope)
{
    const Backup* b = catalogue.find(backupId);
    if (!b)
        return Error::notFound(QCoreApplication::translate("statelens::backup",
                                   "no backup '%1' (see the backups command for the ids)")
                                   .arg(backupId),
            catalogue.root());
    auto loaded = loadBackup(current, *b);
    if (!loaded)
        return loaded.error();
    return planRestore(current, loaded.value(), scope);
}

} // namespace statelens::backup
