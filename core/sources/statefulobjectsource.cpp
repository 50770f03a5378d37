// SPDX-License-Identifier: GPL-3.0-or-later
#include "statefulobjectsource.h"

#include "io/jsonfilewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::StatefulObjectSource", s); }

QStringList jsonFilesOf(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.isDir())
        return { fi.absoluteFilePath() };
    return listFiles(fi.absoluteFilePath(), { QStringLiteral("*.json") });
}
} // namespace

StatefulObjectSource::StatefulObjectSource(const QString& path) : JsonFilesSource(QFileInfo(path).absoluteFilePath()) { }

json::Style StatefulObjectSource::fallbackStyle() const
{
    json::Style s = json::Style::python();
    s.sortKeys = true;
    return s;
}

Result<QStringList> StatefulObjectSource::backup(const QString& file) const
{
    // StatefulObject replaces its files by rename (mkstemp, fsync, rename), so our generation may share
    // the old inode. Its .bak stays a copy: the tool copies into the .bak in place.
    return backups::beforeWrite(safetyRoot(), file, backups::LinkPolicy::Link, backups::singleBak);
}

void StatefulObjectSource::readVersion(Snapshot& s)
{
    // The version: an integer "version" field; a v1 file (seed 000) has "settings" and no version.
    s.info.version = QStringLiteral("none");
    s.info.versionOrigin.clear();
    QStringList versions;
    for (const Namespace& ns : std::as_const(s.namespaces)) {
        if (const std::optional<Entry> v = s.findEntry(ns.name, QStringLiteral("version"))) {
            versions.append(QString::fromUtf8(v->value.raw()));
        } else if (s.findEntry(ns.name, QStringLiteral("settings"))) {
            versions.append(QStringLiteral("1"));
            if (s.info.versionOrigin.isEmpty())
                s.info.versionOrigin = tr("inferred: %1 has \"settings\" and no \"version\", the v1 layout")
                                           .arg(QFileInfo(s.namespaceFiles.value(ns.name)).fileName());
        }
    }
    versions.removeDuplicates();
    if (versions.size() == 1) {
        s.info.version = versions.first();
        if (s.info.versionOrigin.isEmpty())
            s.info.versionOrigin = tr("field \"version\"");
    } else if (versions.size() > 1) {
        s.info.version = versions.join(QLatin1String(", "));
        s.info.versionOrigin = tr("the files differ");
    }
}

void StatefulObjectSource::namespaceReloaded(Snapshot& s, const QString&, const DocumentPtr&) const
{
    readVersion(s); // a migration or a rollback rewrote the file: the version follows the disk
}

Result<Snapshot> StatefulObjectSource::load(const LoadContext& context) const
{
    if (!QFileInfo::exists(m_path))
        return Error::notFound(tr("does not exist"), m_path);
    Snapshot s;
    s.info.kind = kind();
    s.info.path = m_path;
    s.info.detectedBy = tr("JSON written by Python's json.dump (indent 2, sorted keys, ASCII-escaped), with .json.bak / .tmp companions");
    const QStringList files = jsonFilesOf(m_path);
    for (const QString& f : files) {
        if (context.cancelled())
            return Error { Error::Kind::Cancelled, tr("cancelled"), m_path };
        addFile(s, QFileInfo(f).completeBaseName(), f, context);
    }
    readVersion(s);
    addBakBackups(s, files);
    addPreMigrationBackups(s, files);
    addSafetyBackups(s);
    const QFileInfo fi(m_path);
    reportTempFiles(fi.isDir() ? m_path : fi.absolutePath(), s);
    addCommonProblems(s);
    return s;
}

PlainJsonSource::PlainJsonSource(const QString& path, QString note)
    : JsonFilesSource(QFileInfo(path).absoluteFilePath()), m_note(std::move(note))
{
}

Result<Snapshot> PlainJsonSource::load(const LoadContext& context) const
{
    if (!QFileInfo::exists(m_path))
        return Error::notFound(
            QCoreApplication::translate("statelens::PlainJsonSource", "does not exist"), m_path);
    Snapshot s;
    s.info.kind = kind();
    s.info.path = m_path;
    s.info.version = QStringLiteral("none");
    s.info.detectedBy = QCoreApplication::translate(
        "statelens::PlainJsonSource", "no known tool recognised; showing the JSON files as they are");
    s.info.note = m_note;
    const QStringList files = jsonFilesOf(m_path);
    for (const QString& f : files) {
        if (context.cancelled())
            return Error { Error::Kind::Cancelled,
                QCoreApplication::translate("statelens::PlainJsonSource", "cancelled"), m_path };
        addFile(s, QFileInfo(f).completeBaseName(), f, context);
    }
    addPreMigrationBackups(s, files);
    addSafetyBackups(s);
    addCommonProblems(s);
    return s;
}

} // namespace statelens
