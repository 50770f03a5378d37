// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfilessource.h"

#include "io/jsonfilewriter.h"
#include "sources/safetybackups.h"
#include "sources/sourceutil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::JsonFilesSource", s); }
}

DocumentPtr JsonFilesSource::addFile(Snapshot& s, const QString& name, const QString& file, const LoadContext& context) const
{
    s.namespaceFiles.insert(name, file);
    auto doc = readJsonFile(file, s, context);
    if (!doc) {
        s.problems.append(Problem::fromError(doc.error()));
        if (doc.error().kind != Error::Kind::Cancelled)
            s.info.damaged.append(describeDamage(file, doc.error()));
        Namespace empty;
        empty.name = name;
        s.namespaces.append(empty);
        return {};
    }
    QStringList duplicates;
    s.namespaces.append(namespaceFromObject(name, doc.value(), file, &duplicates));
    for (const QString& key : std::as_const(duplicates))
        s.problems.append(duplicateKeyProblem(file, name + u'/' + key));
    return doc.value();
}

Result<QStringList> JsonFilesSource::backup(const QString& file) const
{
    // Plain JSON: nothing says how else the file is written, so the generation is a copy.
    return backups::beforeWrite(safetyRoot(), file, backups::LinkPolicy::Copy);
}

QString JsonFilesSource::safetyRoot() const
{
    const QFileInfo fi(m_path);
    return fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath();
}

void JsonFilesSource::addSafetyBackups(Snapshot& s) const
{
    s.backups.append(backup::scanSafetyBackups(safetyRoot()));
    // A damaged file is replaced whole by its own .bak.
    findHealthyBackups(s, [](const Backup& b, const QString& file) {
        return b.kind == QLatin1String("bak") && b.path == file + QStringLiteral(".bak");
    });
}

namespace {
void describeJsonBackup(const json::Document& d, Backup& b)
{
    b.entries = d.childCount(0);
    const quint32 v = d.member(0, u"version");
    b.schemaVersion = v != json::Document::npos ? QString::fromUtf8(d.raw(v)).remove(u'"') : QStringLiteral("none");
}
} // namespace

void JsonFilesSource::addBakBackups(Snapshot& s, const QStringList& files) const
{
    for (const QString& f : files) {
        const QString bak = f + QStringLiteral(".bak");
        if (QFileInfo::exists(bak))
            s.backups.append(jsonFileBackup(bak, QStringLiteral("bak"), {}, describeJsonBackup));
    }
}

void JsonFilesSource::addPreMigrationBackups(Snapshot& s, const QStringList& files) const
{
    // What a migration kept (docs/MIGRATIONS.md): <file>.pre-migration.backup, the newest, and
    // <file>.pre-migration.backup.<epoch-ms>, the earlier ones under the time they were replaced.
    for (const QString& f : files) {
        const QFileInfo fi(f);
        const QString newest = fi.fileName() + QStringLiteral(".pre-migration.backup");
        for (const QString& p : listFiles(fi.absolutePath(), { newest, newest + QStringLiteral(".*") })) {
            bool isTime = false;
            const qint64 ms = p.mid(p.lastIndexOf(u'.') + 1).toLongLong(&isTime);
            s.backups.append(jsonFileBackup(p, QStringLiteral("pre-migration"),
                                            isTime ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime(),
                                            describeJsonBackup));
        }
    }
}

Result<ApplyResult> JsonFilesSource::apply(const Snapshot& base, const QList<Change>& changes)
{
    QMap<QString, QList<JsonEdit>> plans;
    for (const Change& c : changes) {
        const QString file = base.namespaceFiles.value(c.address.ns);
        if (file.isEmpty())
            return Error::notFound(tr("no namespace '%1' here (namespaces are the files' names)").arg(c.address.ns), m_path);
        if (c.address.key.isEmpty())
            return Error::validation(tr("a namespace of this source is a whole file; address a key: %1/KEY").arg(c.address.ns), file);
        json::Pointer p = c.address.key == QLatin1String(".") ? json::Pointer() : json::Pointer({ c.address.key });
        for (const QString& t : c.address.pointer.tokens())
            p = p.child(t);
        plans[file].append(jsonEditFor(base, c, p));
    }
    auto request = [&](const QString& file, const QList<JsonEdit>& edits) {
        JsonWriteRequest req;
        req.file = file;
        req.edits = edits;
        req.fallbackStyle = fallbackStyle();
        req.expected = base.stamps.value(file);
        req.confineTo = safetyRoot();
        return req;
    };
    // Nothing is written if a file changed at a place this save changes (changes elsewhere are kept).
    for (auto it = plans.cbegin(); it != plans.cend(); ++it)
        if (auto r = checkJsonEdits(request(it.key(), it.value())); !r)
            return r.error();
    ApplyResult result;
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        JsonWriteRequest req = request(it.key(), it.value());
        req.backup = [this](const QString& f) { return backup(f); };
        auto out = applyJsonEdits(req);
        if (!out)
            return out.error();
        if (out->changed)
            result.filesWritten.append(it.key());
        result.backupsMade.append(out->backupPaths);
    }
    if (auto pruned = backups::pruneGenerations(safetyRoot(), m_retention, result.filesWritten); !pruned)
        return pruned.error();
    return result;
}

} // namespace statelens
