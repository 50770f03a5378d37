// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetybackups.h"

#include "io/backupgenerations.h"
#include "io/safetybackup.h"
#include "io/statelayout.h"
#include "sources/sourceutil.h"

#include <QDir>
#include <QFileInfo>

namespace statelens::backup {

QString stateRootOf(const SourceInfo& info)
{
    const QFileInfo fi(info.path);
    if (fi.isDir())
        return fi.absoluteFilePath();
    if (info.kind == SourceKind::LlmSpell && fi.absoluteDir().dirName() == QLatin1String("data"))
        return QDir::cleanPath(fi.absolutePath() + QStringLiteral("/.."));
    return fi.absolutePath();
}

QList<Backup> scanSafetyBackups(const QString& root)
{
    QList<Backup> out;
    const QDir dir(layout::backupsDir(root));
    if (!dir.exists())
        return out;
    const auto items = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& fi : items) {
        Backup b;
        b.id = fi.fileName();
        b.path = fi.absoluteFilePath();
        b.kind = QStringLiteral("safety");
        b.time = fi.lastModified().toUTC();
        if (fi.isDir()) {
            auto m = readSafetyManifest(b.path);
            if (!m) {
                b.health = m.error().kind == Error::Kind::Parse ? Health::Unparsable : Health::Unreadable;
                b.reason = m.error().toString();
            } else {
                if (m->createdAt.isValid())
                    b.time = m->createdAt;
                b.entries = int(m->files.size() + m->values.size());
                for (const SafetyFile& f : std::as_const(m->files)) {
                    if (!f.existed)
                        continue;
                    b.size += f.size;
                    auto bytes = readSafetyFile(b.path, f);
                    if (!bytes) {
                        b.health = bytes.error().kind == Error::Kind::Validation ? Health::ChecksumMismatch : Health::Unreadable;
                        b.reason = bytes.error().toString();
                        break;
                    }
                }
                if (b.id.startsWith(QLatin1String("manual-")))
                    b.kind = QStringLiteral("manual");
            }
        } else {
            // A generation (the old bytes of one file, kept before a write): "<relative path with / as _>.<ms>.bak".
            // Anything else (a temp file of an interrupted write) is not a backup.
            qint64 ms = -1;
            if (!backups::parseGenerationName(b.id, nullptr, &ms))
                continue;
            b = jsonFileBackup(b.path, QStringLiteral("generation"), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                               [](const json::Document& d, Backup& r) { r.entries = d.isContainer(0) ? d.childCount(0) : 1; });
        }
        out.append(b);
    }
    return out;
}

Result<QStringList> backUpBeforeOverwrite(const SourceInfo& info, const QStringList& files)
{
    const QString root = stateRootOf(info);
    QStringList saved;
    for (const QString& f : files) {
        if (!QFileInfo::exists(f))
            continue;
        auto copy = backups::safety(root, f);
        if (!copy)
            return copy.error();
        saved << copy.value();
    }
    return saved;
}

} // namespace statelens::backup
