// SPDX-License-Identifier: GPL-3.0-or-later
// JsonFilesSource::reloadFiles(): one namespace file, the .bak backups beside them, or StateLens's own backups.
#include "jsonfilessource.h"

#include "io/statelayout.h"
#include "sources/partialreload.h"

#include <QFileInfo>

#include <algorithm>

namespace statelens {

using reload::ReadFile;

void JsonFilesSource::namespaceReloaded(Snapshot&, const QString&, const DocumentPtr&) const { }

Result<Reload> JsonFilesSource::reloadFiles(Snapshot current, const QList<FileChange>& changes,
                                            const LoadContext& context) const
{
    QHash<QString, QString> nsOfFile;
    for (auto it = current.namespaceFiles.cbegin(); it != current.namespaceFiles.cend(); ++it)
        nsOfFile.insert(it.value(), it.key());
    const QFileInfo root(m_path);
    const QString ownBackups = layout::backupsDir(safetyRoot());
    auto isOwnBackup = [&](const QString& path) { return path.startsWith(ownBackups + u'/'); };
    // Anything but namespace files, new JSON files in the folder, .bak files, our own backups and known
    // logs: read everything.
    for (const FileChange& c : changes) {
        const QFileInfo fi(c.path);
        const bool known = nsOfFile.contains(c.path) || isOwnBackup(c.path)
            || (c.path.endsWith(QLatin1String(".bak")) && nsOfFile.contains(c.path.chopped(4)))
            || std::any_of(current.logs.cbegin(), current.logs.cend(), [&](const LogFile& l) { return l.path == c.path; })
            || (root.isDir() && fi.absolutePath() == root.absoluteFilePath() && c.path.endsWith(QLatin1String(".json"))
                && c.kind != FileChange::Kind::Removed && !current.findNamespace(fi.completeBaseName())
                && kind() != SourceKind::AutonomousDev);
        if (!known)
            return Source::reloadFiles(std::move(current), changes, context);
    }
    const Snapshot before = reload::lightCopy(current);
    Reload r;
    r.snapshot = std::move(current);
    Snapshot& s = r.snapshot;
    r.delta.files = changes;
    bool backupsChanged = false;
    bool ownBackupsChanged = false;
    QStringList reloaded;
    for (const FileChange& c : changes) {
        const QFileInfo fi(c.path);
        if (isOwnBackup(c.path)) {
            ownBackupsChanged = true;
            continue;
        }
        if (c.path.endsWith(QLatin1String(".bak")) && nsOfFile.contains(c.path.chopped(4))) {
            backupsChanged = true;
            continue;
        }
        if (const auto log = std::find_if(s.logs.begin(), s.logs.end(), [&](const LogFile& l) { return l.path == c.path; });
            log != s.logs.end()) {
            if (!fi.exists()) {
                s.logs.erase(log);
            } else {
                log->size = fi.size();
                log->time = fi.lastModified().toUTC();
            }
            continue;
        }
        QString name = nsOfFile.value(c.path);
        if (name.isEmpty())
            name = fi.completeBaseName(); // a new JSON file in a folder of them becomes a namespace
        const ReadFile read = reload::readChanged(c, r.deferred);
        if (read.outcome == ReadFile::Outcome::Skipped || read.outcome == ReadFile::Outcome::Deferred)
            continue;
        reload::dropProblemsOf(s, c.path);
        const int at = int(std::find_if(s.namespaces.cbegin(), s.namespaces.cend(),
                                        [&](const Namespace& n) { return n.name == name; })
                           - s.namespaces.cbegin());
        if (read.outcome == ReadFile::Outcome::Gone) {
            if (at < s.namespaces.size())
                s.namespaces.removeAt(at);
            s.namespaceFiles.remove(name);
            s.stamps.remove(c.path);
            continue;
        }
        Namespace ns = namespaceFromObject(name, read.doc, c.path);
        if (at < s.namespaces.size())
            s.namespaces[at] = std::move(ns);
        else
            s.namespaces.append(std::move(ns));
        s.namespaceFiles.insert(name, c.path);
        s.stamps.insert(c.path, read.stamp);
        namespaceReloaded(s, name, read.doc);
        reloaded << name;
    }
    if (backupsChanged) {
        s.backups.removeIf([](const Backup& b) { return b.kind == QLatin1String("bak"); });
        addBakBackups(s, s.namespaceFiles.values());
    }
    if (ownBackupsChanged) {
        s.backups.removeIf([&](const Backup& b) { return isOwnBackup(b.path); });
        addSafetyBackups(s);
    }
    if (backupsChanged || ownBackupsChanged)
        r.delta.backups = diffBackups(before.backups, s.backups);
    if (!reloaded.isEmpty()) {
        Snapshot scratch;
        for (const QString& name : std::as_const(reloaded))
            if (const Namespace* ns = s.findNamespace(name))
                scratch.namespaces << *ns;
        addCommonProblems(scratch);
        s.problems += scratch.problems;
        diffNamespacesInto(r.delta, before, s);
        r.delta.batchChanged = !sameBatch(before.batch, s.batch);
        r.delta.infoChanged = before.lastSaved != s.lastSaved || before.info.version != s.info.version;
    }
    r.delta.logs = diffLogs(before.logs, s.logs);
    r.delta.problemsChanged = !sameProblems(before.problems, s.problems);
    return r;
}

} // namespace statelens
