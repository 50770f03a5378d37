// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanager.h"

#include "backup/backupcatalogue.h"
#include "backup/backuploader.h"
#include "io/backupgenerations.h"
#include "io/safewrite.h"
#include "io/statelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <sys/stat.h>

namespace statelens::backup {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::backup", s); }

Result<void> removeTree(const QString& folder)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        if (auto r = removeFileDurably(it.next()); !r)
            return r;
    if (!QDir(folder).removeRecursively())
        return Error::io(folder, QCoreApplication::translate("statelens::BackupManager", "cannot remove the folder"));
    return {};
}

int modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : 0644;
}
} // namespace

Result<SafetyManifest> createBackup(const Snapshot& current)
{
    const QString root = stateRootOf(current.info);
    QStringList files;
    if (current.info.kind == SourceKind::Documented || current.info.kind == SourceKind::CodingAgent) {
        files.append(layout::stateFile(root));
        for (const Task& t : current.tasks)
            files.append(t.file);
    }
    for (const QString& f : current.namespaceFiles)
        files.append(f);
    files.removeDuplicates();
    QList<SafetyInput> inputs;
    for (const QString& f : std::as_const(files)) {
        if (!QFileInfo(f).isFile())
            continue;
        auto bytes = readFile(f);
        if (!bytes)
            return bytes.error();
        inputs.append({ f, std::move(bytes.value()), modeOf(f) });
    }
    QList<SafetyValue> values;
    if (current.info.kind == SourceKind::LlmSpell || current.info.kind == SourceKind::LangGraph)
        for (const Namespace& ns : current.namespaces)
            for (const Entry& e : ns.entries)
                if (current.info.kind == SourceKind::LangGraph || !e.meta.value(QStringLiteral("scope")).toString().isEmpty())
                    values.append({ ns.name, e.key, true, e.value.toValue() });
    if (inputs.isEmpty() && values.isEmpty())
        return Error::validation(tr("there is nothing to back up"), root);
    return createSafetyBackup(root, QStringLiteral("manual"), sourceKindId(current.info.kind), tr("made on request"), true,
                              inputs, values);
}

Result<QStringList> deleteBackup(const BackupCatalogue& catalogue, const QString& id)
{
    const Backup* b = catalogue.find(id);
    if (!b)
        return Error::notFound(tr("no backup '%1'").arg(id), catalogue.root());
    if (!BackupCatalogue::isDeletable(*b))
        return Error { Error::Kind::Unsupported,
                       b->kind.startsWith(QLatin1String("langgraph"))
                           ? tr("LangGraph's checkpoints belong to the agent and are not deleted by StateLens")
                           : tr("rs-llmspell's backups belong to the tool and are not deleted by StateLens"),
                       b->path };
    if (QFileInfo(b->path).isDir()) {
        if (auto r = removeTree(b->path); !r)
            return r.error();
    } else if (auto r = removeFileDurably(b->path); !r) {
        return r.error();
    }
    return QStringList { b->path };
}

QList<Backup> planPrune(const BackupCatalogue& catalogue, int keep, int maxAgeDays, const QDateTime& now,
                        bool includeOriginals)
{
    QMap<QString, int> kept;
    QList<Backup> out;
    // Generations go by the one rule of backups::planGenerationPrune (per file, originals kept).
    QList<backups::Generation> generations;
    QHash<QString, Backup> byPath;
    for (const Backup& b : catalogue.backups()) {
        backups::Generation g;
        if (b.kind != QLatin1String("generation") || !backups::parseGenerationName(b.id, &g.fileKey, &g.ms))
            continue;
        g.path = b.path;
        generations.append(g);
        byPath.insert(b.path, b);
    }
    const backups::Retention retention { keep, maxAgeDays };
    for (const backups::Generation& g : backups::planGenerationPrune(generations, retention, now.toMSecsSinceEpoch(), includeOriginals))
        out.append(byPath.value(g.path));
    const QDateTime cutoff = maxAgeDays > 0 ? now.addDays(-maxAgeDays) : QDateTime();
    for (const Backup& b : catalogue.backups()) { // newest first
        if (b.kind != QLatin1String("state-backup") && b.kind != QLatin1String("safety") && b.kind != QLatin1String("manual"))
            continue;
        const int rank = kept[b.kind]++;
        if (rank >= keep || (cutoff.isValid() && b.time.isValid() && b.time < cutoff))
            out.append(b);
    }
    return out;
}

Result<QStringList> prune(const BackupCatalogue& catalogue, const QList<Backup>& plan)
{
    QStringList removed;
    for (const Backup& b : plan) {
        auto r = deleteBackup(catalogue, b.id);
        if (!r)
            return r.error();
        removed += r.value();
    }
    return removed;
}

} // namespace statelens::backup
