// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmspelldetect.h"

#include "llmspellkvreader.h"

#include "io/safewrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace statelens {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens", s);
}

/// SQLite's 16-byte header, checked before handing a file to SQLite (which takes a 0-byte file for an
/// empty database).
bool hasSqliteHeader(const QString& path)
{
    const auto head = readFileHead(path, 16);
    return head && head.value() == QByteArray("SQLite format 3\0", 16);
}

bool isKvDatabase(const QString& path)
{
    return hasSqliteHeader(path) && llmspell::hasKvStoreTable(path);
}

/// The database inside `folder`: llmspell.db if it exists (readable or not, so that load() can report
/// what is wrong with it), else the first *.db with a kv_store table, else the only *.db there is.
QString databaseIn(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return {};
    const QString preferred = dir.absoluteFilePath(QStringLiteral("llmspell.db"));
    if (QFileInfo(preferred).isFile())
        return preferred;
    const QStringList dbs
        = dir.entryList({ QStringLiteral("*.db"), QStringLiteral("*.sqlite"), QStringLiteral("*.sqlite3") },
            QDir::Files, QDir::Name);
    for (const QString& name : dbs)
        if (isKvDatabase(dir.absoluteFilePath(name)))
            return dir.absoluteFilePath(name);
    return dbs.size() == 1 ? dir.absoluteFilePath(dbs.first()) : QString();
}

bool hasBackupMeta(const QString& folder)
{
    return !QDir(folder).entryList({ QStringLiteral("backup_*.meta") }, QDir::Files).isEmpty();
}

void setWhy(QString* why, const QString& text)
{
    if (why)
        *why = text;
}

} // namespace

namespace llmspell {

QString findDatabase(const QString& folder)
{
    const QString inData = databaseIn(QDir(folder).filePath(QStringLiteral("data")));
    return inData.isEmpty() ? databaseIn(folder) : inData;
}

QString findBackupsFolder(const QString& folder)
{
    const QString sub = QDir(folder).absoluteFilePath(QStringLiteral("backups"));
    if (QFileInfo(sub).isDir())
        return sub;
    if (!QDir(folder).entryList({ QStringLiteral("*.meta") }, QDir::Files).isEmpty())
        return QDir(folder).absolutePath();
    return {};
}

} // namespace llmspell

bool looksLikeLlmSpell(const QString& path, QString* why)
{
    const QFileInfo fi(path);
    if (fi.isFile()) {
        if (isKvDatabase(fi.absoluteFilePath())) {
            setWhy(why, tr("SQLite database with a kv_store table"));
            return true;
        }
        return false;
    }
    if (!fi.isDir())
        return false;
    const QString db = llmspell::findDatabase(fi.absoluteFilePath());
    if (!db.isEmpty() && isKvDatabase(db)) {
        setWhy(why, tr("%1 has a kv_store table").arg(QDir(fi.absoluteFilePath()).relativeFilePath(db)));
        return true;
    }
    if (hasBackupMeta(fi.absoluteFilePath())) {
        setWhy(why, tr("backups folder with backup_*.meta files"));
        return true;
    }
    const QString backups = QDir(fi.absoluteFilePath()).filePath(QStringLiteral("backups"));
    if (hasBackupMeta(backups)) {
        setWhy(why, tr("backups/ holds backup_*.meta files"));
        return true;
    }
    return false;
}

bool looksLikeSled(const QString& path, QString* why)
{
    const QDir dir(path);
    if (!QFileInfo(path).isDir() || !QFileInfo(dir.filePath(QStringLiteral("conf"))).isFile())
        return false;
    QStringList found;
    if (QFileInfo(dir.filePath(QStringLiteral("db"))).isFile())
        found << QStringLiteral("db");
    if (!dir.entryList({ QStringLiteral("snap.*") }, QDir::Files).isEmpty())
        found << QStringLiteral("snap.*");
    if (QFileInfo(dir.filePath(QStringLiteral("blobs"))).isDir())
        found << QStringLiteral("blobs/");
    if (found.isEmpty())
        return false;
    setWhy(why,
        tr("sled database directory (conf, %1): an opaque binary format that StateLens cannot read "
           "safely; newer rs-llmspell versions keep state in SQLite (data/llmspell.db)")
            .arg(found.join(QLatin1String(", "))));
    return true;
}

} // namespace statelens
